import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverAlertMail, type MailableAlert } from "../../../lib/alerts/alert-mail"

export const sendStaffAlertMailStepId = "send-staff-alert-mail"

/**
 * First try at mailing the alert. A mail server that refuses or is down leaves the alert `pending` with its
 * next try scheduled (the retry job mails it later), so the step itself never fails. Nothing to compensate:
 * it is the last step, and a sent mail cannot be recalled.
 */
export const sendStaffAlertMailStep = createStep(sendStaffAlertMailStepId, async (alert: MailableAlert, { container }) => {
  return new StepResponse(await deliverAlertMail(container, alert))
})
