import { WEEKDAYS, type WorkingHours } from "../../modules/fieldService/contract"
import { localParts, minutesOfDay, zonedToInstant } from "./time-zones"
import type { Point, TravelModel } from "./travel"

const MINUTE = 60_000

export type Appointment = { id: string; number?: string; start: number; end: number; place: Point | null }

/** What the assistant knows of one technician over the searched range; instants in milliseconds. */
export type TechnicianCalendar = {
  id: string
  name: string
  skills: string[]
  home: Point
  time_zone: string
  working_hours: WorkingHours
  absences: { start: number; end: number }[]
  /** Live appointments, any order. */
  appointments: Appointment[]
}

export type SlotSearch = {
  place: Point
  duration_minutes: number
  required_skills: string[]
  /** Starts from `from` (inclusive) to `to` (exclusive). */
  from: number
  to: number
  now: number
  min_notice_minutes: number
  step_minutes: number
  travel: TravelModel
  /** The intervention being moved: its own appointment does not block its new slot. */
  ignore_appointment_id?: string | null
  /** One slot per start time (the technician adding least travel), as clients choose a time, not a person. */
  best_per_start?: boolean
  limit?: number
}

export type FoundSlot = { start: number; end: number; technician_id: string; technician_name: string; added_travel_minutes: number }

type Window = { start: number; end: number }
type Leg = { place: Point; at: number; appointment: Appointment | null }

