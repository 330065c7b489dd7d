import { z } from "@medusajs/framework/zod"
import { EMAIL_LOCALES, type EmailLocale } from "../../../../lib/email"

export const AdminSendTestEmail = z
  .object({
    to: z.string().trim().email({ message: "to must be an e-mail address" }).optional(),
    locale: z.enum(EMAIL_LOCALES as [EmailLocale, ...EmailLocale[]]).default("en"),
  })
  .strict()

export type AdminSendTestEmailType = z.infer<typeof AdminSendTestEmail>
