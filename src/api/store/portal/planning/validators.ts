import { z } from "@medusajs/framework/zod"
import { textFilter } from "../../../utils/list-query"
import { dateFilter } from "../interventions/validators"

/** The days shown: from `from` (today when absent), `days` of them (7 by default, at most 14). */
export const StorePlanningQuery = z
  .object({
    from: dateFilter("from"),
    days: textFilter("days", 3).transform((text, ctx): number | undefined => {
      if (text === undefined) return undefined
      const n = Number(text)
      if (!Number.isInteger(n) || n < 1 || n > 14) {
        ctx.addIssue({ code: "custom", message: "days must be a whole number from 1 to 14" })
        return z.NEVER
      }
      return n
    }),
  })
export type StorePlanningQueryType = z.infer<typeof StorePlanningQuery>
