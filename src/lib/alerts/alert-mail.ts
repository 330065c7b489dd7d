import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STAFF_ALERT_MODULE } from "../../modules/staffAlert"
import type StaffAlertModuleService from "../../modules/staffAlert/service"
import { loadBranding } from "../branding"
import { adminPageUrl, alertTitleIn, describeAlerts, type StoredAlert } from "./presentation"
import { staffLocale } from "./staff-locale"

/** First retry one minute after a failure, then doubling, never more than an hour apart. */
export const FIRST_RETRY_MS = 60_000
export const LONGEST_RETRY_MS = 60 * 60_000

/** When to try again after `attempts` failed deliveries. */
export function nextMailAttempt(attempts: number, now: Date): Date {
  const delay = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_RETRY_MS)
  return new Date(now.getTime() + delay)
}

/**
 * How long a sender holds the right to mail an alert: longer than the SMTP provider's timeouts let one try
 * last, so that nobody else mails it meanwhile, and short enough that a mail whose sender died (a worker
 * killed mid-way) is taken up again by the retry job a minute or two later.
 */
export const MAIL_CLAIM_MS = 60_000

/** When the mail of an alert stored at `now` falls to the retry job if its first try never ends. */
export function firstMailClaim(now: Date): Date {
  return new Date(now.getTime() + MAIL_CLAIM_MS)
}

export type MailableAlert = StoredAlert & { mail_to: string | null; mail_attempts: number }

export type AlertMailOutcome = { status: "sent" | "pending" | "no_recipient" | "not_claimed"; error: string | null }

/**
 * Tries once to mail an alert to its staff recipient and writes the outcome on the alert: `sent`, or still
 * `pending` with the error and the time of the next try. Never throws for a mail server that refuses or is
 * down: the alert is already stored and the retry job will come back to it. The caller first claims the mail
 * (see `claimAlertMail`), unless it stored the alert itself, already claimed (`claimed`); `not_claimed` means
 * another sender has it, or it is sent, or not yet due.
 */
export async function deliverAlertMail(
  scope: MedusaContainer,
  alert: MailableAlert,
  now = new Date(),
  { claimed = false }: { claimed?: boolean } = {}
): Promise<AlertMailOutcome> {
  const alerts = scope.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
  if (!alert.mail_to) return { status: "no_recipient", error: null }
  if (!claimed && !(await alerts.claimAlertMail(alert.id, now, new Date(now.getTime() + MAIL_CLAIM_MS)))) {
    return { status: "not_claimed", error: null }
  }
  const attempts = alert.mail_attempts + 1
  try {
    const [described] = await describeAlerts(scope, [alert])
    const branding = await loadBranding(scope)
    const locale = await staffLocale(scope, alert.mail_to)
    await scope.resolve(Modules.NOTIFICATION).createNotifications({
      to: alert.mail_to,
      channel: "email",
      template: "portal-staff-alert",
      resource_type: alert.resource_type,
      resource_id: alert.resource_id,
      data: {
        locale,
        title: alertTitleIn(alert, locale),
        account_name: described.account ? `${described.account.name} (${described.account.number})` : null,
        actor_name: alert.actor_name,
        occurred_at: described.created_at,
        admin_url: adminPageUrl(scope, alert.admin_path),
        business_name: branding.name,
        logo_url: branding.logo_url,
      },
    })
    await alerts.updateStaffAlerts({
      id: alert.id,
      mail_status: "sent",
      mail_attempts: attempts,
      mail_sent_at: new Date(),
      mail_next_attempt_at: null,
      mail_last_error: null,
    })
    return { status: "sent", error: null }
  } catch (error) {
    const message = ((error as Error).message ?? "unknown error").split("\n").filter(Boolean).pop() ?? "unknown error"
    const next = nextMailAttempt(attempts, now)
    scope
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Staff alert ${alert.id} not mailed to ${alert.mail_to} (attempt ${attempts}), next try at ${next.toISOString()}: ${message}`)
    await alerts.updateStaffAlerts({
      id: alert.id,
      mail_status: "pending",
      mail_attempts: attempts,
      mail_next_attempt_at: next,
      mail_last_error: message.slice(0, 1000),
    })
    return { status: "pending", error: message }
  }
}

export const RETRY_LOCK_KEY = "medusa-plugin-client-portal:staff-alert-mails"

/**
 * Mails the alerts whose next try is due: those whose delivery failed, and those whose sender died before it
 * ended. Each mail is claimed before it is sent, so nothing else mails it meanwhile; the lock keeps two runs
 * (a slow run and the next tick, or two workers) from walking the same list, and a run that finds it taken
 * skips.
 */
export async function retryStaffAlertMails(
  scope: MedusaContainer,
  { now = new Date(), batch = 50 }: { now?: Date; batch?: number } = {}
): Promise<{ sent: number; pending: number; skipped: boolean }> {
  const alerts = scope.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
  const run = async () => {
    const due = await alerts.listStaffAlerts(
      { mail_status: "pending", mail_next_attempt_at: { $lte: now } },
      { take: batch, order: { mail_next_attempt_at: "ASC" } }
    )
    let sent = 0
    let pending = 0
    for (const alert of due) {
      const outcome = await deliverAlertMail(scope, alert, now)
      if (outcome.status === "sent") sent += 1
      if (outcome.status === "pending") pending += 1
    }
    return { sent, pending, skipped: false }
  }
  try {
    return await scope.resolve(Modules.LOCKING).execute(RETRY_LOCK_KEY, run, { timeout: 1 })
  } catch (error) {
    if (/acquir/i.test((error as Error).message)) return { sent: 0, pending: 0, skipped: true }
    throw error
  }
}
