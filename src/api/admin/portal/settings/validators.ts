import { z } from "@medusajs/framework/zod"

const httpUrl = z
  .string()
  .trim()
  .url({ message: "logo_url must be a URL" })
  .refine((url) => /^https?:\/\//i.test(url), { message: "logo_url must be an http(s) URL" })

export const AdminUpdatePortalSettings = z
  .object({
    business_name: z.string().trim().min(1, { message: "business_name cannot be empty" }).max(200).nullish(),
    logo_url: httpUrl.nullish(),
    general_information: z.string().trim().max(5000).nullish(),
    sections: z
      .object({
        sales: z.boolean(),
        fleet: z.boolean(),
        interventions: z.boolean(),
        rentals: z.boolean(),
        support: z.boolean(),
        documents: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    access_methods: z
      .object({ email_code: z.boolean(), sms_code: z.boolean(), secure_link: z.boolean(), activation_letter: z.boolean() })
      .partial()
      .strict()
      .optional(),
  })
  .strict()
export type AdminUpdatePortalSettingsType = z.infer<typeof AdminUpdatePortalSettings>
