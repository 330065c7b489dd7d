import { model } from "@medusajs/framework/utils"
import { RentalReservation } from "./rental-reservation"

/**
 * A unit given to a reservation line, from `starts_at` to `blocked_until` (the reservation's end plus the
 * model's buffer, or the actual return plus the buffer). The migration adds `during`, the tstzrange of those
 * two, and an exclusion constraint over (unit_id, during) for live rows: no unit is ever given twice for
 * overlapping times, whatever path wrote the row.
 */
export const RentalAssignment = model
  .define("rental_assignment", {
    id: model.id({ prefix: "rasg" }).primaryKey(),
    unit_id: model.text(),
    line_id: model.text(),
    starts_at: model.dateTime(),
    blocked_until: model.dateTime(),
    /** False once the reservation is cancelled or rejected: the row stays as history and frees its range. */
    live: model.boolean().default(true),
    reservation: model.belongsTo(() => RentalReservation, { mappedBy: "assignments" }),
  })
  .indexes([{ on: ["reservation_id"] }, { on: ["unit_id", "starts_at"] }])
