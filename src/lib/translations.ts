/**
 * The business's texts in the reader's language, kept beside a default text (`translations` of intervention
 * types and ticket categories, `{ fr: {...}, it: {...} }`). "fr-BE" reads the French entry: the business writes
 * one text per language, not per country.
 */
export function translationIn<Entry>(translations: Record<string, Entry | undefined> | null | undefined, locale: string | null | undefined): Entry | null {
  const language = locale?.split("-")[0].toLowerCase()
  return (language && translations?.[language]) || null
}

/** The translated text when the business wrote one, else the default: never an empty text. */
export const translatedOr = (translated: string | null | undefined, fallback: string | null | undefined): string | null =>
  translated?.trim() ? translated : fallback ?? null