const weekdayOf = (year: number, month: number, day: number) => WEEKDAYS[(new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7]

/** The technician's working windows (instants) on local days touching [from, to). */
export function workingWindows(calendar: Pick<TechnicianCalendar, "time_zone" | "working_hours">, from: number, to: number): Window[] {
  const windows: Window[] = []
  const first = localParts(from, calendar.time_zone)
  // Local days from the day before `from` (a window may start the evening before in UTC) to `to`'s.
  for (let date = Date.UTC(first.year, first.month - 1, first.day - 1); date <= to + 86_400_000; date += 86_400_000) {
    const d = new Date(date)
    const [year, month, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    for (const range of calendar.working_hours[weekdayOf(year, month, day)] ?? []) {
      const startMin = minutesOfDay(range.start)
      const endMin = minutesOfDay(range.end)
      if (startMin === null || endMin === null || endMin <= startMin) continue
      const start = zonedToInstant(year, month, day, startMin, calendar.time_zone)
      const end = zonedToInstant(year, month, day, endMin, calendar.time_zone)
      if (end > from && start < to + 86_400_000) windows.push({ start, end })
    }
  }
  return windows.sort((a, b) => a.start - b.start)
}

export type Placement =
  | { ok: true; added_travel_minutes: number; travel_in_minutes: number; travel_out_minutes: number }
  | { ok: false; reason: string; appointment?: Appointment }

/**
 * Whether `[start, end)` at `place` fits the technician's day: no appointment overlaps it, there is time to
 * come from the previous place (appointment, or the home base at the window's start) and to reach the next
 * one (or home by the window's end), and no absence covers the visit or its travel. Without a window (staff
 * placing outside working hours) the previous and next places are the neighbouring appointments of the same
 * day and home otherwise, with no bound at the ends.
 */
export function placeVisit(
  calendar: TechnicianCalendar,
  appointments: Appointment[],
  place: Point,
  start: number,
  end: number,
  travel: TravelModel,
  window: Window | null
): Placement {
  let prev: Leg = { place: calendar.home, at: window ? window.start : -Infinity, appointment: null }
  let next: Leg = { place: calendar.home, at: window ? window.end : Infinity, appointment: null }
  const dayStart = window ? window.start : start - 16 * 60 * MINUTE
  const dayEnd = window ? window.end : end + 16 * 60 * MINUTE
  for (const a of appointments) {
    if (a.end <= dayStart || a.start >= dayEnd) continue
    if (a.start < end && a.end > start) return { ok: false, reason: "overlap", appointment: a }
    if (a.end <= start && a.end > prev.at) prev = { place: a.place ?? calendar.home, at: a.end, appointment: a }
    if (a.start >= end && a.start < next.at) next = { place: a.place ?? calendar.home, at: a.start, appointment: a }
  }
  const travelIn = travel.minutes(prev.place, place)
  const travelOut = travel.minutes(place, next.place)
  if (prev.at + travelIn * MINUTE > start) {
    return prev.appointment ? { ok: false, reason: "travel_from_previous", appointment: prev.appointment } : { ok: false, reason: "travel_from_home" }
  }
  if (end + travelOut * MINUTE > next.at) {
    return next.appointment ? { ok: false, reason: "travel_to_next", appointment: next.appointment } : { ok: false, reason: "travel_to_home" }
  }
  const busyFrom = start - travelIn * MINUTE
  const busyTo = end + travelOut * MINUTE
  if (calendar.absences.some((a) => a.start < busyTo && a.end > busyFrom)) return { ok: false, reason: "absence" }
  const direct = travel.minutes(prev.place, next.place)
  return { ok: true, added_travel_minutes: travelIn + travelOut - direct, travel_in_minutes: travelIn, travel_out_minutes: travelOut }
}

const hasSkills = (calendar: TechnicianCalendar, required: string[]) => required.every((s) => calendar.skills.includes(s))

/**
 * The booking assistant: every start on the step grid of each working window where a technician with the
 * skills can do the whole visit, travel included, outside absences and after the minimum notice; ranked by
 * least added travel, then earliest, then technician.
 */
export function findSlots(calendars: TechnicianCalendar[], search: SlotSearch): FoundSlot[] {
  const duration = search.duration_minutes * MINUTE
  const step = Math.max(5, search.step_minutes) * MINUTE
  const earliest = Math.max(search.from, search.now + search.min_notice_minutes * MINUTE)
  const found: FoundSlot[] = []
  for (const calendar of calendars) {
    if (!hasSkills(calendar, search.required_skills)) continue
    const appointments = calendar.appointments
      .filter((a) => a.id !== search.ignore_appointment_id)
      .sort((a, b) => a.start - b.start)
    for (const window of workingWindows(calendar, search.from, search.to)) {
      const first = window.start + Math.max(0, Math.ceil((earliest - window.start) / step)) * step
      if (first + duration > window.end || first >= search.to) continue
      // Only the window's own appointments matter to its candidates (placeVisit ignores the others).
      const inWindow = appointments.filter((a) => a.end > window.start && a.start < window.end)
      for (let start = first; start + duration <= window.end && start < search.to; start += step) {
        const placed = placeVisit(calendar, inWindow, search.place, start, start + duration, search.travel, window)
        if (placed.ok) {
          found.push({
            start,
            end: start + duration,
            technician_id: calendar.id,
            technician_name: calendar.name,
            added_travel_minutes: placed.added_travel_minutes,
          })
        }
      }
    }
  }
  let ranked = found.sort(
    (a, b) => a.added_travel_minutes - b.added_travel_minutes || a.start - b.start || a.technician_id.localeCompare(b.technician_id)
  )
  if (search.best_per_start) {
    const seen = new Set<number>()
    ranked = ranked.filter((slot) => (seen.has(slot.start) ? false : (seen.add(slot.start), true)))
  }
  return search.limit ? ranked.slice(0, search.limit) : ranked
}

/**
 * Whether one given slot is still free for a client's booking: the same rules as findSlots (skills, working
 * window, travel, absences, notice), for one technician and one start.
 */
export function checkSlot(calendar: TechnicianCalendar, search: Omit<SlotSearch, "from" | "to">, start: number): Placement {
  if (!hasSkills(calendar, search.required_skills)) return { ok: false, reason: "skills" }
  if (start < search.now + search.min_notice_minutes * MINUTE) return { ok: false, reason: "min_notice" }
  const end = start + search.duration_minutes * MINUTE
  const window = workingWindows(calendar, start, end).find((w) => w.start <= start && end <= w.end)
  if (!window) return { ok: false, reason: "working_hours" }
  const appointments = calendar.appointments.filter((a) => a.id !== search.ignore_appointment_id)
  return placeVisit(calendar, appointments, search.place, start, end, search.travel, window)
}
