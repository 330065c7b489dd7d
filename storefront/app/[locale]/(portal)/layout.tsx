import type { ReactNode } from "react"
import { redirect as redirectTo } from "next/navigation"
import { PortalShell } from "@/components/portal/portal-shell"
import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getPortalSession } from "@/lib/data/portal"

type PortalLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

/**
 * Every page in this group needs a portal session (`GET /store/portal/me`): without a token the visitor
 * goes to sign-in; a token the backend refuses (401 ended, 403 no portal) is cleared first by a route
 * handler (a layout may not change cookies).
 */
export default async function PortalLayout({ children, params }: PortalLayoutProps) {
  const locale = toLocale((await params).locale)
  const session = await getPortalSession()

  if (session.status === "signed-out") {
    redirect({ href: "/sign-in", locale })
  }
  if (session.status === "expired") {
    redirectTo(`/api/session/expired?locale=${locale}`)
  }
  if (session.status === "forbidden") {
    redirectTo(`/api/session/expired?locale=${locale}&reason=forbidden`)
  }
  if (session.status !== "signed-in") {
    return null
  }

  return (
    <PortalShell me={session.me} locale={locale}>
      {children}
    </PortalShell>
  )
}
