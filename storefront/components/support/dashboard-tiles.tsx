import { getTranslations } from "next-intl/server"
import { SectionIcon } from "@/components/portal/section-icon"
import type { PortalSection } from "@/components/portal/sections"
import { Link } from "@/i18n/navigation"
import { describeError } from "@/lib/data/client"
import { getUnreadNotificationCount } from "@/lib/data/notifications"
import { getUnreadCounts, listDocuments, listTickets } from "@/lib/data/support"
import { TICKET_STATUS_ORDER } from "./badges"

/** The statuses in which a ticket is still being worked on, as the dashboard counts "open" tickets. */
const ACTIVE = TICKET_STATUS_ORDER.filter((status) => status !== "resolved" && status !== "closed")

/** A count the dashboard can live without: a failing route shows no tile rather than an error page. */
async function optional<T>(what: string, read: () => Promise<T>): Promise<T | null> {
  try {
    return await read()
  } catch (error) {
    console.warn(`[portal] dashboard ${what}: ${describeError(error)}`)
    return null
  }
}

type Tile = {
  key: "unreadMessages" | "newDocuments" | "openTickets" | "unreadNotifications"
  section: PortalSection
  count: number
  href: string | { pathname: string; query: Record<string, string> }
}

/** Unread messages, new documents, open tickets and unread notifications, each a link to the list that shows them. */
export async function SupportTiles({ support, documents = false }: { support: boolean; documents?: boolean }) {
  const [counts, library, tickets, notifications, t] = await Promise.all([
    support ? getUnreadCounts(true) : null,
    documents ? optional("documents", () => listDocuments({ isNew: true, limit: 1 })) : null,
    support ? optional("tickets", () => listTickets({ status: ACTIVE.join(","), limit: 1 })) : null,
    optional("notifications", getUnreadNotificationCount),
    getTranslations("Support.dashboard"),
  ])
  const tiles: Tile[] = []
  if (counts) tiles.push({ key: "unreadMessages", section: "messages", count: counts.messages, href: { pathname: "/messages", query: { unread: "1" } } })
  if (library) tiles.push({ key: "newDocuments", section: "documents", count: library.new_count, href: { pathname: "/documents", query: { new: "1" } } })
  if (tickets) tiles.push({ key: "openTickets", section: "support", count: tickets.count, href: "/support" })
  if (notifications !== null) tiles.push({ key: "unreadNotifications", section: "notifications", count: notifications, href: { pathname: "/notifications", query: { unread: "1" } } })
  if (!tiles.length) return null
  return (
    <section aria-labelledby="support-tiles-title" className="mt-6">
      <h2 id="support-tiles-title" className="sr-only">
        {t("title")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="dashboard-support">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <Link
              href={tile.href}
              className="flex items-center gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              data-testid={`tile-${tile.key}`}
            >
              <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <SectionIcon section={tile.section} className="size-5" />
              </span>
              <span>
                <span className="block text-2xl font-bold text-slate-900" data-testid="tile-count">
                  {tile.count}
                </span>
                <span className="block text-sm text-slate-700">{t(tile.key, { count: tile.count })}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
