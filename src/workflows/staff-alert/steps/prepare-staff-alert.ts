import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { findAlertDeclaration } from "../../../lib/alerts/declarations"
import { createTranslator, DEFAULT_EMAIL_LOCALE } from "../../../lib/email/i18n"
import type { PortalEventData } from "../../../lib/alerts/types"
import { portalOptionsFromConfig } from "../../../lib/portal-options"

export type PrepareStaffAlertInput = {
  event: string
  data: PortalEventData
  /** What tells this occurrence of the event from another of the same event on the same object. */
  occurrence?: string | null
}

export const prepareStaffAlertStepId = "prepare-staff-alert"

/**
 * Reads the event the way its domain declared it, and picks who is mailed: the staff member responsible
 * for the object, else the plugin's `alertEmail` (PORTAL_ALERT_EMAIL), else the portal's help address.
 */
export const prepareStaffAlertStep = createStep(prepareStaffAlertStepId, async ({ event, data, occurrence }: PrepareStaffAlertInput, { container }) => {
  const declaration = findAlertDeclaration(event)
  if (!declaration) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `event "${event}" is not declared in lib/alerts/declarations`)
  }
  if (typeof data?.id !== "string" || typeof data.account_id !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `event "${event}" needs data.id and data.account_id`)
  }
  const staffUserId = typeof data.staff_user_id === "string" && data.staff_user_id ? data.staff_user_id : null
  const [staff] = staffUserId ? await container.resolve(Modules.USER).listUsers({ id: staffUserId }, { select: ["email"] }) : []
  const options = portalOptionsFromConfig(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const mailTo = staff?.email ?? options.alertEmail ?? options.supportEmail ?? null
  return new StepResponse({
    event,
    title: declaration.title(data, createTranslator(DEFAULT_EMAIL_LOCALE)),
    resource_type: declaration.resource_type,
    resource_id: data.id,
    admin_path: declaration.adminPath(data),
    account_id: data.account_id,
    actor_name: typeof data.actor_name === "string" && data.actor_name ? data.actor_name : null,
    staff_user_id: staffUserId,
    data: data as Record<string, unknown>,
    mail_to: mailTo,
    mail_status: mailTo ? ("pending" as const) : ("no_recipient" as const),
    event_key: occurrence ? `${event}:${data.id}:${occurrence}` : null,
  })
})
