import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatMoment } from "@/components/quotes/format"
import { PriorityLabel, TicketStatusBadge } from "@/components/support/badges"
import { MarkOpened } from "@/components/support/mark-opened"
import { AttachmentList, MessageThread } from "@/components/support/message-thread"
import { ReplyForm } from "@/components/support/reply-form"
import { TicketStatusActions } from "@/components/support/ticket-status-actions"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { requirePortalSession } from "@/lib/data/portal"
import { retrieveTicket } from "@/lib/data/support"

type TicketPageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: TicketPageProps): Promise<Metadata> {
  const ticket = await retrieveTicket((await params).id)
  return ticket ? { title: `${ticket.number} · ${ticket.subject}` } : {}
}

/**
 * One ticket and its thread. Rendering it (a prefetch too) marks nothing: once shown, the browser records
 * that the member read the business's answers; a read-only session records nothing. Another account's: not found.
 */
export default async function TicketPage({ params }: TicketPageProps) {
  await assertSectionOn("support")
  const { id, locale: rawLocale } = await params
  const locale = toLocale(rawLocale)
  const [{ me }, ticket, t] = await Promise.all([requirePortalSession(), retrieveTicket(id), getTranslations("Support")])
  if (!ticket) notFound()

  const rows = [
    { label: t("fields.category"), value: ticket.category?.name ?? null },
    { label: t("fields.priority"), value: <PriorityLabel priority={ticket.priority} /> },
    { label: t("openedOn"), value: `${formatMoment(ticket.created_at, locale)}${ticket.opened_by_name ? ` · ${ticket.opened_by_name}` : ""}` },
    { label: t("dueBy"), value: ticket.sla_due_at && !ticket.resolved_at && !ticket.closed_at ? formatMoment(ticket.sla_due_at, locale) : null },
    { label: t("reopenUntil"), value: ticket.reopen_until ? formatMoment(ticket.reopen_until, locale) : null },
    {
      label: t("fields.site"),
      value: ticket.site_id ? (
        <Link href={`/sites/${ticket.site_id}`} className="text-brand-700 underline underline-offset-2">
          {t("seeSite")}
        </Link>
      ) : null,
    },
    {
      label: t("fields.equipment"),
      value: ticket.equipment_id ? (
        <Link href={`/fleet/${ticket.equipment_id}`} className="text-brand-700 underline underline-offset-2">
          {t("seeEquipment")}
        </Link>
      ) : null,
    },
  ].filter((row) => row.value !== null)

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/support" className="font-medium text-brand-700 underline underline-offset-2">
          {t("backToTickets")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="ticket-subject">
            {ticket.subject}
          </h1>
          <p className="mt-1 text-slate-600">{ticket.number}</p>
        </div>
        <TicketStatusBadge status={ticket.status} />
      </header>

      <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-6" aria-labelledby="ticket-description">
        <h2 id="ticket-description" className="sr-only">
          {t("fields.description")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-3">
          {rows.map((row) => (
            <div key={row.label}>
              <dt className="text-sm text-slate-600">{row.label}</dt>
              <dd className="mt-1 font-medium break-words text-slate-900">{row.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 border-t border-slate-200 pt-4 text-sm break-words whitespace-pre-line text-slate-800">{ticket.description}</p>
      </section>

      <section aria-labelledby="thread-title" className="mt-10">
        <h2 id="thread-title" className="text-lg font-semibold text-slate-900">
          {t("conversation")}
        </h2>
        <MessageThread messages={ticket.messages} locale={locale} />
        {ticket.attachments.length ? (
          <div className="mt-6">
            <h3 className="text-sm font-semibold text-slate-900">{t("allAttachments")}</h3>
            <AttachmentList attachments={ticket.attachments} locale={locale} testId="ticket-attachments" />
          </div>
        ) : null}
        {ticket.can_reply ? <ReplyForm target={{ ticketId: ticket.id }} /> : <p className="mt-6 text-sm text-slate-600">{t("cannotReply")}</p>}
      </section>
      <TicketStatusActions ticketId={ticket.id} canClose={ticket.can_close} canReopen={ticket.can_reopen} />
      {ticket.unread_count > 0 && !me.scope.read_only ? <MarkOpened target={{ ticketId: ticket.id }} /> : null}
    </>
  )
}
