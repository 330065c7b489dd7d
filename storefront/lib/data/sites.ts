import "server-only"
import { cache } from "react"
import { httpStatusOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

export type PortalSite = {
  id: string
  name: string
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  latitude: number | null
  longitude: number | null
  contact_name: string | null
  contact_phone: string | null
  contact_email: string | null
  notes: string | null
  /** Machines on the site, counted by the fleet module (absent from backends without it). */
  equipment_count?: number
}

export type SiteList = { sites: PortalSite[]; count: number; offset: number; limit: number }

export const SITES_PAGE_SIZE = 20

async function fetchSites(q: string, offset: number, limit: number): Promise<SiteList> {
  const query: Record<string, string | number> = { limit, offset }
  if (q) query.q = q
  return sdk.client.fetch<SiteList>("/store/portal/sites", {
    method: "GET",
    query,
    headers: await sessionHeaders(),
    cache: "no-store",
  })
}

/**
 * The sites the session may see (the backend narrows them to the member's or the link's sites). Cached
 * per request: the shell's banner, the dashboard and the account page may all ask for the first page.
 */
export const listSites = cache(
  (q: string = "", offset: number = 0, limit: number = SITES_PAGE_SIZE): Promise<SiteList> => fetchSites(q, offset, limit)
)

/** One site, or null when it does not exist or belongs to someone else (the backend answers 404 for both). */
export const retrieveSite = cache(async (id: string): Promise<PortalSite | null> => {
  try {
    const { site } = await sdk.client.fetch<{ site: PortalSite }>(`/store/portal/sites/${encodeURIComponent(id)}`, {
      method: "GET",
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return site
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

/** One line of address: "Street 1, 811 01 Bratislava, SK". */
export function siteAddress(site: Pick<PortalSite, "address_1" | "address_2" | "postal_code" | "city" | "country_code">): string {
  const town = [site.postal_code, site.city].filter(Boolean).join(" ")
  return [site.address_1, site.address_2, town, site.country_code?.toUpperCase()].filter(Boolean).join(", ")
}
