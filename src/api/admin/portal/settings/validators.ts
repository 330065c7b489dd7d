import { z } from "@medusajs/framework/zod"
import { BILLING_SETTINGS_LIMITS, INVOICE_KINDS, ISSUE_ON } from "../../../../modules/billing/contract"
import { ALL_CHANGE_FIELDS } from "../../../../modules/support/settings"

const httpUrl = z
  .string()
  .trim()
  .url({ message: "logo_url must be a URL" })
  .refine((url) => /^https?:\/\//i.test(url), { message: "logo_url must be an http(s) URL" })

const wholeDays = (field: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ message: `${field} must be a number of days` })
    .int({ message: `${field} must be whole days` })
    .min(min, { message: `${field} must be ${min} or more` })
    .max(max, { message: `${field} must be at most ${max}` })

const billing = z
  .object({
    payment_terms_days: wholeDays("billing.payment_terms_days", BILLING_SETTINGS_LIMITS.payment_terms_days),
    issue_on: z.enum(ISSUE_ON, { message: `billing.issue_on must be one of ${ISSUE_ON.join(", ")}` }),
    reminder_interval_days: wholeDays("billing.reminder_interval_days", BILLING_SETTINGS_LIMITS.reminder_interval_days),
    invoice_footer: z
      .string({ message: "billing.invoice_footer must be text" })
      .trim()
      .max(BILLING_SETTINGS_LIMITS.invoice_footer.max, { message: `billing.invoice_footer must be at most ${BILLING_SETTINGS_LIMITS.invoice_footer.max} characters` })
      .transform((text) => text || null)
      .nullable(),
    number_prefixes: z
      .object(
        Object.fromEntries(
          INVOICE_KINDS.map((kind) => [
            kind,
            z
              .string({ message: `billing.number_prefixes.${kind} must be text` })
              .trim()
              .regex(BILLING_SETTINGS_LIMITS.number_prefix, { message: `billing.number_prefixes.${kind} must be 1 to 10 letters, digits, dots, dashes or slashes` }),
          ])
        ) as Record<(typeof INVOICE_KINDS)[number], z.ZodString>
      )
      .partial()
      .strict(),
    number_digits: z
      .number({ message: "billing.number_digits must be a number" })
      .int({ message: "billing.number_digits must be whole" })
      .min(BILLING_SETTINGS_LIMITS.number_digits.min, { message: `billing.number_digits must be ${BILLING_SETTINGS_LIMITS.number_digits.min} or more` })
      .max(BILLING_SETTINGS_LIMITS.number_digits.max, { message: `billing.number_digits must be at most ${BILLING_SETTINGS_LIMITS.number_digits.max}` }),
  })
  .partial()
  .strict()

const hours = (field: string) => z.number({ message: `${field} must be a number` }).int({ message: `${field} must be whole hours` }).min(0).max(24 * 365)

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
    rentals: z
      .object({
        auto_confirm: z.boolean(),
        cancel_notice_hours: hours("rentals.cancel_notice_hours"),
        late_cancel_fee_percent: z.number({ message: "rentals.late_cancel_fee_percent must be a number" }).min(0).max(100),
        change_notice_hours: hours("rentals.change_notice_hours"),
        change_fee: z.number({ message: "rentals.change_fee must be a number" }).min(0).max(1e9),
        late_day_factor: z.number({ message: "rentals.late_day_factor must be a number" }).min(0).max(100),
        min_lead_hours: hours("rentals.min_lead_hours"),
        max_days: z.number({ message: "rentals.max_days must be a number" }).int().min(1).max(3650),
      })
      .partial()
      .strict()
      .optional(),
    support: z
      .object({
        sla_hours: z
          .object(
            Object.fromEntries(
              (["low", "normal", "high", "urgent"] as const).map((p) => [
                p,
                z.number({ message: `support.sla_hours.${p} must be a number of hours` }).positive({ message: `support.sla_hours.${p} must be positive` }).max(8760, { message: `support.sla_hours.${p} must be at most 8760` }),
              ])
            )
          )
          .partial()
          .strict(),
        reopen_window_days: z.number({ message: "support.reopen_window_days must be a number" }).int({ message: "support.reopen_window_days must be whole" }).min(0, { message: "support.reopen_window_days must be 0 or more" }).max(365, { message: "support.reopen_window_days must be at most 365" }),
        locked_fields: z
          .array(z.enum(ALL_CHANGE_FIELDS as [string, ...string[]], { message: `support.locked_fields must be among ${ALL_CHANGE_FIELDS.join(", ")}` }), { message: "support.locked_fields must be a list" })
          .max(100, { message: "support.locked_fields: at most 100" }),
        attachment_max_bytes: z.number({ message: "support.attachment_max_bytes must be a number" }).int({ message: "support.attachment_max_bytes must be whole" }).min(1024, { message: "support.attachment_max_bytes must be at least 1024" }).max(52_428_800, { message: "support.attachment_max_bytes must be at most 50 MB" }),
      })
      .partial()
      .strict()
      .optional(),
    billing: billing.optional(),
  })
  .strict()
export type AdminUpdatePortalSettingsType = z.infer<typeof AdminUpdatePortalSettings>
