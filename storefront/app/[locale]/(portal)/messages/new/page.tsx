import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { ContactForm } from "@/components/support/contact-form"
import { single } from "@/components/common/pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { requirePortalSession } from "@/lib/data/portal"

type ContactProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ subject?: string | string[] }> }

export async function generateMetadata({ params }: ContactProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support" })
  return { title: t("contactUs") }
}

/** "Contact us" from any page: a new conversation with the business (the page it came from may name the subject). */
export default async function ContactPage({ searchParams }: ContactProps) {
  await assertSectionOn("support")
  const [{ me }, t, query] = await Promise.all([requirePortalSession(), getTranslations("Support"), searchParams])
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/messages" className="font-medium text-brand-700 underline underline-offset-2">
          {t("backToInbox")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("contactTitle", { name: me.settings.business_name ?? "" })}</h1>
        <p className="mt-1 text-slate-600">{t("contactIntro")}</p>
      </header>
      {me.scope.read_only ? <p className="mt-6 text-sm text-slate-600">{t("readOnly")}</p> : <ContactForm subject={single(query.subject).slice(0, 200)} />}
    </>
  )
}
