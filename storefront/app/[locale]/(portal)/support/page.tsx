import { getTranslations } from "next-intl/server"
import { SectionEmptyState, SectionHeader, assertSectionOn, sectionMetadata } from "@/components/portal/section-page"
import { formatMoment } from "@/components/quotes/format"
import { PriorityLabel, TICKET_STATUS_ORDER, TicketStatusBadge, UnreadBadge } from "@/components/support/badges"
import { Pager, pageOf, single } from "@/components/common/pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { TICKETS_PAGE_SIZE, listTicketCategories, listTickets, type TicketStatus } from "@/lib/data/support"
import { can, requirePortalSession } from "@/lib/data/portal"

export const generateMetadata = sectionMetadata("support")

type SupportPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[]; category?: string | string[]; q?: string | string[]; page?: string | string[] }>
}

const selectClass = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"

/** The account's tickets with filters and pages: a GET form and links, no JavaScript needed. */
export default async function SupportPage({ params, searchParams }: SupportPageProps) {
  await assertSectionOn("support")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const requested = single(query.status)
  const status = TICKET_STATUS_ORDER.find((s) => s === requested) as TicketStatus | undefined
  const category = single(query.category)
  const q = single(query.q)
  const page = pageOf(query.page)
  const [{ me }, list, categories, t] = await Promise.all([
    requirePortalSession(),
    listTickets({ status, category_id: category || undefined, q: q || undefined, offset: (page - 1) * TICKETS_PAGE_SIZE }),
    listTicketCategories(),
    getTranslations("Support"),
  ])
  const filtered = Boolean(status || category || q)
  const pages = Math.max(1, Math.ceil(list.count / TICKETS_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/support",
    query: {
      ...(status ? { status } : {}),
      ...(category ? { category } : {}),
      ...(q ? { q } : {}),
      ...(target > 1 ? { page: String(target) } : {}),
    },
  })
  const mayOpen = can(me, "request")

  return (
    <>
      <SectionHeader section="support" />
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600" aria-live="polite">
          {t("ticketCount", { count: list.count })}
        </p>
        {mayOpen ? (
          <Link href="/support/new" className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700" data-testid="new-ticket">
            {t("newTicket")}
          </Link>
        ) : null}
      </div>
      <form className="mt-4 grid gap-3 sm:grid-cols-4 sm:items-end" method="get" role="search" aria-label={t("filterLabel")}>
        <div>
          <label htmlFor="tickets-q" className="block text-sm font-medium text-slate-900">
            {t("search")}
          </label>
          <input id="tickets-q" name="q" type="search" defaultValue={q} className={selectClass} />
        </div>
        <div>
          <label htmlFor="tickets-status" className="block text-sm font-medium text-slate-900">
            {t("fields.status")}
          </label>
          <select id="tickets-status" name="status" defaultValue={status ?? ""} className={selectClass}>
            <option value="">{t("allStatuses")}</option>
            {TICKET_STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tickets-category" className="block text-sm font-medium text-slate-900">
            {t("fields.category")}
          </label>
          <select id="tickets-category" name="category" defaultValue={category} className={selectClass}>
            <option value="">{t("allCategories")}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {t("filter")}
        </button>
      </form>

      {list.tickets.length ? (
        <ul className="mt-6 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="tickets-list">
          {list.tickets.map((ticket) => (
            <li key={ticket.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="ticket-row">
              <div className="min-w-0">
                <Link href={`/support/${ticket.id}`} className="font-semibold break-words text-brand-700 underline underline-offset-2">
                  {ticket.subject}
                </Link>
                <p className="mt-1 text-sm text-slate-600">
                  {ticket.number}
                  {ticket.category ? ` · ${ticket.category.name}` : ""} · {t("updated", { date: formatMoment(ticket.last_message_at ?? ticket.updated_at, locale) })}
                </p>
              </div>
              <div className="flex shrink-0 items-center gap-3">
                <UnreadBadge count={ticket.unread_count} label={t("unread", { count: ticket.unread_count })} />
                <PriorityLabel priority={ticket.priority} />
                <TicketStatusBadge status={ticket.status} />
              </div>
            </li>
          ))}
        </ul>
      ) : filtered ? (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">{t("emptyFiltered")}</p>
      ) : (
        <SectionEmptyState section="support">
          {mayOpen ? (
            <Link href="/support/new" className="mt-6 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
              {t("newTicket")}
            </Link>
          ) : null}
        </SectionEmptyState>
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  )
}
