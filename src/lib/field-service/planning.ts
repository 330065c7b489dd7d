import type { MedusaContainer } from "@medusajs/framework/types"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import type { InterventionStatus, PlanningBusy, PlanningTechnician } from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"
import { loadCalendars } from "./calendars"
import { workingWindows, type TechnicianCalendar } from "./slots"

type Interval = { start: number; end: number }
export type OwnVisit = { id: string; number: string; status: InterventionStatus; site_id: string; type_name: string | null }

const iso = (t: number) => new Date(t).toISOString()
const clip = (i: Interval, from: number, to: number): Interval | null => {
  const start = Math.max(i.start, from)
  const end = Math.min(i.end, to)
  return end > start ? { start, end } : null
}

/** Intervals merged where they overlap or touch: two other clients' visits back to back read as one busy block. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const merged: Interval[] = []
  for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1]
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end)
    else merged.push({ ...i })
  }
  return merged
}

/**
 * One technician's planning as a client may see it over [from, to): working periods, the client's own visits
 * in full, and everything else (other clients' visits, absences) as bare busy intervals, merged, with no id,
 * number, place or reason. An own visit is cut out of nothing: it is shown as it is.
 */
export function clientPlanningOf(calendar: TechnicianCalendar, own: Map<string, OwnVisit>, from: number, to: number): PlanningTechnician {
  const bare: Interval[] = []
  const mine: PlanningBusy[] = []
  for (const a of calendar.appointments) {
    const shown = clip(a, from, to)
    if (!shown) continue
    const visit = own.get(a.id)
    if (visit) mine.push({ start: iso(shown.start), end: iso(shown.end), intervention: visit })
    else bare.push(shown)
  }
  for (const a of calendar.absences) {
    const shown = clip(a, from, to)
    if (shown) bare.push(shown)
  }
  const busy = [...mergeIntervals(bare).map((i): PlanningBusy => ({ start: iso(i.start), end: iso(i.end), intervention: null })), ...mine].sort(
    (a, b) => a.start.localeCompare(b.start)
  )
  const working = workingWindows(calendar, from, to)
    .map((w) => clip(w, from, to))
    .filter((w): w is Interval => w !== null)
    .map((w) => ({ start: iso(w.start), end: iso(w.end) }))
  return { id: calendar.id, name: calendar.name, working, busy }
}

/**
 * The technicians' planning for a client over [from, to): every active technician's calendar, with the
 * caller's own visits (their account, within their sites) told apart by one query on the appointments' ids.
 */
export async function clientPlanning(
  container: MedusaContainer,
  scope: { account_id: string; site_ids: string[] | null },
  from: number,
  to: number
): Promise<PlanningTechnician[]> {
  const calendars = await loadCalendars(container, from, to)
  const ids = [...new Set(calendars.flatMap((c) => c.appointments.map((a) => a.id)))]
  const own = new Map<string, OwnVisit>()
  if (ids.length && !(scope.site_ids && !scope.site_ids.length)) {
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    const rows = await service.listInterventions(
      { id: ids, account_id: scope.account_id, ...(scope.site_ids ? { site_id: scope.site_ids } : {}) },
      { select: ["id", "number", "status", "site_id", "type.name"], relations: ["type"] }
    )
    for (const r of rows) {
      own.set(r.id, { id: r.id, number: r.number, status: r.status as InterventionStatus, site_id: r.site_id, type_name: (r.type as { name: string } | null)?.name ?? null })
    }
  }
  return calendars.map((c) => clientPlanningOf(c, own, from, to)).sort((a, b) => a.name.localeCompare(b.name))
}
