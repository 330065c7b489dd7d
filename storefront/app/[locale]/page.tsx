import { getTranslations, setRequestLocale } from "next-intl/server"
import { FeatureGrid } from "@/components/landing/feature-grid"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getBranding } from "@/lib/data/branding"

type LandingPageProps = { params: Promise<{ locale: string }> }

export default async function LandingPage({ params }: LandingPageProps) {
  const { locale } = await params
  setRequestLocale(toLocale(locale))
  const [branding, t] = await Promise.all([getBranding(), getTranslations("Landing")])

  return (
    <main id="main-content" className="flex-1">
      <section className="border-b border-slate-200 bg-gradient-to-b from-white to-brand-50">
        <div className="mx-auto max-w-7xl px-4 py-16 sm:px-6 sm:py-24 lg:px-8">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("welcome")}</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight break-words text-slate-900 sm:text-5xl">
            {branding.name}
          </h1>
          <p className="mt-5 max-w-2xl text-lg leading-8 text-slate-700">{t("intro")}</p>
          <div className="mt-8 flex flex-col gap-4 sm:flex-row sm:items-center">
            <Link
              href="/sign-in"
              data-testid="sign-in-link"
              className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-6 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700"
            >
              {t("signIn")}
            </Link>
          </div>
          <p className="mt-6 flex max-w-2xl gap-2 text-sm leading-6 text-slate-600">
            <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500">
              <path
                fillRule="evenodd"
                d="M10 1a4.5 4.5 0 0 0-4.5 4.5V8H5a2 2 0 0 0-2 2v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-7a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 7V5.5a3 3 0 1 0-6 0V8h6Z"
                clipRule="evenodd"
              />
            </svg>
            <span>{t("invitationOnly")}</span>
          </p>
        </div>
      </section>
      <FeatureGrid />
    </main>
  )
}
