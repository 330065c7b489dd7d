import { z } from "@medusajs/framework/zod"

export const RequestAccessCode = z.object({
  identifier: z.string().trim().min(1).max(320),
})

export const VerifyAccessCode = z.object({
  identifier: z.string().trim().min(1).max(320),
  code: z.string().trim().regex(/^\d{6}$/, "code must be the 6 digits received"),
})
