import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { SignInForm } from "@/components/auth/sign-in-form"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"

type SignInPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ expired?: string | string[]; denied?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<SignInPageProps, "params">): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "SignIn" })
  return { title: t("title") }
}

export default async function SignInPage({ params, searchParams }: SignInPageProps) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const { expired, denied } = await searchParams
  const t = await getTranslations("SignIn")

  return (
    <main id="main-content" className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center sm:py-16">
      <div className="w-full max-w-md">
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
          <p className="mt-2 text-sm leading-6 text-slate-600">{t("intro")}</p>
          {expired ? (
            <p role="status" className="mt-4 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("expired")}
            </p>
          ) : null}
          {denied ? (
            <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("denied")}
            </p>
          ) : null}
          <div className="mt-6">
            <SignInForm locale={locale} />
          </div>
        </div>
        <div className="mt-6 flex flex-col items-center gap-2 text-center text-sm text-slate-600">
          <p>{t("invitationOnly")}</p>
          <p>
            {t("activateQuestion")}{" "}
            <Link href="/activate" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {t("activateLink")}
            </Link>
          </p>
          <Link href="/" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
            {t("backHome")}
          </Link>
        </div>
      </div>
    </main>
  )
}
