import { z } from "@medusajs/framework/zod"
import { EMAIL_LOCALES, type EmailLocale } from "../../lib/email/i18n"

/** The largest number any field takes (a meter's value, a price): beyond it the input is a mistake. */
export const NUMBER_FIELD_LIMIT = 1e12

// PostgreSQL's timestamps go further, but no date a person types is outside these years.
const EARLIEST = Date.UTC(1900, 0, 1)
const LATEST = Date.UTC(10000, 0, 1)

/** A number sent as JSON or as form text; empty text is "missing", never zero. */
export const numberField = (field: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.replace(",", ".")) : v === "" ? undefined : v),
    z
      .number({ message: `${field} must be a number` })
      .finite({ message: `${field} must be a number` })
      .min(-NUMBER_FIELD_LIMIT, { message: `${field} must be between -${NUMBER_FIELD_LIMIT} and ${NUMBER_FIELD_LIMIT}` })
      .max(NUMBER_FIELD_LIMIT, { message: `${field} must be between -${NUMBER_FIELD_LIMIT} and ${NUMBER_FIELD_LIMIT}` })
  )

/**
 * A date sent as text (ISO 8601, or a date the browser's form gives), between the years 1900 and 9999. A
 * number or a boolean is refused rather than read as milliseconds since 1970.
 */
export const dateField = (field: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? new Date(v) : v instanceof Date ? v : typeof v === "string" ? undefined : v),
    z
      .date({ message: `${field} must be a date` })
      .refine((d) => d.getTime() >= EARLIEST && d.getTime() < LATEST, { message: `${field} must be a date between the years 1900 and 9999` })
  )

/**
 * Texts in the languages the business writes to clients in, `{ fr: {...}, it: {...} }`: each language's entry as
 * `entry(locale)` describes it (its messages naming `translations.<locale>.<field>`), every language optional,
 * any other key refused.
 */
export const translationsField = <Entry extends z.ZodTypeAny>(entry: (locale: EmailLocale) => Entry) =>
  z
    .object(Object.fromEntries(EMAIL_LOCALES.map((locale) => [locale, entry(locale).optional()])), {
      message: "translations must be an object of languages",
    })
    .strict()
    .nullish()
