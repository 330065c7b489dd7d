import { hasLocale } from "next-intl"
import { defineRouting } from "next-intl/routing"

export const locales = ["en", "fr", "it", "sk"] as const
export type Locale = (typeof locales)[number]

/** Each language's name written in that language, for the language switch. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  fr: "Français",
  it: "Italiano",
  sk: "Slovenčina",
}

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  // Every page lives under /en, /fr, /it or /sk; "/" picks the best one from
  // the NEXT_LOCALE cookie, then Accept-Language.
  localePrefix: "always",
})

/** A route's locale parameter, checked (the [locale] layout 404s on others). */
export function toLocale(value: string | undefined | null): Locale {
  return hasLocale(locales, value) ? value : routing.defaultLocale
}
