import { z } from "@medusajs/framework/zod"

// Codes as printed ("K7QX-94TM"); case, spaces and dashes are ignored when they are checked.
export const ExchangeActivation = z.object({
  letter_code: z.string().trim().min(4).max(40),
  email_code: z.string().trim().min(4).max(40),
})
export type ExchangeActivationType = z.infer<typeof ExchangeActivation>
