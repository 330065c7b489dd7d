import { z } from "@medusajs/framework/zod"
import { PHOTO_FILE_TYPES } from "../../../../lib/files/file-types"
import { METER_KINDS } from "../../../../modules/fleet/models/meter"
import { RESERVATION_STATUSES } from "../../../../modules/rental/contract"
import { dateField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { acceptFileTypes } from "../../../store/portal/equipment/validators"
import { RENTAL_SORTABLE } from "../../../store/portal/rentals/validators"

const text = (field: string, max = 200) => z.string({ message: `${field} must be text` }).trim().min(1, { message: `${field} is required` }).max(max, { message: `${field} must be at most ${max} characters` })
const note = (field: string, max = 2000) => z.string({ message: `${field} must be text` }).trim().max(max, { message: `${field} must be at most ${max} characters` }).nullish()
const amount = (field: string) => z.number({ message: `${field} must be a number` }).min(0, { message: `${field} cannot be negative` }).max(1e9, { message: `${field} must be at most 1e9` })

export const AdminListRentals = listQuery({
  defaultLimit: 20,
  sortable: RENTAL_SORTABLE,
  filters: {
    status: z.enum(RESERVATION_STATUSES, { message: `status must be one of ${RESERVATION_STATUSES.join(", ")}` }).optional(),
    account_id: textFilter("account_id"),
    q: textFilter("q"),
  },
})
export type AdminListRentalsType = z.infer<typeof AdminListRentals>

const rate = z
  .object({
    currency_code: z.string({ message: "rates.currency_code must be text" }).trim().regex(/^[a-zA-Z]{3}$/, { message: "rates.currency_code must be a three-letter code" }).transform((c) => c.toLowerCase()),
    day_rate: amount("rates.day_rate"),
    week_rate: amount("rates.week_rate").nullish(),
    month_rate: amount("rates.month_rate").nullish(),
    deposit: amount("rates.deposit").optional(),
    meter_allowance_per_day: amount("rates.meter_allowance_per_day").nullish(),
    extra_meter_rate: amount("rates.extra_meter_rate").nullish(),
    customer_group_id: text("rates.customer_group_id", 100).nullish(),
  })
  .strict()

const modelFields = {
  title: text("title"),
  description: note("description"),
  buffer_hours: z.number({ message: "buffer_hours must be a number" }).int({ message: "buffer_hours must be whole hours" }).min(0).max(24 * 60, { message: "buffer_hours must be at most 1440" }),
  active: z.boolean({ message: "active must be true or false" }),
  rates: z.array(rate, { message: "rates must be a list" }).max(20, { message: "rates must have at most 20 rates" }),
}

export const AdminCreateRentalModel = z.object({ variant_id: text("variant_id", 100), ...modelFields }).partial({ description: true, buffer_hours: true, active: true, rates: true }).strict()
export type AdminCreateRentalModelType = z.infer<typeof AdminCreateRentalModel>
export const AdminUpdateRentalModel = z.object(modelFields).partial().strict()
export type AdminUpdateRentalModelType = z.infer<typeof AdminUpdateRentalModel>

export const AdminListModels = listQuery({ defaultLimit: 50, filters: { q: textFilter("q") } })
export const AdminListUnits = listQuery({ defaultLimit: 50, filters: { model_id: textFilter("model_id") } })
export type AdminListUnitsType = z.infer<typeof AdminListUnits>

export const AdminCreateRentalUnit = z
  .object({
    model_id: text("model_id", 100),
    serial_number: text("serial_number"),
    name: text("name"),
    brand: note("brand", 200),
    meter: z
      .object({ name: text("meter.name"), kind: z.enum(METER_KINDS, { message: `meter.kind must be one of ${METER_KINDS.join(", ")}` }), unit: text("meter.unit", 20), initial_value: amount("meter.initial_value").optional() })
      .strict()
      .nullish(),
  })
  .strict()
export type AdminCreateRentalUnitType = z.infer<typeof AdminCreateRentalUnit>
export const AdminUpdateRentalUnit = z.object({ active: z.boolean({ message: "active must be true or false" }) }).strict()
export type AdminUpdateRentalUnitType = z.infer<typeof AdminUpdateRentalUnit>

export const AdminCreateBlock = z
  .object({ starts_at: dateField("starts_at"), ends_at: dateField("ends_at"), reason: note("reason", 500) })
  .strict()
  .refine((b) => b.starts_at < b.ends_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminCreateBlockType = z.infer<typeof AdminCreateBlock>

export const AdminCalendar = z
  .object({ from: dateField("from").optional(), to: dateField("to").optional(), model_id: textFilter("model_id") })
  .strict()
  .refine((q) => !q.from || !q.to || (q.from <= q.to && q.to.getTime() - q.from.getTime() <= 400 * 86_400_000), { message: "to must be after from and at most 400 days later", path: ["to"] })
export type AdminCalendarType = z.infer<typeof AdminCalendar>

export const AdminConfirmRental = z
  .object({
    is_loan: z.boolean({ message: "is_loan must be true or false" }).optional(),
    units: z.array(z.object({ line_id: text("units.line_id", 100), unit_ids: z.array(text("units.unit_ids", 100), { message: "units.unit_ids must be a list" }).max(100) }).strict(), { message: "units must be a list" }).max(20).optional(),
  })
  .strict()
export type AdminConfirmRentalType = z.infer<typeof AdminConfirmRental>

export const AdminRejectRental = z.object({ reason: text("reason", 1000) }).strict()
export type AdminRejectRentalType = z.infer<typeof AdminRejectRental>

const photo = z
  .object({ filename: text("photos.filename"), mime_type: text("photos.mime_type", 100), content: z.string({ message: "photos.content must be base64 text" }).min(1).max(14_000_000, { message: "photos.content is larger than 10 MB" }) })
  .strict()
  .superRefine(acceptFileTypes(PHOTO_FILE_TYPES, "photos."))

const handover = {
  performed_at: dateField("performed_at").optional(),
  condition_notes: note("condition_notes"),
  client_signature_name: note("client_signature_name", 200),
  staff_signature_name: note("staff_signature_name", 200),
  units: z
    .array(
      z
        .object({
          unit_id: text("units.unit_id", 100),
          condition: note("units.condition", 1000),
          readings: z.array(z.object({ meter_id: text("units.readings.meter_id", 100), value: amount("units.readings.value") }).strict(), { message: "units.readings must be a list" }).max(10).optional(),
        })
        .strict(),
      { message: "units must be a list" }
    )
    .max(200),
  photos: z.array(photo, { message: "photos must be a list" }).max(10).optional(),
}

export const AdminExitRental = z.object(handover).strict()
export type AdminExitRentalType = z.infer<typeof AdminExitRental>
export const AdminReturnRental = z
  .object({
    ...handover,
    damage: z.boolean({ message: "damage must be true or false" }).optional(),
    damage_amount: amount("damage_amount").optional(),
    damage_note: note("damage_note", 1000),
    missing_items: note("missing_items", 1000),
  })
  .strict()
export type AdminReturnRentalType = z.infer<typeof AdminReturnRental>

