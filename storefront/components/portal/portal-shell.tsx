import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { signOutAction } from "@/components/auth/actions"
import type { Locale } from "@/i18n/routing"
import { customerDisplayName, type PortalCustomer } from "@/lib/data/customer"
import { PortalNav } from "./portal-nav"

type PortalShellProps = {
  customer: PortalCustomer
  locale: Locale
  children: ReactNode
}

/**
 * Frame of every signed-in page: a sidebar on large screens, a <details>
 * menu on small ones (no JavaScript needed), and the page in <main>.
 */
export async function PortalShell({ customer, locale, children }: PortalShellProps) {
  const t = await getTranslations("Portal")

  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col lg:flex-row lg:gap-8 lg:px-8 lg:py-8">
      <details className="group border-b border-slate-200 bg-white lg:hidden">
        <summary className="flex cursor-pointer items-center justify-between px-4 py-3 text-sm font-semibold text-slate-900 sm:px-6">
          <span>{t("menu")}</span>
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
        </summary>
        <div className="space-y-4 px-4 pb-4 sm:px-6">
          <PortalNav testId="portal-nav-mobile" />
          <SignedInCard customer={customer} locale={locale} />
        </div>
      </details>

      <aside className="hidden w-64 shrink-0 lg:block">
        <div className="sticky top-8 space-y-6">
          <PortalNav testId="portal-nav" />
          <SignedInCard customer={customer} locale={locale} />
        </div>
      </aside>

      <main id="main-content" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-0 lg:py-0">
        {children}
      </main>
    </div>
  )
}

async function SignedInCard({ customer, locale }: { customer: PortalCustomer; locale: Locale }) {
  const t = await getTranslations("Portal")
  const name = customerDisplayName(customer)

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <p className="text-slate-500">{t("signedInAs")}</p>
      {name ? <p className="mt-1 truncate font-semibold text-slate-900">{name}</p> : null}
      <p className="truncate text-slate-700">{customer.email}</p>
      <form action={signOutAction} className="mt-3">
        <input type="hidden" name="locale" value={locale} />
        <button
          type="submit"
          className="w-full rounded-lg border border-slate-300 px-3 py-2 font-medium text-slate-800 hover:bg-slate-100"
        >
          {t("signOut")}
        </button>
      </form>
    </div>
  )
}
