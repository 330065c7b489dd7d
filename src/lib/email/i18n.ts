import { en, type MessageKey, type Messages } from "./locales/en"
import { fr } from "./locales/fr"
import { it } from "./locales/it"
import { sk } from "./locales/sk"

export type { MessageKey, Messages }

const dictionaries = { en, fr, it, sk } satisfies Record<string, Messages>

export type EmailLocale = keyof typeof dictionaries

export const EMAIL_LOCALES = Object.keys(dictionaries) as EmailLocale[]

export const DEFAULT_EMAIL_LOCALE: EmailLocale = "en"

export type MessageParams = Record<string, string | number | null | undefined>

export interface Translator {
  (key: MessageKey, params?: MessageParams): string
  readonly locale: EmailLocale
}

function isEmailLocale(value: string): value is EmailLocale {
  return Object.prototype.hasOwnProperty.call(dictionaries, value)
}

/**
 * Customers' locales come from browsers and profiles in many shapes ("fr-FR", "fr_CH", "FR"); only the
 * language part picks a dictionary, and anything we do not translate falls back to English rather
 * than failing the mail.
 */
export function resolveEmailLocale(tag: unknown): EmailLocale {
  if (typeof tag !== "string") {
    return DEFAULT_EMAIL_LOCALE
  }
  const language = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isEmailLocale(language) ? language : DEFAULT_EMAIL_LOCALE
}

/**
 * Replaces `{name}` slots. A missing value becomes an empty string: a stray "undefined" in a client's
 * mail is worse than a gap, and templates pick a neutral sentence when a value is optional.
 */
export function interpolate(message: string, params: MessageParams = {}): string {
  return message.replace(/\{(\w+)\}/g, (_slot, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined
    return value === null || value === undefined ? "" : String(value)
  })
}

export function createTranslator(locale: EmailLocale): Translator {
  const messages = dictionaries[locale]
  const translate = (key: MessageKey, params?: MessageParams): string =>
    interpolate(messages[key], params)
  return Object.assign(translate, { locale })
}
