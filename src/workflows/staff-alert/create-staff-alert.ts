import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAlertFeedNotificationStep } from "./steps/create-alert-feed-notification"
import { createStaffAlertStep } from "./steps/create-staff-alert"
import { prepareStaffAlertStep, type PrepareStaffAlertInput } from "./steps/prepare-staff-alert"
import { publishLiveAlertStep } from "./steps/publish-live-alert"
import { sendStaffAlertMailStep } from "./steps/send-staff-alert-mail"

export const createStaffAlertWorkflowId = "create-staff-alert"

/**
 * Turns a declared client event into a staff alert: stored (alerts centre and mail outbox), pushed live to
 * open admin pages, put in the admin's notification feed, then mailed. The live push comes first so that
 * neither the feed nor a slow mail server delays what staff see on screen; every step after the stored
 * alert is best effort, so none of them can undo it. Handling one event occurrence twice gives one alert and
 * one mail.
 */
export const createStaffAlertWorkflow = createWorkflow(createStaffAlertWorkflowId, (input: PrepareStaffAlertInput) => {
  const prepared = prepareStaffAlertStep(input)
  const stored = createStaffAlertStep(prepared)
  const alert = transform({ stored }, ({ stored }) => stored.alert)
  // Pushed and put in the feed again when the event is handled again: the admin's pages drop an alert they
  // have shown, and the feed's notification is keyed by the alert.
  publishLiveAlertStep(alert)
  createAlertFeedNotificationStep(alert)
  const mail = sendStaffAlertMailStep(stored)
  return new WorkflowResponse({ alert, mail })
})
