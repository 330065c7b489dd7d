import type { ReactNode } from "react"
import { redirect as redirectTo } from "next/navigation"
import { PortalShell } from "@/components/portal/portal-shell"
import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { retrieveCustomer } from "@/lib/data/customer"

type PortalLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

/**
 * Every page in this group needs a signed-in client: without a token the
 * visitor goes to sign-in; with a token Medusa refuses (401), the expired
 * cookie is cleared first (only a route handler may change cookies).
 */
export default async function PortalLayout({ children, params }: PortalLayoutProps) {
  const locale = toLocale((await params).locale)
  const lookup = await retrieveCustomer()

  if (lookup.status === "signed-out") {
    redirect({ href: "/sign-in", locale })
  }
  if (lookup.status === "expired") {
    redirectTo(`/api/session/expired?locale=${locale}`)
  }
  if (lookup.status !== "signed-in") {
    return null
  }

  return (
    <PortalShell customer={lookup.customer} locale={locale}>
      {children}
    </PortalShell>
  )
}
