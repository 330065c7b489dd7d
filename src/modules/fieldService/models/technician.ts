import { model } from "@medusajs/framework/utils"
import type { WorkingHours } from "../contract"
import { TechnicianAbsence } from "./technician-absence"

/** A person who goes on site. Working hours are local times in `time_zone`; travel starts and ends at the home base. */
export const Technician = model
  .define("field_technician", {
    id: model.id({ prefix: "tech" }).primaryKey(),
    name: model.text().searchable(),
    email: model.text().nullable(),
    phone: model.text().nullable(),
    skills: model.array().default([]),
    home_latitude: model.float(),
    home_longitude: model.float(),
    time_zone: model.text().default("UTC"),
    working_hours: model.json<WorkingHours>(),
    /** The Medusa admin user this technician signs in as, if any. */
    user_id: model.text().nullable(),
    active: model.boolean().default(true),
    absences: model.hasMany(() => TechnicianAbsence, { mappedBy: "technician" }),
  })
  .cascades({ delete: ["absences"] })
