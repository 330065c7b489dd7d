import { z } from "@medusajs/framework/zod"

/** A list filter of known values: `status=open,paid` or repeated `status=open&status=paid`; the message names the field. */
export const enumList = <T extends string>(field: string, values: readonly T[]) =>
  z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
      z.array(z.enum(values as [T, ...T[]], { message: `${field} must be among ${values.join(", ")}` }), { message: `${field} must be a list of ${values.join(", ")}` }).max(values.length * 2, { message: `${field} lists too many values` })
    )
    .optional() as z.ZodType<T[] | undefined>
