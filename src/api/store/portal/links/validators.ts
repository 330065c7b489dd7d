import { z } from "@medusajs/framework/zod"

export const ExchangeSecureLink = z.object({
  token: z.string().trim().min(1).max(200),
})
export type ExchangeSecureLinkType = z.infer<typeof ExchangeSecureLink>
