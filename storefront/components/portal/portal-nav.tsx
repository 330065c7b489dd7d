"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { SectionIcon } from "./section-icon"
import { sectionHref, type PortalSection } from "./sections"

/**
 * The portal's section links (those staff left on); the current one is marked for sighted and
 * screen-reader users.
 */
export function PortalNav({
  sections,
  unread = {},
  testId,
}: {
  sections: readonly PortalSection[]
  /** Unread items beside a section's link (messages, notifications), shown as a count and read out as a sentence. */
  unread?: Partial<Record<PortalSection, number>>
  testId?: string
}) {
  const t = useTranslations("Portal")
  const pathname = usePathname()

  return (
    <nav aria-label={t("navLabel")} data-testid={testId}>
      <ul className="space-y-1">
        {sections.map((section) => {
          const href = sectionHref(section)
          const isCurrent = pathname === href || pathname.startsWith(`${href}/`)
          const count = unread[section] ?? 0
          return (
            <li key={section}>
              <Link
                href={href}
                aria-current={isCurrent ? "page" : undefined}
                className={
                  isCurrent
                    ? "flex items-center gap-3 rounded-lg bg-brand-50 px-3 py-2 text-sm font-semibold text-brand-800"
                    : "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                }
              >
                <SectionIcon section={section} className={isCurrent ? "size-5 text-brand-700" : "size-5 text-slate-500"} />
                <span className="flex-1">{t(`sections.${section}`)}</span>
                {count ? (
                  <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid={`nav-unread-${section}`}>
                    <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
                    <span className="sr-only">
                      {section === "notifications" ? t("unreadNotifications", { count }) : t("unreadMessages", { count })}
                    </span>
                  </span>
                ) : null}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
