import { z } from "@medusajs/framework/zod"
import { INTERVENTION_SORTABLE } from "../../../../lib/field-service/interventions"
import { PHOTO_FILE_TYPES } from "../../../../lib/files/file-types"
import { base64Size, isBase64Text } from "../../../../lib/support/attachments"
import { INTERVENTION_PHOTO_MAX_BYTES } from "../../../../modules/fieldService/contract"
import { acceptFileTypes } from "../../../store/portal/equipment/validators"
import { dateField, numberField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { InterventionListFilters } from "../../../store/portal/interventions/validators"

const bool = (field: string) =>
  z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ message: `${field} must be true or false` }))

export const AdminListInterventions = listQuery({
  defaultLimit: 20,
  sortable: INTERVENTION_SORTABLE,
  filters: {
    ...InterventionListFilters,
    /** The "to schedule" inbox: requested interventions, newest first. */
    inbox: bool("inbox").optional(),
    account_id: textFilter("account_id"),
    technician_id: textFilter("technician_id"),
    q: textFilter("q"),
  },
}).refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] })
export type AdminListInterventionsType = z.infer<typeof AdminListInterventions>

export const AdminScheduleIntervention = z
  .object({
    technician_id: z.string({ message: "technician_id must be text" }).trim().min(1, { message: "technician_id is required" }).max(100, { message: "technician_id is too long" }),
    starts_at: dateField("starts_at"),
    /** The type's duration from the start when absent. */
    ends_at: dateField("ends_at").nullish(),
  })
  .strict()
  .refine((b) => !b.ends_at || b.ends_at > b.starts_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminScheduleInterventionType = z.infer<typeof AdminScheduleIntervention>

export const AdminCancelIntervention = z
  .object({ reason: z.string({ message: "reason must be text" }).trim().max(2000, { message: "reason is too long" }).nullish() })
  .strict()
export type AdminCancelInterventionType = z.infer<typeof AdminCancelIntervention>

export const AdminCompleteIntervention = z
  .object({
    work_done: z.string({ message: "work_done must be text" }).trim().min(1, { message: "work_done is required" }).max(10_000, { message: "work_done is too long" }),
    parts: z
      .array(
        z
          .object({
            variant_id: z.string({ message: "parts.variant_id must be text" }).trim().min(1, { message: "parts.variant_id is required" }).max(100),
            quantity: z.number({ message: "parts.quantity must be a number" }).int({ message: "parts.quantity must be a whole number" }).min(1, { message: "parts.quantity must be at least 1" }).max(10_000, { message: "parts.quantity is too large" }),
          })
          .strict(),
        { message: "parts must be a list" }
      )
      .max(100)
      .default([]),
    duration_minutes: z.number({ message: "duration_minutes must be a number" }).int({ message: "duration_minutes must be a whole number" }).min(0, { message: "duration_minutes must not be negative" }).max(24 * 60 * 7, { message: "duration_minutes is too large" }).nullish(),
    meter_values: z
      .array(z.object({ meter_id: z.string({ message: "meter_values.meter_id must be text" }).trim().min(1).max(100), value: numberField("meter_values.value") }).strict(), {
        message: "meter_values must be a list",
      })
      .max(20)
      .default([]),
    signature_name: z.string({ message: "signature_name must be text" }).trim().max(200, { message: "signature_name is too long" }).nullish(),
    completed_at: dateField("completed_at").optional(),
  })
  .strict()
export type AdminCompleteInterventionType = z.infer<typeof AdminCompleteIntervention>

/** Staff share one intervention: the link is mailed to `email` (the intervention's contact when absent, none when null). */
export const AdminSendInterventionLink = z
  .object({
    email: z.string({ message: "email must be text" }).trim().email({ message: "email must be an e-mail address" }).max(200, { message: "email is too long" }).nullish(),
    allow_actions: z.boolean({ message: "allow_actions must be true or false" }).optional(),
    expires_at: dateField("expires_at").optional(),
  })
  .strict()
export type AdminSendInterventionLinkType = z.infer<typeof AdminSendInterventionLink>

const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1)

/** A photo of the visit: an image type whose bytes match it, at most INTERVENTION_PHOTO_MAX_BYTES. */
export const AdminAddInterventionPhoto = z
  .object({
    filename: z.string({ message: "filename must be text" }).trim().min(1, { message: "filename is required" }).max(200, { message: "filename is too long" }),
    mime_type: z.string({ message: "mime_type must be text" }).trim().min(3, { message: "mime_type is required" }).max(100, { message: "mime_type is too long" }),
    content: z
      .string({ message: "content must be the photo in base64" })
      .min(1, { message: "content is required (base64)" })
      .refine(isBase64Text, { message: "content must be base64" }),
    caption: z.string({ message: "caption must be text" }).trim().max(300, { message: "caption is too long" }).nullish(),
  })
  .strict()
  .superRefine(acceptFileTypes(PHOTO_FILE_TYPES))
  .superRefine((photo, ctx) => {
    const size = typeof photo.content === "string" ? base64Size(photo.content) : 0
    if (size > INTERVENTION_PHOTO_MAX_BYTES) {
      ctx.addIssue({ code: "custom", path: ["content"], message: `content: the photo is ${megabytes(size)} MB; the largest photo accepted is ${megabytes(INTERVENTION_PHOTO_MAX_BYTES)} MB` })
    }
  })
export type AdminAddInterventionPhotoType = z.infer<typeof AdminAddInterventionPhoto>
