import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SiteFooter } from "@/components/layout/site-footer"
import { SiteHeader } from "@/components/layout/site-header"
import { routing } from "@/i18n/routing"
import { getBranding } from "@/lib/data/branding"

type LocaleLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

// Rendered per request: the branding comes from the business's backend at run time, and a page frozen at
// build time would show whatever answered then (or the fallback name when nothing did).
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: Omit<LocaleLayoutProps, "children">): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const [branding, t] = await Promise.all([
    getBranding(),
    getTranslations({ locale, namespace: "Metadata" }),
  ])
  return {
    title: { default: branding.name, template: `%s · ${branding.name}` },
    description: t("description", { name: branding.name }),
    robots: { index: false, follow: false },
  }
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)

  const [branding, t] = await Promise.all([
    getBranding(),
    getTranslations({ locale, namespace: "Common" }),
  ])

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main-content"
          className="sr-only z-50 rounded-md bg-white px-4 py-2 font-medium text-brand-700 shadow focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <SiteHeader branding={branding} />
          <div className="flex flex-1 flex-col">{children}</div>
          <SiteFooter branding={branding} />
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
