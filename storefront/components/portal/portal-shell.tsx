import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { signOutAction } from "@/components/auth/actions"
import type { Locale } from "@/i18n/routing"
import { Link } from "@/i18n/navigation"
import { personName, type PortalMe } from "@/lib/data/portal"
import { getUnreadNotificationCount } from "@/lib/data/notifications"
import { getUnreadCounts } from "@/lib/data/support"
import { PortalNav } from "./portal-nav"
import { isSectionOn, portalSections } from "./sections"
import { SessionBanner } from "./session-banner"

type PortalShellProps = {
  me: PortalMe
  locale: Locale
  children: ReactNode
}

/**
 * Frame of every signed-in page: the session banner (view as client, shared link), a sidebar on large
 * screens, a <details> menu on small ones (no JavaScript needed), and the page in <main>.
 */
export async function PortalShell({ me, locale, children }: PortalShellProps) {
  const t = await getTranslations("Portal")
  // A link that opens one intervention shows that section only: the backend refuses every other one.
  const sections = portalSections.filter((section) => isSectionOn(section, me.settings.sections) && (!me.scope.intervention_id || section === "interventions"))
  const supportOn = sections.includes("messages")
  const [messages, notifications] = await Promise.all([getUnreadCounts(supportOn), getUnreadNotificationCount()])
  const unread = { ...messages, notifications }

  return (
    <>
      <SessionBanner me={me} />
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col lg:flex-row lg:gap-8 lg:px-8 lg:py-8">
        <details className="group border-b border-slate-200 bg-white lg:hidden">
          <summary className="flex cursor-pointer items-center justify-between gap-3 px-4 py-3 text-sm sm:px-6">
            <span className="min-w-0">
              <span className="block truncate font-semibold text-slate-900" data-testid="shell-account-name-mobile">
                {me.account.name}
              </span>
              <span className="block truncate text-slate-600">{t(`roles.${me.role}`)}</span>
            </span>
            <span className="flex shrink-0 items-center gap-1 font-semibold text-slate-900">
              {t("menu")}
              <svg
                viewBox="0 0 20 20"
                fill="currentColor"
                aria-hidden="true"
                className="size-5 text-slate-500 transition-transform group-open:rotate-180"
              >
                <path
                  fillRule="evenodd"
                  d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z"
                  clipRule="evenodd"
                />
              </svg>
            </span>
          </summary>
          <div className="space-y-4 px-4 pb-4 sm:px-6">
            <PortalNav sections={sections} unread={unread} testId="portal-nav-mobile" />
            <SignedInCard me={me} locale={locale} />
          </div>
        </details>

        <aside className="hidden w-64 shrink-0 lg:block">
          <div className="sticky top-8 space-y-6">
            <PortalNav sections={sections} unread={unread} testId="portal-nav" />
            <SignedInCard me={me} locale={locale} />
          </div>
        </aside>

        <main id="main-content" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-0 lg:py-0">
          {supportOn && !me.scope.read_only ? <ContactUsLink label={t("contactUs")} /> : null}
          {children}
        </main>
      </div>
    </>
  )
}

/**
 * "Contact us", at the top of every page: a new message to the business. It sits before the page's own
 * heading, so keyboard and screen-reader users meet it first, without leaving the page's outline.
 */
function ContactUsLink({ label }: { label: string }) {
  return (
    <div className="mb-4 flex justify-end">
      <Link
        href="/messages/new"
        className="inline-flex items-center gap-2 rounded-lg border border-brand-600 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
        data-testid="contact-us"
      >
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" className="size-4">
          <path d="M4 5h16v11H10l-5 4v-4H4z" />
        </svg>
        {label}
      </Link>
    </div>
  )
}

/** Who is signed in, for which account and with which role, and the way out. */
async function SignedInCard({ me, locale }: { me: PortalMe; locale: Locale }) {
  const t = await getTranslations("Portal")
  const name = me.member ? personName(me.member) : undefined

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="signed-in-card">
      <p className="text-slate-500">{t("accountLabel")}</p>
      <p className="mt-1 font-semibold break-words text-slate-900" data-testid="shell-account-name">
        {me.account.name}
      </p>
      <p className="mt-3 text-slate-500">{me.scope.kind === "link" ? t("sharedLink") : t("signedInAs")}</p>
      {name ? <p className="mt-1 truncate font-semibold text-slate-900">{name}</p> : null}
      {me.member?.email ? <p className="truncate text-slate-700">{me.member.email}</p> : null}
      <p className="mt-2">
        <span
          className="inline-flex rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800"
          data-testid="shell-role"
        >
          {t(`roles.${me.role}`)}
        </span>
      </p>
      <form action={signOutAction} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          data-testid="sign-out"
          className="w-full rounded-lg border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-100"
        >
          {me.scope.kind === "member" ? t("signOut") : t("endSession")}
        </button>
      </form>
    </div>
  )
}
