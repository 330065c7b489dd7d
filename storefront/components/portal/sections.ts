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
  "documents",
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
