import { getTranslations } from "next-intl/server"
import { AmountDue } from "@/components/billing/amount-due"
import { EquipmentList } from "@/components/fleet/equipment-list"
import { SectionEmptyState, SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { SectionIcon } from "@/components/portal/section-icon"
import { AwaitingQuotes, listAwaitingQuotes } from "@/components/quotes/awaiting-quotes"
import { featuredSections, isSectionOn, sectionHref } from "@/components/portal/sections"
import { SiteList } from "@/components/sites/site-list"
import { SupportTiles } from "@/components/support/dashboard-tiles"
import { Link } from "@/i18n/navigation"
import { listEquipment } from "@/lib/data/fleet"
import { retrieveAmountDue } from "@/lib/data/invoices"
import { personName, requirePortalSession, sectionEnabled } from "@/lib/data/portal"
import { listSites } from "@/lib/data/sites"

export const generateMetadata = sectionMetadata("dashboard")

/** Sites shown on the dashboard before "all sites". */
const DASHBOARD_SITES = 6
/** Machines due for maintenance shown on the dashboard before "all machines due". */
const DASHBOARD_DUE = 5

export default async function DashboardPage() {
  const [{ me }, sites, t, tPortal] = await Promise.all([
    requirePortalSession(),
    listSites(),
    getTranslations("Dashboard"),
    getTranslations("Portal"),
  ])
  const name = me.member ? personName(me.member) : undefined
  const [due, tFleet] = sectionEnabled(me, "fleet")
    ? await Promise.all([listEquipment(undefined, undefined, true, undefined, 0, DASHBOARD_DUE), getTranslations("Fleet.dashboard")])
    : [null, null]
  const quotesOn = isSectionOn("quotes", me.settings.sections)
  const awaiting = quotesOn ? await listAwaitingQuotes() : null
  const invoicesOn = isSectionOn("invoices", me.settings.sections)
  const owed = invoicesOn ? await retrieveAmountDue().then(({ totals }) => totals.some((total) => total.amount_due > 0), () => false) : false
  // "Nothing needs your attention" only when no quote, machine or invoice waits for the client.
  const nothingPending = !awaiting?.count && !due?.count && !owed
  const shortcuts = featuredSections.filter((section) => isSectionOn(section, me.settings.sections))

  return (
    <>
      <SectionHeader section="dashboard" title={name ? t("greeting", { name }) : t("greetingNoName")} />

      <section aria-labelledby="account-title" className="mt-8 rounded-2xl border border-slate-200 bg-white p-6">
        <h2 id="account-title" className="text-xl font-semibold break-words text-slate-900" data-testid="dashboard-account-name">
          {me.account.name}
        </h2>
        <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-2 text-sm">
          <div>
            <dt className="text-slate-500">{t("accountNumber")}</dt>
            <dd className="font-medium text-slate-900" data-testid="dashboard-account-number">{me.account.number}</dd>
          </div>
          <div>
            <dt className="text-slate-500">{t("yourRole")}</dt>
            <dd className="font-medium text-slate-900" data-testid="dashboard-role">{tPortal(`roles.${me.role}`)}</dd>
          </div>
        </dl>
      </section>

      <SupportTiles support={sectionEnabled(me, "support")} documents={sectionEnabled(me, "documents")} />
      {invoicesOn ? <AmountDue linked /> : null}

      {quotesOn ? <AwaitingQuotes /> : null}

      {me.settings.general_information ? (
        <section aria-labelledby="info-title" className="mt-6 rounded-2xl border border-brand-100 bg-brand-50 p-6">
          <h2 id="info-title" className="text-base font-semibold text-brand-800">
            {t("informationTitle", { name: me.settings.business_name ?? "" })}
          </h2>
          {/* Plain text from the settings, its line breaks kept; never rendered as HTML. */}
          <p className="mt-2 text-sm leading-6 whitespace-pre-line text-slate-800">{me.settings.general_information}</p>
        </section>
      ) : null}

      <section aria-labelledby="sites-title" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="sites-title" className="text-lg font-semibold text-slate-900">
            {t("sitesTitle", { count: sites.count })}
          </h2>
          {sites.count > DASHBOARD_SITES ? (
            <Link href="/sites" className="text-sm font-medium text-brand-700 underline underline-offset-2">
              {t("allSites")}
            </Link>
          ) : null}
        </div>
        <div className="mt-4">
          <SiteList sites={sites.sites.slice(0, DASHBOARD_SITES)} testId="dashboard-sites" />
        </div>
      </section>

      {due && tFleet ? (
        <section aria-labelledby="due-title" className="mt-10" data-testid="dashboard-due">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="due-title" className="text-lg font-semibold text-slate-900">
              {tFleet("dueTitle")}
            </h2>
            {due.count > due.equipment.length ? (
              <Link href={{ pathname: "/fleet", query: { due: "1" } }} className="text-sm font-medium text-brand-700 underline underline-offset-2">
                {tFleet("allDue")}
              </Link>
            ) : null}
          </div>
          <div className="mt-4">
            {due.equipment.length ? (
              <EquipmentList items={due.equipment} showSite />
            ) : (
              <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{tFleet("noneDue")}</p>
            )}
          </div>
        </section>
      ) : null}

      {nothingPending ? <SectionEmptyState section="dashboard" /> : null}

      {shortcuts.length ? (
        <section aria-labelledby="shortcuts-title" className="mt-10">
          <h2 id="shortcuts-title" className="text-lg font-semibold text-slate-900">
            {t("shortcutsTitle")}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
            {shortcuts.map((section) => (
              <li key={section}>
                <Link
                  href={sectionHref(section)}
                  className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 font-medium text-slate-800 shadow-sm hover:border-brand-600 hover:text-brand-800"
                >
                  <SectionIcon section={section} className="size-5 text-brand-700" />
                  {tPortal(`sections.${section}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
