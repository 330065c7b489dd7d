import "server-only"
import { cache } from "react"
import { describeError, sdk } from "./client"

export type Branding = {
  name: string
  logo_url: string | null
  support_email: string | null
}

type BrandingResponse = { branding: Branding }

/** How long the backend's branding is reused before it is asked again. */
const BRANDING_REVALIDATE_SECONDS = 60

/** Warn at most once a minute: every page render asks for the branding. */
let lastWarningAt = 0
function warnOnce(message: string): void {
  const now = Date.now()
  if (now - lastWarningAt >= BRANDING_REVALIDATE_SECONDS * 1000) {
    lastWarningAt = now
    console.warn(`[portal] ${message}`)
  }
}

function fallbackBranding(): Branding {
  return {
    name: process.env.PORTAL_BUSINESS_NAME || "Client portal",
    logo_url: null,
    support_email: null,
  }
}

function isBranding(value: unknown): value is Branding {
  if (typeof value !== "object" || value === null) {
    return false
  }
  const candidate = value as Record<string, unknown>
  return (
    typeof candidate.name === "string" &&
    candidate.name.length > 0 &&
    (candidate.logo_url === null || typeof candidate.logo_url === "string")
  )
}

/**
 * The business's name and logo from `GET /store/portal/branding`, cached for a
 * minute. When the backend is down or answers an error, the public pages
 * still render with the fallback name from PORTAL_BUSINESS_NAME.
 */
export const getBranding = cache(async (): Promise<Branding> => {
  try {
    const response = await sdk.client.fetch<BrandingResponse>("/store/portal/branding", {
      method: "GET",
      cache: "force-cache",
      next: { revalidate: BRANDING_REVALIDATE_SECONDS, tags: ["portal-branding"] },
    })
    if (!isBranding(response?.branding)) {
      warnOnce("branding: unexpected answer from the backend, using the fallback")
      return fallbackBranding()
    }
    const { name, logo_url, support_email } = response.branding
    return {
      name,
      logo_url: logo_url || null,
      support_email: typeof support_email === "string" && support_email ? support_email : null,
    }
  } catch (error) {
    warnOnce(`branding unavailable (${describeError(error)}), using the fallback`)
    return fallbackBranding()
  }
})
