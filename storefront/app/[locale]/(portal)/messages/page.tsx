import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { SectionIcon } from "@/components/portal/section-icon"
import { formatMoment } from "@/components/quotes/format"
import { UnreadBadge } from "@/components/support/badges"
import { Pager, pageOf, single } from "@/components/common/pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { INBOX_PAGE_SIZE, listInbox } from "@/lib/data/support"

type InboxProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ unread?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: InboxProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support" })
  return { title: t("inboxTitle") }
}

/** The member's inbox: tickets' threads, announcements and conversations, newest first, unread ones marked. */
export default async function InboxPage({ params, searchParams }: InboxProps) {
  await assertSectionOn("support")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const unreadOnly = single(query.unread) === "1"
  const page = pageOf(query.page)
  const [inbox, t] = await Promise.all([listInbox(unreadOnly, (page - 1) * INBOX_PAGE_SIZE), getTranslations("Support")])
  const pages = Math.max(1, Math.ceil(inbox.count / INBOX_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/messages",
    query: { ...(unreadOnly ? { unread: "1" } : {}), ...(target > 1 ? { page: String(target) } : {}) },
  })
  const tab = (active: boolean) =>
    active ? "rounded-lg bg-brand-50 px-3 py-1.5 font-semibold text-brand-800" : "rounded-lg px-3 py-1.5 font-medium text-slate-700 underline underline-offset-2"

  return (
    <>
      {/* "Contact us" is the portal shell's, on every page: a second one here would repeat it. */}
      <header className="border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("inboxTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("inboxIntro")}</p>
      </header>
      <nav aria-label={t("inboxFilter")} className="mt-4 flex gap-2 text-sm">
        <Link href="/messages" aria-current={unreadOnly ? undefined : "page"} className={tab(!unreadOnly)}>
          {t("allMessages")}
        </Link>
        <Link href={{ pathname: "/messages", query: { unread: "1" } }} aria-current={unreadOnly ? "page" : undefined} className={tab(unreadOnly)}>
          {t("unreadMessages", { count: inbox.unread_count })}
        </Link>
      </nav>
      {inbox.messages.length ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="inbox">
          {inbox.messages.map((thread) => {
            const target = thread.kind === "ticket" && thread.ticket_id ? `/support/${thread.ticket_id}` : `/messages/${thread.id}`
            return (
              <li key={thread.id} className="flex items-start gap-3 p-4" data-testid="inbox-thread" data-unread={thread.unread_count > 0}>
                <SectionIcon section={thread.kind === "ticket" ? "support" : "messages"} className="mt-0.5 size-5 shrink-0 text-slate-500" />
                <div className="min-w-0 flex-1">
                  <Link href={target} className={`break-words text-brand-700 underline underline-offset-2 ${thread.unread_count ? "font-bold" : "font-medium"}`}>
                    {thread.subject}
                  </Link>
                  <p className="mt-0.5 text-xs text-slate-600">
                    {t(`kinds.${thread.kind}`)} · <time dateTime={thread.last_message_at}>{formatMoment(thread.last_message_at, locale)}</time>
                  </p>
                  {thread.last_message_preview ? <p className="mt-1 line-clamp-2 text-sm break-words text-slate-700">{thread.last_message_preview}</p> : null}
                </div>
                <UnreadBadge count={thread.unread_count} label={t("unread", { count: thread.unread_count })} />
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600" data-testid="inbox-empty">
          {unreadOnly ? t("inboxEmptyUnread") : t("inboxEmpty")}
        </p>
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  )
}
