import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAlertFeedNotificationStep } from "./steps/create-alert-feed-notification"
import { createStaffAlertStep } from "./steps/create-staff-alert"
import { prepareStaffAlertStep, type PrepareStaffAlertInput } from "./steps/prepare-staff-alert"
import { publishLiveAlertStep } from "./steps/publish-live-alert"
import { sendStaffAlertMailStep } from "./steps/send-staff-alert-mail"

export const createStaffAlertWorkflowId = "create-staff-alert"

/**
 * Turns a declared client event into a staff alert: stored (alerts centre and mail outbox), in the admin's
 * notification feed, pushed live to open admin pages, then mailed. The live push comes before the mail so
 * that a slow mail server never delays what staff see on screen.
 */
export const createStaffAlertWorkflow = createWorkflow(createStaffAlertWorkflowId, (input: PrepareStaffAlertInput) => {
  const prepared = prepareStaffAlertStep(input)
  const alert = createStaffAlertStep(prepared)
  createAlertFeedNotificationStep(alert)
  publishLiveAlertStep(alert)
  const mail = sendStaffAlertMailStep(alert)
  return new WorkflowResponse({ alert, mail })
})
