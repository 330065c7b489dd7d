import { z } from "@medusajs/framework/zod"
import { PHOTO_FILE_TYPES, uploadRefusal } from "../../../../lib/files/file-types"
import { EQUIPMENT_SORTABLE } from "../../../../lib/fleet/equipment-page"
import { EQUIPMENT_STATUSES } from "../../../../modules/fleet/models/equipment"
import { dateField, numberField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"

const bool = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean())

export const EquipmentListFilters = {
  site_id: textFilter("site_id"),
  status: z.enum(EQUIPMENT_STATUSES).optional(),
  /** Due within 30 days, or overdue. */
  due_soon: bool.optional(),
  q: textFilter("q"),
}

export const StoreListEquipment = listQuery({ defaultLimit: 20, sortable: EQUIPMENT_SORTABLE, filters: EquipmentListFilters })
export type StoreListEquipmentType = z.infer<typeof StoreListEquipment>

export const ListReadings = z
  .object({
    from: dateField("from").optional(),
    to: dateField("to").optional(),
    points: z.coerce
      .number({ message: "points must be a number" })
      .int({ message: "points must be a whole number" })
      .min(4, { message: "points must be at least 4" })
      .max(5000, { message: "points must be at most 5000" })
      .default(500),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be before to", path: ["from"] })
export type ListReadingsType = z.infer<typeof ListReadings>

/** A file sent inside JSON: its name, type and bytes (base64). */
export const fileUploadFields = {
  filename: z.string().trim().min(1, { message: "filename is required" }).max(200),
  mime_type: z.string().trim().min(3, { message: "mime_type is required" }).max(100),
  content: z.string().min(1, { message: "content is required" }).max(14_000_000, { message: "the file is larger than 10 MB" }),
}

/**
 * Refuses a type outside `accepted` or bytes that are not what the type claims; the message names the field
 * (`photo.mime_type: …`) because Medusa answers a custom issue's message alone.
 */
export const acceptFileTypes =
  (accepted: readonly string[], prefix = "") =>
  (file: { mime_type: string; content: string }, ctx: z.RefinementCtx) => {
    const refusal = uploadRefusal(file.mime_type, file.content, accepted)
    if (refusal) ctx.addIssue({ code: "custom", path: [refusal.split(":")[0]], message: `${prefix}${refusal}` })
  }

const readingFields = {
  value: numberField("value"),
  read_at: dateField("read_at").optional(),
  note: z.string().trim().max(2000).nullish(),
}

export const StoreCreateReading = z
  .object({
    ...readingFields,
    photo: z.object(fileUploadFields).superRefine(acceptFileTypes(PHOTO_FILE_TYPES, "photo.")).nullish(),
  })
  .strict()
export type StoreCreateReadingType = z.infer<typeof StoreCreateReading>

export const AdminCreateReading = z
  .object({
    ...readingFields,
    source: z.enum(["staff", "technician"]).default("staff"),
    replacement: z.boolean().optional(),
  })
  .strict()
export type AdminCreateReadingType = z.infer<typeof AdminCreateReading>
