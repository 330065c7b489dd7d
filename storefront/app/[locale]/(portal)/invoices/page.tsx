import { getTranslations } from "next-intl/server"
import { AmountDue } from "@/components/billing/amount-due"
import { DepositSchedules } from "@/components/billing/deposit-schedules"
import { InvoiceList } from "@/components/billing/invoice-list"
import { Pager, pageOf, single } from "@/components/common/pager"
import { PaySelectedForm } from "@/components/billing/pay-form"
import { RecentPayments } from "@/components/billing/recent-payments"
import { SectionEmptyState, SectionHeader, assertSectionOn, sectionMetadata } from "@/components/portal/section-page"
import { toLocale } from "@/i18n/routing"
import { INVOICES_PAGE_SIZE, UNPAID, listInvoices, type InvoiceStatus } from "@/lib/data/invoices"
import { requirePortalSession } from "@/lib/data/portal"

export const generateMetadata = sectionMetadata("invoices")

/** The filter's choices and the statuses each one asks the backend for. */
const FILTERS = {
  unpaid: UNPAID,
  open: ["open"],
  partly_paid: ["partly_paid"],
  overdue: ["overdue"],
  paid: ["paid"],
} as const satisfies Record<string, readonly InvoiceStatus[]>
type Filter = keyof typeof FILTERS
const isFilter = (value: string): value is Filter => value in FILTERS

type InvoicesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>
}

/**
 * The account's invoices, deposits and credit notes with a status filter and pages; what is still due on top.
 * A payer ticks unpaid invoices and pays them online; everyone else reads.
 */
export default async function InvoicesPage({ params, searchParams }: InvoicesPageProps) {
  await assertSectionOn("invoices")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const requested = single(query.status)
  const filter = isFilter(requested) ? requested : null
  const page = pageOf(query.page)
  const [list, { me }, t, tCommon] = await Promise.all([
    listInvoices(filter ? FILTERS[filter] : [], (page - 1) * INVOICES_PAGE_SIZE),
    requirePortalSession(),
    getTranslations("Billing.invoices"),
    getTranslations("Billing.common"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / INVOICES_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/invoices",
    query: { ...(filter ? { status: filter } : {}), ...(target > 1 ? { page: String(target) } : {}) },
  })
  const payer = Boolean(me.member?.is_payer) && !me.scope.read_only
  const unpaid = list.invoices.filter((invoice) => (UNPAID as readonly string[]).includes(invoice.status) && invoice.kind !== "credit_note")
  // One online payment is in one currency: the form is offered when the payable invoices shown share one.
  const currencies = new Set(unpaid.map((invoice) => invoice.currency_code))
  const payable = unpaid.length > 0 && currencies.size === 1
  const content = list.invoices.length ? (
    <InvoiceList invoices={list.invoices} locale={locale} selectable={payer && payable} />
  ) : filter ? (
    <p className="mt-2 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">{t("emptyFiltered")}</p>
  ) : (
    <SectionEmptyState section="invoices" />
  )

  return (
    <>
      <SectionHeader section="invoices" />
      <AmountDue />
      <form className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end" method="get">
        <div>
          <label htmlFor="invoices-status" className="block text-sm font-medium text-slate-900">
            {t("statusLabel")}
          </label>
          <select
            id="invoices-status"
            name="status"
            defaultValue={filter ?? ""}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base sm:w-64"
          >
            <option value="">{t("filters.all")}</option>
            {(Object.keys(FILTERS) as Filter[]).map((key) => (
              <option key={key} value={key}>
                {t(`filters.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {tCommon("filter")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite" data-testid="invoices-count">
        {t("count", { count: list.count })}
      </p>
      {payer ? (
        <div className="mt-4">
          {/* The form stays while the list changes under it, so a payment's confirmation outlives the refresh. */}
          <PaySelectedForm payable={payable} currencyCode={[...currencies][0] ?? list.invoices[0]?.currency_code ?? "eur"} locale={locale}>
            {content}
          </PaySelectedForm>
        </div>
      ) : (
        <div className="mt-4">
          {content}
          {unpaid.length ? <p className="mt-3 text-sm text-slate-600">{t("payerOnly")}</p> : null}
        </div>
      )}
      <Pager page={page} pages={pages} href={href} />
      <RecentPayments />
      <DepositSchedules />
    </>
  )
}
