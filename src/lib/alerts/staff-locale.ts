import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { resolveEmailLocale } from "../email"
import { DEFAULT_EMAIL_LOCALE, type EmailLocale } from "../email/i18n"

/** The cookie in which Medusa's dashboard keeps the language its user chose (i18next's language detector). */
const DASHBOARD_LANGUAGE_COOKIE = "lng"

/**
 * The language of the staff member an alert is mailed to: Medusa keeps the admin's language choice in the
 * browser only, so the server knows it when the user's `metadata.locale` says it (set through
 * POST /admin/users/:id). Anything else, and the business's shared alert address, get English.
 */
export async function staffLocale(scope: MedusaContainer, email: string): Promise<EmailLocale> {
  const [user] = await scope.resolve(Modules.USER).listUsers({ email }, { select: ["id", "metadata"], take: 1 })
  return resolveEmailLocale(user?.metadata?.locale)
}

/**
 * The language a staff member reads the dashboard in: the dashboard's own language cookie (sent with its
 * calls and with the live stream's EventSource), else the user's `metadata.locale`, else English.
 */
export async function staffReaderLocale(req: AuthenticatedMedusaRequest): Promise<EmailLocale> {
  const chosen = dashboardLanguage(req.headers.cookie)
  // A dashboard language the portal does not write (German, say) reads English, not the user's saved one.
  if (chosen) return resolveEmailLocale(chosen)
  const userId = req.auth_context?.actor_type === "user" ? req.auth_context.actor_id : null
  if (!userId) return DEFAULT_EMAIL_LOCALE
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: userId }, { select: ["id", "metadata"], take: 1 })
  return resolveEmailLocale(user?.metadata?.locale)
}

function dashboardLanguage(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=")
    if (name === DASHBOARD_LANGUAGE_COOKIE && value.length) return decodeURIComponent(value.join("="))
  }
  return null
}
