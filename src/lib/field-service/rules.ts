import type { BookingRule, FieldServiceSettings, InterventionStatus } from "../../modules/fieldService/contract"

const HOUR = 3_600_000

export type RuleVerdict = { ok: true } | { ok: false; rule: BookingRule; message: string }

type Booked = { status: InterventionStatus; scheduled_start: Date | string | null; reschedule_count: number }

const ok: RuleVerdict = { ok: true }
const refuse = (rule: BookingRule, message: string): RuleVerdict => ({ ok: false, rule, message })
const at = (d: Date | string | null) => (d ? new Date(d).getTime() : null)
const hours = (n: number) => `${n} hour${n === 1 ? "" : "s"}`

/** The earliest start a client may book or move to. */
export const earliestBookable = (settings: FieldServiceSettings, now: number) => now + settings.min_notice_hours * HOUR

/** A client booking a slot for a requested intervention of a bookable type. */
export function bookingVerdict(i: Booked, bookable: boolean, settings: FieldServiceSettings, start: number, now: number): RuleVerdict {
  if (!bookable) return refuse("not_bookable", "This type of intervention cannot be booked online; staff will schedule it")
  if (i.status !== "requested" || i.scheduled_start) {
    return refuse("status", `This intervention is ${i.status}${i.scheduled_start ? " and already has a slot" : ""}: reschedule it instead`)
  }
  if (start < earliestBookable(settings, now)) return refuse("min_notice", `A slot must start at least ${hours(settings.min_notice_hours)} from now`)
  return ok
}

/** A client moving a booked intervention: not after the deadline, not more often than allowed, with notice. */
export function rescheduleVerdict(i: Booked, settings: FieldServiceSettings, start: number | null, now: number): RuleVerdict {
  const current = at(i.scheduled_start)
  if (!["requested", "scheduled"].includes(i.status) || current === null) {
    return refuse("status", `This intervention is ${i.status}${current === null ? " without a slot" : ""} and cannot be rescheduled`)
  }
  if (i.reschedule_count >= settings.max_reschedules) {
    return refuse("max_reschedules", `This intervention was already rescheduled ${i.reschedule_count} time(s), the most allowed (${settings.max_reschedules})`)
  }
  if (now > current - settings.reschedule_deadline_hours * HOUR) {
    return refuse("reschedule_deadline", `Rescheduling closes ${hours(settings.reschedule_deadline_hours)} before the visit`)
  }
  if (start !== null && start < earliestBookable(settings, now)) {
    return refuse("min_notice", `A slot must start at least ${hours(settings.min_notice_hours)} from now`)
  }
  return ok
}

/** A client cancelling: a request any time, a booked visit until the deadline; never once the technician left. */
export function cancelVerdict(i: Booked, settings: FieldServiceSettings, now: number): RuleVerdict {
  if (!["requested", "scheduled"].includes(i.status)) return refuse("status", `This intervention is ${i.status} and can no longer be cancelled`)
  const current = at(i.scheduled_start)
  if (current !== null && now > current - settings.cancel_deadline_hours * HOUR) {
    return refuse("cancel_deadline", `Cancelling closes ${hours(settings.cancel_deadline_hours)} before the visit`)
  }
  return ok
}
