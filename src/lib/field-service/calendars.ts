import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import type { FieldServiceSettings, Slot, WorkingHours } from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"
import { findSlots, type FoundSlot, type TechnicianCalendar } from "./slots"
import { greatCircleTravel, type Point } from "./travel"

const DAY = 86_400_000

/**
 * The calendars of active technicians (all, or the given ones) over [from, to): absences and live appointments,
 * a day wider on each side so that travel from the evening before or to the next morning is seen. Three queries.
 */
export async function loadCalendars(container: MedusaContainer, from: number, to: number, technicianIds?: string[]): Promise<TechnicianCalendar[]> {
  const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
  const technicians = await service.listTechnicians(
    { active: true, ...(technicianIds ? { id: technicianIds } : {}) },
    { select: ["id", "name", "skills", "home_latitude", "home_longitude", "time_zone", "working_hours"] }
  )
  if (!technicians.length) return []
  const ids = technicians.map((t) => t.id)
  const [absences, busy] = await Promise.all([
    service.listTechnicianAbsences(
      { technician_id: ids, starts_at: { $lt: new Date(to + DAY) }, ends_at: { $gt: new Date(from - DAY) } },
      { select: ["id", "technician_id", "starts_at", "ends_at"] }
    ),
    service.listBusyIntervals(ids, new Date(from - DAY), new Date(to + DAY)),
  ])
  return technicians.map((t) => ({
    id: t.id,
    name: t.name,
    skills: (t.skills as string[]) ?? [],
    home: { latitude: t.home_latitude, longitude: t.home_longitude },
    time_zone: t.time_zone,
    working_hours: t.working_hours as WorkingHours,
    absences: absences
      .filter((a) => (a as unknown as { technician_id: string }).technician_id === t.id)
      .map((a) => ({ start: new Date(a.starts_at).getTime(), end: new Date(a.ends_at).getTime() })),
    appointments: busy
      .filter((b) => b.technician_id === t.id)
      .map((b) => ({
        id: b.id,
        number: b.number,
        start: b.start.getTime(),
        end: b.end.getTime(),
        place: b.latitude !== null && b.longitude !== null ? { latitude: b.latitude, longitude: b.longitude } : null,
      })),
  }))
}

/** What the booking assistant needs of an intervention. */
export type BookingSubject = {
  id: string
  latitude: number | null
  longitude: number | null
  type: { default_duration_minutes: number; required_skills: string[] | null } | null
}

/** The place of a visit, or a 400 naming the missing coordinates: travel cannot be computed without them. */
export function placeOf(i: Pick<BookingSubject, "latitude" | "longitude">): Point {
  if (i.latitude === null || i.longitude === null) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "latitude: the intervention's address has no coordinates, so no slot can be computed; staff will schedule it")
  }
  return { latitude: i.latitude, longitude: i.longitude }
}

export const durationOf = (i: BookingSubject) => i.type?.default_duration_minutes ?? 60

/** The proposed slots of an intervention over [from, to), ranked, one per start time. */
export async function slotsFor(
  container: MedusaContainer,
  i: BookingSubject,
  settings: FieldServiceSettings,
  range: { from: number; to: number; limit?: number; now?: number }
): Promise<FoundSlot[]> {
  const place = placeOf(i)
  const calendars = await loadCalendars(container, range.from, range.to)
  return findSlots(calendars, {
    place,
    duration_minutes: durationOf(i),
    required_skills: i.type?.required_skills ?? [],
    from: range.from,
    to: range.to,
    now: range.now ?? Date.now(),
    min_notice_minutes: settings.min_notice_hours * 60,
    step_minutes: settings.slot_step_minutes,
    travel: greatCircleTravel(settings.distance),
    ignore_appointment_id: i.id,
    best_per_start: true,
    limit: range.limit ?? 200,
  })
}

export const presentSlot = (s: FoundSlot): Slot => ({
  start: new Date(s.start).toISOString(),
  end: new Date(s.end).toISOString(),
  technician: { id: s.technician_id, name: s.technician_name },
  added_travel_minutes: s.added_travel_minutes,
})
