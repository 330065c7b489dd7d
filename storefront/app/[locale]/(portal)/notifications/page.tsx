import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { markAllNotificationsReadAction, markNotificationReadAction, openNotificationAction } from "@/components/notifications/actions"
import { NotificationsError } from "@/components/notifications/notifications-error"
import { SectionIcon } from "@/components/portal/section-icon"
import { formatMoment } from "@/components/quotes/format"
import { Pager, pageOf, single } from "@/components/common/pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { describeError } from "@/lib/data/client"
import { listNotifications, NOTIFICATIONS_PAGE_SIZE, type NotificationList } from "@/lib/data/notifications"
import { requirePortalSession } from "@/lib/data/portal"

type CentreProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ unread?: string | string[]; page?: string | string[]; error?: string | string[] }>
}

export async function generateMetadata({ params }: CentreProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support.notifications" })
  return { title: t("title") }
}

/**
 * The member's notification centre: every event we told them of, newest first, unread ones marked. Opening
 * one marks it read and shows the page it concerns; plain forms, so it works without JavaScript.
 */
export default async function NotificationsPage({ params, searchParams }: CentreProps) {
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const unreadOnly = single(query.unread) === "1"
  const page = pageOf(query.page)
  const actionError = single(query.error)
  const [{ me }, t] = await Promise.all([requirePortalSession(), getTranslations("Support.notifications")])
  let list: NotificationList | null = null
  try {
    list = await listNotifications(unreadOnly, (page - 1) * NOTIFICATIONS_PAGE_SIZE)
  } catch (error) {
    console.warn(`[portal] notifications: ${describeError(error)}`)
  }
  const canChange = !me.scope.read_only && me.scope.kind !== "link"
  const pages = list ? Math.max(1, Math.ceil(list.count / NOTIFICATIONS_PAGE_SIZE)) : 1
  const href = (target: number) => ({
    pathname: "/notifications",
    query: { ...(unreadOnly ? { unread: "1" } : {}), ...(target > 1 ? { page: String(target) } : {}) },
  })
  const tab = (active: boolean) =>
    active ? "rounded-lg bg-brand-50 px-3 py-1.5 font-semibold text-brand-800" : "rounded-lg px-3 py-1.5 font-medium text-slate-700 underline underline-offset-2"

  return (
    <>
      <header className="flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-1 text-slate-600">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3 self-start sm:self-auto">
          <Link href="/notifications/preferences" className="font-medium text-brand-700 underline underline-offset-2" data-testid="notification-preferences-link">
            {t("preferencesLink")}
          </Link>
          {canChange && list?.unread_count ? (
            <form action={markAllNotificationsReadAction}>
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700" data-testid="mark-all-read">
                {t("markAllRead")}
              </button>
            </form>
          ) : null}
        </div>
      </header>
      {actionError ? <NotificationsError reason={actionError} /> : null}
      {list ? (
        <>
          <nav aria-label={t("filterLabel")} className="mt-4 flex gap-2 text-sm">
            <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"} className={tab(!unreadOnly)}>
              {t("all")}
            </Link>
            <Link href={{ pathname: "/notifications", query: { unread: "1" } }} aria-current={unreadOnly ? "page" : undefined} className={tab(unreadOnly)}>
              {t("unread", { count: list.unread_count })}
            </Link>
          </nav>
          {list.notifications.length ? (
            <ul className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="notification-list">
              {list.notifications.map((notification) => {
                const unread = !notification.read_at
                return (
                  <li key={notification.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:gap-3" data-testid="notification" data-unread={unread}>
                    <SectionIcon section="notifications" className="mt-0.5 hidden size-5 shrink-0 text-slate-500 sm:block" />
                    <div className="min-w-0 flex-1">
                      <div className={`break-words text-slate-900 ${unread ? "font-bold" : "font-medium"}`}>
                        {unread ? <span className="sr-only">{t("unreadMark")} </span> : null}
                        {canChange ? (
                          <form action={openNotificationAction} className="inline">
                            <input type="hidden" name="locale" value={locale} />
                            <input type="hidden" name="id" value={notification.id} />
                            <input type="hidden" name="link" value={notification.link ?? ""} />
                            <button type="submit" className="text-left text-brand-700 underline underline-offset-2" data-testid="open-notification">
                              {notification.title}
                            </button>
                          </form>
                        ) : notification.link ? (
                          <Link href={notification.link} className="text-brand-700 underline underline-offset-2">
                            {notification.title}
                          </Link>
                        ) : (
                          notification.title
                        )}
                      </div>
                      {notification.body ? <p className="mt-1 text-sm break-words text-slate-700">{notification.body}</p> : null}
                      <p className="mt-1 text-xs text-slate-600">
                        <time dateTime={notification.created_at}>{formatMoment(notification.created_at, locale)}</time>
                      </p>
                    </div>
                    {unread && canChange ? (
                      <form action={markNotificationReadAction}>
                        <input type="hidden" name="locale" value={locale} />
                        <input type="hidden" name="id" value={notification.id} />
                        <button
                          type="submit"
                          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100"
                          data-testid="mark-read"
                        >
                          {t("markRead")}
                          <span className="sr-only">: {notification.title}</span>
                        </button>
                      </form>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600" data-testid="notifications-empty">
              {unreadOnly ? t("emptyUnread") : t("empty")}
            </p>
          )}
          <Pager page={page} pages={pages} href={href} />
        </>
      ) : (
        <NotificationsError reason="unavailable" />
      )}
    </>
  )
}
