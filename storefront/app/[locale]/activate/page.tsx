import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { ActivationForm } from "@/components/auth/activation-form"
import { AuthCard } from "@/components/auth/auth-card"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"

type ActivatePageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: ActivatePageProps): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "Activate" })
  return { title: t("title") }
}

/** First access with the two-part credentials: the letter's code and the e-mail's code. */
export default async function ActivatePage({ params }: ActivatePageProps) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Activate")

  return (
    <AuthCard
      title={t("title")}
      intro={t("intro")}
      footer={
        <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {t("signInInstead")}
        </Link>
      }
    >
      <ActivationForm locale={locale} />
    </AuthCard>
  )
}
