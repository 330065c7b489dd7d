import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverAlertMail, type MailableAlert } from "../../../lib/alerts/alert-mail"

export const sendStaffAlertMailStepId = "send-staff-alert-mail"

/**
 * First try at mailing the alert. A mail server that refuses or is down leaves the alert `pending` with its
 * next try scheduled (the retry job mails it later), so the step itself never fails. An alert this run did
 * not store (its event handled again) is mailed only if nobody holds its mail and it is not sent yet.
 * Nothing to compensate: it is the last step, and a sent mail cannot be recalled.
 */
export const sendStaffAlertMailStep = createStep(
  sendStaffAlertMailStepId,
  async ({ alert, created }: { alert: MailableAlert; created: boolean }, { container }) => {
    return new StepResponse(await deliverAlertMail(container, alert, new Date(), { claimed: created }))
  }
)
