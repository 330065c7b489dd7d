import { z } from "@medusajs/framework/zod"

export const ExchangeViewAsCode = z.object({
  code: z.string().trim().min(1).max(200),
})
export type ExchangeViewAsCodeType = z.infer<typeof ExchangeViewAsCode>
