"use client"

import { useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { SectionIcon } from "./section-icon"
import { sectionHref, type PortalSection } from "./sections"

/**
 * The portal's section links (those staff left on); the current one is marked for sighted and
 * screen-reader users.
 */
export function PortalNav({ sections, testId }: { sections: readonly PortalSection[]; testId?: string }) {
  const t = useTranslations("Portal")
  const pathname = usePathname()

  return (
    <nav aria-label={t("navLabel")} data-testid={testId}>
      <ul className="space-y-1">
        {sections.map((section) => {
          const href = sectionHref(section)
          const isCurrent = pathname === href || pathname.startsWith(`${href}/`)
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
                {t(`sections.${section}`)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
