import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { formatMoment } from "@/components/quotes/format"
import { markNotificationsReadAction } from "@/components/support/notification-actions"
import { Pagination, pageOf, single } from "@/components/support/pagination"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { requirePortalSession } from "@/lib/data/portal"
import { NOTIFICATIONS_PAGE_SIZE, listNotifications } from "@/lib/data/support"

type NotificationsProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ unread?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({ params }: NotificationsProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support.notifications" })
  return { title: t("title") }
}

/** A link a notification carries is a portal path ("/quotes/…"); anything else is not followed. */
const portalPath = (link: string | null) => (link && link.startsWith("/") && !link.startsWith("//") ? link : null)

/** The member's notification centre: every event meant for them, unread ones first marked, mark read. */
export default async function NotificationsPage({ params, searchParams }: NotificationsProps) {
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const unreadOnly = single(query.unread) === "1"
  const page = pageOf(query.page)
  const [{ me }, list, t] = await Promise.all([
    requirePortalSession(),
    listNotifications(unreadOnly, (page - 1) * NOTIFICATIONS_PAGE_SIZE),
    getTranslations("Support.notifications"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / NOTIFICATIONS_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/notifications",
    query: { ...(unreadOnly ? { unread: "1" } : {}), ...(target > 1 ? { page: String(target) } : {}) },
  })
  const readOnly = me.scope.read_only
  const tab = (active: boolean) =>
    active ? "rounded-lg bg-brand-50 px-3 py-1.5 font-semibold text-brand-800" : "rounded-lg px-3 py-1.5 font-medium text-slate-700 underline underline-offset-2"

  return (
    <>
      <header className="flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{t("intro")}</p>
        </div>
        <Link href="/notifications/preferences" className="text-sm font-medium text-brand-700 underline underline-offset-2">
          {t("preferencesLink")}
        </Link>
      </header>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("filterLabel")} className="flex gap-2 text-sm">
          <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"} className={tab(!unreadOnly)}>
            {t("all")}
          </Link>
          <Link href={{ pathname: "/notifications", query: { unread: "1" } }} aria-current={unreadOnly ? "page" : undefined} className={tab(unreadOnly)}>
            {t("unread", { count: list.unread_count })}
          </Link>
        </nav>
        {list.unread_count && !readOnly ? (
          <form action={markNotificationsReadAction}>
            <button type="submit" className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100" data-testid="notifications-read-all">
              {t("markAllRead")}
            </button>
          </form>
        ) : null}
      </div>
      {list.notifications.length ? (
        <ul className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="notifications">
          {list.notifications.map((notification) => {
            const path = portalPath(notification.link)
            return (
              <li key={notification.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between" data-testid="notification" data-unread={!notification.read_at}>
                <div className="min-w-0">
                  <p className={`break-words text-slate-900 ${notification.read_at ? "" : "font-semibold"}`}>
                    {notification.read_at ? null : <span className="sr-only">{t("unreadMark")} </span>}
                    {path ? (
                      <Link href={path} className="text-brand-700 underline underline-offset-2">
                        {notification.title}
                      </Link>
                    ) : (
                      notification.title
                    )}
                  </p>
                  {notification.body ? <p className="mt-1 text-sm break-words text-slate-700">{notification.body}</p> : null}
                  <p className="mt-1 text-xs text-slate-600">
                    <time dateTime={notification.created_at}>{formatMoment(notification.created_at, locale)}</time>
                  </p>
                </div>
                {notification.read_at || readOnly ? null : (
                  <form action={markNotificationsReadAction}>
                    <input type="hidden" name="id" value={notification.id} />
                    <button type="submit" className="text-sm font-medium text-brand-700 underline underline-offset-2">
                      {t("markRead")}
                    </button>
                  </form>
                )}
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">
          {unreadOnly ? t("emptyUnread") : t("empty")}
        </p>
      )}
      <Pagination page={page} pages={pages} href={href} />
    </>
  )
}
