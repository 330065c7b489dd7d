"use client"

import { useLocale, useTranslations } from "next-intl"
import { Link, usePathname } from "@/i18n/navigation"
import { localeNames, routing } from "@/i18n/routing"

/**
 * Plain links to the current page in the other languages: rendered on the
 * server, so switching works without JavaScript.
 */
export function LanguageSwitch() {
  const t = useTranslations("Common")
  const current = useLocale()
  const pathname = usePathname()

  return (
    <nav aria-label={t("languageSwitch")}>
      <ul className="flex items-center gap-1 text-sm">
        {routing.locales.map((locale) => {
          const isCurrent = locale === current
          return (
            <li key={locale}>
              <Link
                href={pathname}
                locale={locale}
                hrefLang={locale}
                lang={locale}
                title={localeNames[locale]}
                aria-current={isCurrent ? "true" : undefined}
                className={
                  isCurrent
                    ? "block rounded-md bg-slate-900 px-2 py-1 font-semibold uppercase text-white"
                    : "block rounded-md px-2 py-1 font-medium uppercase text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                }
              >
                <span aria-hidden="true">{locale}</span>
                <span className="sr-only">{localeNames[locale]}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
