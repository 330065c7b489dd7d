import "server-only"
import { getLocale } from "next-intl/server"
import { cache } from "react"
import { httpStatusOf, sdk } from "./client"
import { getPortalToken } from "./session"

export const MEMBER_ROLES = ["admin", "approver", "requester", "viewer"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]
export type Capability = "view" | "request" | "approve" | "manage_users"

/** The portal's switchable sections (staff turn them on and off in the portal settings). */
export type SettingsSection = "sales" | "fleet" | "interventions" | "rentals" | "support" | "documents"

export type PortalMember = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  role: MemberRole
  is_payer: boolean
  site_ids: string[]
}

export type PortalAccount = {
  id: string
  number: string
  name: string
  locale: string | null
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
}

export type PortalScope = {
  kind: "member" | "link" | "impersonation"
  /** The sites this session may see; null means every site of the account. */
  site_ids: string[] | null
  intervention_id: string | null
  read_only: boolean
  impersonated_by: string | null
}

export type PortalSettings = {
  business_name: string | null
  logo_url: string | null
  general_information: string | null
  sections: Partial<Record<SettingsSection, boolean>>
}

/** `GET /store/portal/me`: who is signed in, for which account, what they may do and see. */
export type PortalMe = {
  member: PortalMember | null
  account: PortalAccount
  role: MemberRole
  capabilities: Capability[]
  scope: PortalScope
  settings: PortalSettings
}

/**
 * What the backend said about the cookie's token:
 * - `signed-out`: there is no token;
 * - `expired`: Medusa refused it (401): the cookie must be cleared;
 * - `forbidden`: a valid token that gives no portal (403: not a client, or the account's portal is off);
 * - `signed-in`: the session.
 * Other failures (backend down, 5xx) are thrown for the error boundary.
 */
export type PortalSession =
  | { status: "signed-out" }
  | { status: "expired" }
  | { status: "forbidden" }
  | { status: "signed-in"; me: PortalMe; token: string }

/** `GET /store/portal/me` with an explicit token (sign-in uses it before the cookie is read back). */
export async function fetchPortalMe(token: string): Promise<PortalMe> {
  return sdk.client.fetch<PortalMe>("/store/portal/me", {
    method: "GET",
    headers: { authorization: `Bearer ${token}` },
    cache: "no-store",
  })
}

async function lookupSession(): Promise<PortalSession> {
  const token = await getPortalToken()
  if (!token) return { status: "signed-out" }
  try {
    return { status: "signed-in", me: await fetchPortalMe(token), token }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401) return { status: "expired" }
    if (status === 403) return { status: "forbidden" }
    throw error
  }
}

/** The session, asked once per request (the layout, its page and their components share it). */
export const getPortalSession = cache(lookupSession)

/**
 * The signed-in session for pages inside the (portal) layout, which has already sent everyone else
 * away; throwing here would only hide a bug in that layout.
 */
export async function requirePortalSession(): Promise<{ me: PortalMe; token: string }> {
  const session = await getPortalSession()
  if (session.status !== "signed-in") {
    throw new Error(`portal page rendered without a session (${session.status})`)
  }
  return session
}

export function can(me: PortalMe, capability: Capability): boolean {
  return me.capabilities.includes(capability)
}

/** A section is on unless staff switched it off (an absent key means on, as the backend's defaults). */
export function sectionEnabled(me: PortalMe, section: SettingsSection): boolean {
  return me.settings.sections[section] !== false
}

/** "First Last", or undefined when the member has no name. */
export function personName(person: { first_name: string | null; last_name: string | null }): string | undefined {
  const name = [person.first_name, person.last_name].filter(Boolean).join(" ").trim()
  return name || undefined
}

/**
 * Headers of the current session for the other lib/data modules: its authorization, and the page's language
 * (Medusa's `x-medusa-locale`), in which the backend answers what the business wrote in several languages.
 */
export async function sessionHeaders(): Promise<{ authorization: string; "x-medusa-locale"?: string }> {
  const [{ token }, locale] = await Promise.all([requirePortalSession(), pageLocale()])
  return { authorization: `Bearer ${token}`, ...(locale ? { "x-medusa-locale": locale } : {}) }
}

/** The language of the page being rendered; none outside a localized page (a route handler), where the backend uses the member's. */
async function pageLocale(): Promise<string | undefined> {
  try {
    return await getLocale()
  } catch {
    return undefined
  }
}
