import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { openSecureLinkAction } from "@/components/auth/actions"
import { AuthCard } from "@/components/auth/auth-card"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getBranding } from "@/lib/data/branding"

type SecureLinkPageProps = {
  params: Promise<{ locale: string; token: string }>
  searchParams: Promise<{ status?: string | string[] }>
}

export async function generateMetadata({ params }: Pick<SecureLinkPageProps, "params">): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "SecureLink" })
  return { title: t("title") }
}

/**
 * Landing page of a secure link sent by staff. A GET only shows this page: mail scanners that prefetch
 * links must not use the link up, so the token is exchanged by the button's POST (a server action).
 */
export default async function SecureLinkPage({ params, searchParams }: SecureLinkPageProps) {
  const { locale: rawLocale, token } = await params
  const locale = toLocale(rawLocale)
  setRequestLocale(locale)
  const { status } = await searchParams
  const [branding, t] = await Promise.all([getBranding(), getTranslations("SecureLink")])
  const problem = status === "expired" || status === "rate_limited" || status === "unavailable" ? status : null

  if (problem === "expired") {
    return (
      <AuthCard
        title={t("expiredTitle")}
        intro={<p>{t("expiredText", { name: branding.name })}</p>}
        footer={<HomeLink label={t("backHome")} />}
      >
        <Link
          href="/sign-in"
          data-testid="link-expired-sign-in"
          className="inline-flex w-full items-center justify-center rounded-lg border border-slate-300 px-4 py-3 font-semibold text-slate-800 hover:bg-slate-100"
        >
          {t("signInInstead")}
        </Link>
      </AuthCard>
    )
  }

  return (
    <AuthCard
      title={t("title")}
      intro={
        <>
          <p className="font-semibold text-slate-900" data-testid="link-business">
            {branding.name}
          </p>
          <p className="mt-2">{t("intro", { name: branding.name })}</p>
        </>
      }
      footer={<HomeLink label={t("backHome")} />}
    >
      <ul className="mb-6 space-y-2 text-sm text-slate-700">
        <li className="flex gap-2">
          <Check />
          {t("opensScope")}
        </li>
        <li className="flex gap-2">
          <Check />
          {t("readOnly")}
        </li>
        <li className="flex gap-2">
          <Check />
          {t("limitedTime")}
        </li>
      </ul>
      {problem ? (
        <p role="alert" className="mb-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t(problem === "rate_limited" ? "rateLimited" : "unavailable")}
        </p>
      ) : null}
      <form action={openSecureLinkAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          data-testid="open-secure-link"
          className="inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700"
        >
          {t("open")}
        </button>
      </form>
    </AuthCard>
  )
}

function HomeLink({ label }: { label: string }) {
  return (
    <Link href="/" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
      {label}
    </Link>
  )
}

function Check() {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-700">
      <path
        fillRule="evenodd"
        d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
        clipRule="evenodd"
      />
    </svg>
  )
}
