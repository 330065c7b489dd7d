import { z } from "@medusajs/framework/zod"

const whole = (field: string, min: number, max: number) =>
  z
    .number({ message: `${field} must be a number` })
    .int({ message: `${field} must be a whole number` })
    .min(min, { message: `${field} must be at least ${min}` })
    .max(max, { message: `${field} must be at most ${max}` })
const flag = (field: string) => z.boolean({ message: `${field} must be true or false` })

/** The interventions' settings staff may change; any field left out keeps its value. */
export const AdminUpdateFieldServiceSettings = z
  .object({
    min_notice_hours: whole("min_notice_hours", 0, 24 * 60),
    max_reschedules: whole("max_reschedules", 0, 100),
    reschedule_deadline_hours: whole("reschedule_deadline_hours", 0, 24 * 60),
    cancel_deadline_hours: whole("cancel_deadline_hours", 0, 24 * 60),
    planning_visible: flag("planning_visible"),
    auto_confirm_bookings: flag("auto_confirm_bookings"),
    booking_horizon_days: whole("booking_horizon_days", 1, 31),
    slot_step_minutes: whole("slot_step_minutes", 5, 240),
    distance: z
      .object({
        road_factor: z.number({ message: "distance.road_factor must be a number" }).min(1, { message: "distance.road_factor must be at least 1" }).max(5, { message: "distance.road_factor must be at most 5" }),
        average_speed_kmh: z
          .number({ message: "distance.average_speed_kmh must be a number" })
          .min(5, { message: "distance.average_speed_kmh must be at least 5" })
          .max(200, { message: "distance.average_speed_kmh must be at most 200" }),
      }, { message: "distance must be an object" })
      .partial()
      .strict(),
  })
  .partial()
  .strict()
export type AdminUpdateFieldServiceSettingsType = z.infer<typeof AdminUpdateFieldServiceSettings>
