import { z } from "@medusajs/framework/zod"
import { isTimeZone, minutesOfDay } from "../../../../lib/field-service/time-zones"
import { WEEKDAYS } from "../../../../modules/fieldService/contract"
import { dateField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { skillList } from "../intervention-types/validators"

const text = (field: string, max: number) =>
  z.string({ message: `${field} must be text` }).trim().max(max, { message: `${field} must be at most ${max} characters` })

const coordinate = (field: string, limit: number) =>
  z
    .number({ message: `${field} must be a number` })
    .min(-limit, { message: `${field} must be between -${limit} and ${limit}` })
    .max(limit, { message: `${field} must be between -${limit} and ${limit}` })

const timeOfDay = (field: string) =>
  z.string({ message: `${field} must be a time HH:MM` }).refine((t) => minutesOfDay(t) !== null, { message: `${field} must be a time HH:MM` })

const Range = z
  .object({ start: timeOfDay("working_hours.start"), end: timeOfDay("working_hours.end") })
  .strict()
  .refine((r) => minutesOfDay(r.end)! > minutesOfDay(r.start)!, { message: "working_hours: each range must end after it starts" })

/** Per weekday, ordered ranges that do not overlap (`{ "mon": [{ "start": "08:00", "end": "12:00" }, …] }`). */
const WorkingHours = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(Range, { message: `working_hours.${d} must be a list of ranges` }).max(6).optional()])), {
    message: "working_hours must be an object of weekdays",
  })
  .strict()
  .superRefine((hours, ctx) => {
    for (const [day, ranges] of Object.entries(hours) as [string, { start: string; end: string }[] | undefined][]) {
      const sorted = [...(ranges ?? [])].sort((a, b) => minutesOfDay(a.start)! - minutesOfDay(b.start)!)
      for (let i = 1; i < sorted.length; i++) {
        if (minutesOfDay(sorted[i].start)! < minutesOfDay(sorted[i - 1].end)!) {
          ctx.addIssue({ code: "custom", message: `working_hours.${day}: ranges overlap` })
        }
      }
    }
  })

const technicianFields = {
  name: text("name", 200).min(1, { message: "name is required" }),
  email: text("email", 200).nullish(),
  phone: text("phone", 50).nullish(),
  skills: skillList("skills"),
  home_latitude: coordinate("home_latitude", 90),
  home_longitude: coordinate("home_longitude", 180),
  time_zone: text("time_zone", 60).refine(isTimeZone, { message: "time_zone must be an IANA time zone such as Europe/Paris" }),
  working_hours: WorkingHours,
  user_id: text("user_id", 100).nullish(),
  active: z.boolean({ message: "active must be true or false" }),
}

export const AdminCreateTechnician = z
  .object({ ...technicianFields, skills: technicianFields.skills.optional(), time_zone: technicianFields.time_zone.optional(), active: technicianFields.active.optional() })
  .strict()
export type AdminCreateTechnicianType = z.infer<typeof AdminCreateTechnician>

export const AdminUpdateTechnician = z.object(technicianFields).partial().strict()
export type AdminUpdateTechnicianType = z.infer<typeof AdminUpdateTechnician>

export const AdminListTechnicians = listQuery({
  defaultLimit: 50,
  sortable: ["name", "created_at"],
  filters: { q: textFilter("q"), skill: textFilter("skill", 60) },
})
export type AdminListTechniciansType = z.infer<typeof AdminListTechnicians>

export const AdminCreateAbsence = z
  .object({ starts_at: dateField("starts_at"), ends_at: dateField("ends_at"), reason: text("reason", 500).nullish() })
  .strict()
  .refine((a) => a.ends_at > a.starts_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminCreateAbsenceType = z.infer<typeof AdminCreateAbsence>
