import { model } from "@medusajs/framework/utils"
import { SLIP_KINDS } from "../contract"
import { RentalReservation } from "./rental-reservation"

export type SlipUnitEntry = {
  unit_id: string
  equipment_id: string
  serial_number: string
  name: string
  condition: string | null
  readings: { meter_id: string; meter_name: string; unit: string; value: number; reading_id: string | null; status: string | null }[]
}
export type SlipPhoto = { file_id: string; name: string; mime_type: string }

/**
 * An exit slip (BS: the units leave) or a return slip (BR: they come back), as signed: condition, photos,
 * meter readings (also written to the fleet's meters), names of who signed, damage and missing items.
 */
export const RentalSlip = model
  .define("rental_slip", {
    id: model.id({ prefix: "rslp" }).primaryKey(),
    kind: model.enum([...SLIP_KINDS]),
    number: model.text().unique(),
    performed_at: model.dateTime(),
    condition_notes: model.text().nullable(),
    client_signature_name: model.text().nullable(),
    staff_signature_name: model.text().nullable(),
    damage: model.boolean().default(false),
    missing_items: model.text().nullable(),
    units: model.json<SlipUnitEntry[]>(),
    photos: model.json<SlipPhoto[]>().nullable(),
    reservation: model.belongsTo(() => RentalReservation, { mappedBy: "slips" }),
  })
  // One exit and one return per reservation.
  .indexes([{ on: ["reservation_id", "kind"], unique: true }])
