import { z } from "@medusajs/framework/zod"

/** The most rows one page of any list answers: a quote in a list loads its versions and lines. */
export const LIST_LIMIT_MAX = 100
/** PostgreSQL's `integer`: a larger offset pages past any real list and must never reach SQL as an overflow. */
export const LIST_OFFSET_MAX = 2_147_483_647
/** The longest text a list filter (`q`, an id) accepts. */
export const FILTER_TEXT_MAX = 200

// C0 and C1 control characters: PostgreSQL refuses NUL in text, and none of them belongs in a search.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/

/** A value from the query string: one text, never a repeated parameter or a nested object. */
const single = (field: string, raw: unknown, ctx: z.RefinementCtx): string | null => {
  if (typeof raw === "number") return String(raw)
  if (typeof raw === "string") return raw
  ctx.addIssue({ code: "custom", message: `${field} must be given once, as text` })
  return null
}

/** A whole number from the query string, from `min` to `max`; above `cap` it is lowered to `cap`. */
const wholeNumber = (field: string, { min, max, cap, fallback }: { min: number; max: number; cap?: number; fallback: number }) =>
  z.unknown().transform((raw, ctx): number => {
    if (raw === undefined || raw === "") return fallback
    const text = single(field, raw, ctx)
    if (text === null) return z.NEVER
    const value = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({ code: "custom", message: `${field} must be a whole number from ${min} to ${cap ?? max}` })
      return z.NEVER
    }
    return cap !== undefined ? Math.min(value, cap) : value
  })

/**
 * A text filter (`q`, an id): trimmed, at most `max` characters, no control characters; empty means no
 * filter. The message names the field, as every list answers a 400 `invalid_data` for bad input.
 */
export const textFilter = (field: string, max = FILTER_TEXT_MAX) =>
  z
    .unknown()
    .transform((raw, ctx): string | undefined => {
      if (raw === undefined) return undefined
      const text = single(field, raw, ctx)
      if (text === null) return z.NEVER
      if (CONTROL_CHARACTERS.test(text)) {
        ctx.addIssue({ code: "custom", message: `${field} must not contain control characters` })
        return z.NEVER
      }
      const trimmed = text.trim()
      if (trimmed.length > max) {
        ctx.addIssue({ code: "custom", message: `${field} must be at most ${max} characters` })
        return z.NEVER
      }
      return trimmed || undefined
    })
    .optional() as z.ZodType<string | undefined>

/** A text filter the query must give (an id the route needs), same rules as textFilter. */
export const requiredTextFilter = (field: string, max = FILTER_TEXT_MAX) =>
  textFilter(field, max).transform((text, ctx): string => {
    if (text) return text
    ctx.addIssue({ code: "custom", message: `${field} is required` })
    return z.NEVER
  })

/** `order`: one of the route's sortable columns, `-` first for descending. */
const orderParam = (sortable: readonly string[]) =>
  z.unknown().transform((raw, ctx): string | undefined => {
    if (raw === undefined || raw === "") return undefined
    const text = single("order", raw, ctx)
    if (text === null) return z.NEVER
    if (!sortable.includes(text.replace(/^-/, ""))) {
      ctx.addIssue({
        code: "custom",
        message: sortable.length
          ? `order must be one of ${sortable.join(", ")}, with - first for descending`
          : "order cannot be chosen on this list",
      })
      return z.NEVER
    }
    return text
  })

/** `fields`: the route's allowed list does the choosing; here only its shape is checked. */
const fieldsParam = textFilter("fields", 2000)

export type ListQueryOptions<F extends z.ZodRawShape> = {
  /** Rows a page answers when the client does not say. */
  defaultLimit: number
  /** Columns `order` may name; none means the list has one fixed order. */
  sortable?: readonly string[]
  /** The list's own filters (text filters through textFilter). */
  filters?: F
}

/**
 * The query of every list route, client and staff: `limit` (1 to 100, higher asks are capped), `offset`
 * (0 to LIST_OFFSET_MAX), `order` among the route's sortable columns, `fields` (checked against the route's
 * allowed list by validateListQuery) and the route's filters. Anything else answers 400 naming the field,
 * so nothing malformed reaches SQL.
 */
export function listQuery<F extends z.ZodRawShape = Record<never, never>>({ defaultLimit, sortable = [], filters }: ListQueryOptions<F>) {
  return z.object({
    limit: wholeNumber("limit", { min: 1, max: LIST_OFFSET_MAX, cap: LIST_LIMIT_MAX, fallback: defaultLimit }),
    offset: wholeNumber("offset", { min: 0, max: LIST_OFFSET_MAX, fallback: 0 }),
    order: orderParam(sortable),
    fields: fieldsParam,
    ...((filters ?? {}) as F),
  })
}
