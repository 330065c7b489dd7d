import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { loadBranding } from "../../../../../lib/branding"
import { sendTestEmailWorkflow } from "../../../../../workflows/portal/send-test-email"
import type { AdminSendTestEmailType } from "../validators"

/** Sends a test e-mail, by default to the signed-in staff member. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSendTestEmailType>, res: MedusaResponse) {
  const branding = await loadBranding(req.scope)
  let to = req.validatedBody.to
  if (!to) {
    const user = await req.scope.resolve(Modules.USER).retrieveUser(req.auth_context.actor_id)
    to = user.email
  }

  const { result, errors } = await sendTestEmailWorkflow(req.scope).run({
    input: { to, locale: req.validatedBody.locale, business_name: branding.name, logo_url: branding.logo_url },
    throwOnError: false,
  })
  if (errors.length) {
    // The mail server's refusal is the answer staff need, not a server error of ours.
    const reason = errors[0].error?.message?.split("\n").filter(Boolean).pop() ?? "unknown error"
    res.status(502).json({ type: "mail_delivery_failed", message: `The test e-mail to ${to} could not be sent: ${reason}` })
    return
  }
  const notification = result[0]
  if (!notification) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The notification module recorded no notification")
  }
  res.json({ notification: { id: notification.id, to: notification.to, status: notification.status } })
}
