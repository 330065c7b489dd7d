import { getTranslations } from "next-intl/server"

const REASONS = ["forbidden", "not_found", "invalid", "unavailable"] as const

/** Why the centre or the settings could not be read or changed, announced to screen readers at once. */
export async function NotificationsError({ reason }: { reason: string }) {
  const t = await getTranslations("Support.notifications.errors")
  const known = (REASONS as readonly string[]).includes(reason) ? (reason as (typeof REASONS)[number]) : "unavailable"
  return (
    <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800" data-testid="notifications-error">
      {t(known)}
    </p>
  )
}
