import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { PreferencesForm } from "@/components/support/preferences-form"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { requirePortalSession } from "@/lib/data/portal"
import { listNotificationPreferences } from "@/lib/data/support"

type PreferencesProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: PreferencesProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support.notifications" })
  return { title: t("preferencesTitle") }
}

/** The member's choice, per kind of event, of how they hear of it. */
export default async function PreferencesPage() {
  const [{ me }, preferences, t] = await Promise.all([requirePortalSession(), listNotificationPreferences(), getTranslations("Support.notifications")])
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/notifications" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("preferencesTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("preferencesIntro")}</p>
      </header>
      <PreferencesForm preferences={preferences} readOnly={me.scope.read_only || !me.member} />
    </>
  )
}
