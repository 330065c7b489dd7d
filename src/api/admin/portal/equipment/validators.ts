import { z } from "@medusajs/framework/zod"
import { EQUIPMENT_SORTABLE } from "../../../../lib/fleet/equipment-page"
import { EQUIPMENT_STATUSES } from "../../../../modules/fleet/models/equipment"
import { listQuery, textFilter } from "../../../utils/list-query"
import { EQUIPMENT_FILE_KINDS } from "../../../../modules/fleet/models/equipment-file"
import { LOG_ENTRY_KINDS } from "../../../../modules/fleet/models/maintenance-log-entry"
import { METER_KINDS } from "../../../../modules/fleet/models/meter"
import { READING_STATUSES } from "../../../../modules/fleet/models/meter-reading"
import { acceptFileTypes, EquipmentListFilters, fileUploadFields } from "../../../store/portal/equipment/validators"
import { DOCUMENT_FILE_TYPES, PHOTO_FILE_TYPES } from "../../../../lib/files/file-types"
import { dateField, NUMBER_FIELD_LIMIT, numberField } from "../../../utils/input-fields"

const optionalText = (max: number) => z.string().trim().max(max).nullish()
const required = (field: string, max: number) => z.string().trim().min(1, { message: `${field} is required` }).max(max)

export const AdminListEquipment = listQuery({
  defaultLimit: 20,
  sortable: EQUIPMENT_SORTABLE,
  filters: {
    ...EquipmentListFilters,
    account_id: textFilter("account_id"),
    /** A Medusa customer: the machines of the account they are a member of. */
    customer_id: textFilter("customer_id"),
  },
})
export type AdminListEquipmentType = z.infer<typeof AdminListEquipment>

const equipmentFields = {
  variant_id: z.string().min(1).nullish(),
  brand: optionalText(200),
  status: z.enum(EQUIPMENT_STATUSES).optional(),
  installation_date: dateField("installation_date").nullish(),
  warranty_end: dateField("warranty_end").nullish(),
  notes: optionalText(5000),
}

export const AdminCreateEquipment = z
  .object({
    account_id: required("account_id", 100),
    site_id: required("site_id", 100),
    serial_number: required("serial_number", 100),
    name: required("name", 200),
    ...equipmentFields,
  })
  .strict()
export type AdminCreateEquipmentType = z.infer<typeof AdminCreateEquipment>

export const AdminUpdateEquipment = z
  .object({
    site_id: required("site_id", 100).optional(),
    serial_number: required("serial_number", 100).optional(),
    name: required("name", 200).optional(),
    ...equipmentFields,
  })
  .strict()
export type AdminUpdateEquipmentType = z.infer<typeof AdminUpdateEquipment>

export const AdminAddLogEntry = z
  .object({
    performed_at: dateField("performed_at"),
    kind: z.enum(LOG_ENTRY_KINDS),
    description: required("description", 5000),
    technician: optionalText(200),
    duration_minutes: z.number().int().min(0, { message: "duration_minutes cannot be negative" }).nullish(),
    parts: z
      .array(z.object({ variant_id: z.string().min(1), quantity: z.number().positive({ message: "quantity must be more than zero" }) }))
      .max(100)
      .optional(),
    meter_values: z.array(z.object({ meter_id: z.string().min(1), value: numberField("value") })).max(20).optional(),
    plan_ids: z.array(z.string().min(1)).max(20).optional(),
  })
  .strict()
export type AdminAddLogEntryType = z.infer<typeof AdminAddLogEntry>

const planFields = {
  interval_days: z.number().int().positive({ message: "interval_days must be more than zero" }).nullish(),
  interval_units: z
    .number()
    .positive({ message: "interval_units must be more than zero" })
    .max(NUMBER_FIELD_LIMIT, { message: `interval_units must be at most ${NUMBER_FIELD_LIMIT}` })
    .nullish(),
  meter_id: z.string().min(1).nullish(),
  last_done_at: dateField("last_done_at").nullish(),
  last_done_value: z
    .number()
    .min(0, { message: "last_done_value cannot be negative" })
    .max(NUMBER_FIELD_LIMIT, { message: `last_done_value must be at most ${NUMBER_FIELD_LIMIT}` })
    .nullish(),
}

export const AdminCreatePlan = z.object({ name: required("name", 200), ...planFields }).strict()
export type AdminCreatePlanType = z.infer<typeof AdminCreatePlan>

export const AdminUpdatePlan = z.object({ name: required("name", 200).optional(), ...planFields }).strict()
export type AdminUpdatePlanType = z.infer<typeof AdminUpdatePlan>

export const AdminCreateMeter = z
  .object({ name: required("name", 200), kind: z.enum(METER_KINDS), unit: required("unit", 20) })
  .strict()
export type AdminCreateMeterType = z.infer<typeof AdminCreateMeter>

/** A machine's photo must be an image; a document may also be a PDF, text or office file (downloaded, never shown). */
export const AdminUploadEquipmentFile = z
  .object({ ...fileUploadFields, kind: z.enum(EQUIPMENT_FILE_KINDS) })
  .strict()
  .superRefine((file, ctx) => acceptFileTypes(file.kind === "photo" ? PHOTO_FILE_TYPES : DOCUMENT_FILE_TYPES)(file, ctx))
export type AdminUploadEquipmentFileType = z.infer<typeof AdminUploadEquipmentFile>

export const AdminImport = z
  .object({
    kind: z.enum(["equipment", "readings"]),
    /** The CSV text, with a header row; comma or semicolon separated. */
    csv: z.string().min(1, { message: "csv is required" }).max(5_000_000, { message: "csv is larger than 5 MB" }),
    /** For `equipment`: the account the machines belong to, unless each row names one. */
    account_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminImportType = z.infer<typeof AdminImport>

// Newest reading first, always.
export const AdminListReadings = listQuery({ defaultLimit: 20, filters: { status: z.enum(READING_STATUSES).default("to_review") } })
export type AdminListReadingsType = z.infer<typeof AdminListReadings>

export const AdminReviewReading = z
  .object({ decision: z.enum(["accept", "reject"]), note: optionalText(2000) })
  .strict()
export type AdminReviewReadingType = z.infer<typeof AdminReviewReading>
