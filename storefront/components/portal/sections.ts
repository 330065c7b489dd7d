import type { SettingsSection } from "@/lib/data/portal"

/** The sections of the signed-in portal, in navigation order. */
export const portalSections = [
  "dashboard",
  "quotes",
  "orders",
  "invoices",
  "fleet",
  "interventions",
  "rentals",
  "support",
  "messages",
  "notifications",
  "documents",
  "sites",
  "account",
] as const

export type PortalSection = (typeof portalSections)[number]

/** The sections a client finds on the public landing page and dashboard. */
export const featuredSections = [
  "quotes",
  "orders",
  "invoices",
  "fleet",
  "interventions",
  "rentals",
  "support",
] as const satisfies readonly PortalSection[]

export type FeaturedSection = (typeof featuredSections)[number]

export function sectionHref(section: PortalSection): `/${PortalSection}` {
  return `/${section}`
}

/**
 * Which switch of the portal settings a section hangs on; null for the sections every client has
 * (dashboard, notifications, sites, account). "sales" covers quotes, orders and invoices.
 */
const SECTION_SETTING: Record<PortalSection, SettingsSection | null> = {
  dashboard: null,
  quotes: "sales",
  orders: "sales",
  invoices: "sales",
  fleet: "fleet",
  interventions: "interventions",
  rentals: "rentals",
  support: "support",
  messages: "support",
  notifications: null,
  documents: "documents",
  sites: null,
  account: null,
}

/** Whether staff left a section on, given the settings' switches (absent means on). */
export function isSectionOn(section: PortalSection, switches: Partial<Record<SettingsSection, boolean>>): boolean {
  const setting = SECTION_SETTING[section]
  return setting === null || switches[setting] !== false
}
