import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Pager, pageOf, single } from "@/components/common/pager"
import { decideApprovalAction } from "@/components/order-pad/order-pad-actions"
import { PadNotice } from "@/components/order-pad/notices"
import { SubmitButton } from "@/components/order-pad/submit-button"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { APPROVALS_PAGE_SIZE, listApprovals, type OrderApprovalStatus } from "@/lib/data/order-pad"

type ApprovalsPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const FILTERS = ["pending", "all", "approved", "declined"] as const
type Filter = (typeof FILTERS)[number]
const isFilter = (value: string): value is Filter => (FILTERS as readonly string[]).includes(value)

const STATUS_STYLE: Record<OrderApprovalStatus, string> = {
  pending: "bg-amber-50 text-amber-900 ring-amber-200",
  approved: "bg-green-50 text-green-900 ring-green-200",
  declined: "bg-red-50 text-red-900 ring-red-200",
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OrderPad.approvals")
  return { title: t("title") }
}

const link = "font-medium text-brand-700 underline underline-offset-2"

/**
 * Orders above the account's threshold: approvers see the account's and approve (the order is placed) or decline
 * with a reason; requesters follow their own. Plain forms, so it works without JavaScript and by keyboard.
 */
export default async function ApprovalsPage({ params, searchParams }: ApprovalsPageProps) {
  await assertSectionOn("orders")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const requested = single(query.status)
  const filter: Filter = isFilter(requested) ? requested : "pending"
  const page = pageOf(query.page)
  const [list, t, tPad] = await Promise.all([
    listApprovals({ status: filter === "all" ? undefined : filter, offset: (page - 1) * APPROVALS_PAGE_SIZE }),
    getTranslations("OrderPad.approvals"),
    getTranslations("OrderPad.pad"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / APPROVALS_PAGE_SIZE))
  const href = (target: number) => ({ pathname: "/orders/approvals", query: { ...(filter !== "pending" ? { status: filter } : {}), ...(target > 1 ? { page: String(target) } : {}) } })
  const notice = single(query.notice)
  const error = single(query.error)

  return (
    <>
      <nav aria-label={tPad("breadcrumb")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href="/orders" className={link}>
          {tPad("back")}
        </Link>
        <Link href="/orders/new" className={link}>
          {t("padLink")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
      {error === "reason_required" ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-800" data-testid="pad-error">
          {t("reasonRequired")}
        </p>
      ) : (
        <PadNotice notice={notice} error={error || undefined} detail={single(query.detail) || undefined}>
          {notice === "requested" ? t("requested") : notice === "approved" ? t("approvedDone") : notice === "declined" ? t("declinedDone") : null}
        </PadNotice>
      )}
      <nav aria-label={t("filterLabel")} className="mt-6 flex flex-wrap gap-2 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f}
            href={{ pathname: "/orders/approvals", query: f === "pending" ? {} : { status: f } }}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded-full px-3 py-1 font-medium ring-1 ${f === filter ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-100"}`}
          >
            {t(`filters.${f}`)}
          </Link>
        ))}
      </nav>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.count })}
      </p>
      {list.order_approvals.length ? (
        <ul className="mt-3 space-y-4" data-testid="approvals">
          {list.order_approvals.map((approval) => (
            <li key={approval.id} className="rounded-2xl border border-slate-200 bg-white p-5" data-testid="approval">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="text-lg font-semibold text-slate-900 tabular-nums">{formatMoney(approval.total, approval.currency_code, locale)}</p>
                  <p className="text-sm text-slate-600">{t("requestedBy", { name: approval.requested_by ?? "—", date: formatDay(approval.requested_at, locale) })}</p>
                </div>
                <span className={`w-fit rounded-full px-3 py-1 text-sm font-medium ring-1 ${STATUS_STYLE[approval.status]}`}>{t(`statuses.${approval.status}`)}</span>
              </div>
              <h2 className="sr-only">{t("lines")}</h2>
              <ul className="mt-3 divide-y divide-slate-100 text-sm">
                {approval.items.map((item, index) => (
                  <li key={`${approval.id}-${index}`} className="flex justify-between gap-4 py-1">
                    <span className="break-words text-slate-800">
                      {item.quantity} × {item.title}
                    </span>
                    <span className="shrink-0 text-slate-700 tabular-nums">{formatMoney(item.total, approval.currency_code, locale)}</span>
                  </li>
                ))}
              </ul>
              {approval.decided_at ? (
                <p className="mt-3 text-sm text-slate-700">
                  {t("decidedBy", { status: t(`statuses.${approval.status}`), name: approval.decided_by ?? "—", date: formatDay(approval.decided_at, locale) })}
                </p>
              ) : null}
              {approval.decline_reason ? (
                <p className="mt-1 text-sm text-slate-800" data-testid="approval-reason">
                  <span className="font-medium">{t("reasonLabel")}: </span>
                  {approval.decline_reason}
                </p>
              ) : null}
              {approval.order_id ? (
                <p className="mt-2 text-sm">
                  <Link href={`/orders/${approval.order_id}`} className={link}>
                    {t("viewOrder")}
                  </Link>
                </p>
              ) : null}
              {approval.can_decide ? (
                <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2">
                  <form action={decideApprovalAction}>
                    <input type="hidden" name="approval_id" value={approval.id} />
                    <input type="hidden" name="decision" value="approve" />
                    <SubmitButton className="w-full rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" testId="approval-approve">
                      {t("approve")}
                    </SubmitButton>
                  </form>
                  <form action={decideApprovalAction} className="space-y-2">
                    <input type="hidden" name="approval_id" value={approval.id} />
                    <input type="hidden" name="decision" value="decline" />
                    <label htmlFor={`reason-${approval.id}`} className="block text-sm font-medium text-slate-900">
                      {t("declineReason")}
                    </label>
                    <textarea id={`reason-${approval.id}`} name="reason" required maxLength={2000} rows={2} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base" />
                    <SubmitButton className="rounded-lg border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50" testId="approval-decline">
                      {t("decline")}
                    </SubmitButton>
                  </form>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600" data-testid="approvals-empty">
          {filter === "pending" ? t("empty") : t("emptyAll")}
        </p>
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  )
}
