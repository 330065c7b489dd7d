import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { loadCalendars, durationOf, placeOf } from "../../../lib/field-service/calendars"
import { findIntervention, interventionNotFound } from "../../../lib/field-service/interventions"
import { bookingVerdict, rescheduleVerdict, type RuleVerdict } from "../../../lib/field-service/rules"
import { fieldServiceSettings } from "../../../lib/field-service/settings"
import { checkSlot, placeVisit, type Placement } from "../../../lib/field-service/slots"
import { greatCircleTravel, type TravelModel } from "../../../lib/field-service/travel"
import { INTERVENTION_EVENTS, type InterventionEvent, type InterventionTransition } from "../../../modules/fieldService/contract"
import type { InterventionStateFields } from "../../../modules/fieldService/service"

export type PlacementMode = "book" | "reschedule" | "staff"

export type PlanPlacementInput = {
  intervention_id: string
  /** The client's account (and sites): an intervention outside it is missing. Unset for staff. */
  scope: { account_id: string; site_ids: string[] | null; id: string | null } | null
  technician_id: string
  /** Dates cross the workflow's boundary serialized: read them with `new Date`. */
  start: Date | string
  /** Staff may give the end; clients get the type's duration. */
  end?: Date | string | null
  mode: PlacementMode
}

export type PlacementPlan = {
  id: string
  number: string
  account_id: string
  transition: InterventionTransition
  fields: InterventionStateFields
  event: InterventionEvent
  previous_start: string | null
}

const HOUR = 3_600_000

/** A refusal by the business's rules: 400 whose message starts with the rule's name. */
export const ruleRefusal = (verdict: Extract<RuleVerdict, { ok: false }>) =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, `${verdict.rule}: ${verdict.message}`)

const REASONS: Record<string, string> = {
  overlap: "overlaps",
  travel_from_previous: "leaves no time to travel from",
  travel_to_next: "leaves no time to travel to",
  travel_from_home: "leaves no time to travel from the technician's home base",
  travel_to_home: "leaves no time to travel back to the technician's home base",
  absence: "falls in the technician's absence",
  working_hours: "is outside the technician's working hours",
  skills: "needs skills the technician does not have",
  min_notice: "is too soon",
}

/** "start: this slot overlaps INT-1004": which check failed and with what, for a 409. */
function placementConflict(placed: Extract<Placement, { ok: false }>, forClient: boolean) {
  const what = REASONS[placed.reason] ?? placed.reason
  // Clients never learn another client's visit number; staff need it to resolve the clash.
  const other = placed.appointment && !forClient ? ` ${placed.appointment.number ?? placed.appointment.id}` : placed.appointment ? " another visit" : ""
  const subject = forClient ? "this slot is no longer free: it" : "this time"
  return new MedusaError(MedusaError.Types.CONFLICT, `start: ${subject} ${what}${other}`)
}

const NO_TRAVEL: TravelModel = { minutes: () => 0 }

/**
 * Under the booking's lock, decides whether the intervention may take this technician and time: the client's
 * rules (booking, rescheduling) and the calendar (skills, working hours, travel, absences, other visits) for
 * clients; the calendar without working hours for staff, who may plan overtime. Reads only.
 */
export const planPlacementStep = createStep("plan-field-intervention-placement", async (input: PlanPlacementInput, { container }) => {
  const intervention = await findIntervention(
    container,
    input.intervention_id,
    input.scope ? { account_id: input.scope.account_id, site_ids: input.scope.site_ids, id: input.scope.id } : {}
  )
  if (!intervention) throw interventionNotFound(input.intervention_id)
  const settings = await fieldServiceSettings(container)
  const now = Date.now()
  const start = new Date(input.start).getTime()
  if (input.mode === "book") {
    const verdict = bookingVerdict(intervention, !!intervention.type?.bookable, settings, start, now)
    if (!verdict.ok) throw ruleRefusal(verdict)
  } else if (input.mode === "reschedule") {
    const verdict = rescheduleVerdict(intervention, settings, start, now)
    if (!verdict.ok) throw ruleRefusal(verdict)
  } else if (!["requested", "scheduled"].includes(intervention.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: intervention ${intervention.number} is ${intervention.status} and cannot be scheduled`)
  }
  const duration = durationOf(intervention)
  const end = input.end ? new Date(input.end).getTime() : start + duration * 60_000
  if (end <= start) throw new MedusaError(MedusaError.Types.INVALID_DATA, "end: must be after start")
  const [calendar] = await loadCalendars(container, start - 24 * HOUR, end + 24 * HOUR, [input.technician_id])
  if (!calendar) throw new MedusaError(MedusaError.Types.INVALID_DATA, `technician_id: ${input.technician_id} is not an active technician`)
  const travel = greatCircleTravel(settings.distance)

  if (input.mode === "staff") {
    const hasPlace = intervention.latitude !== null && intervention.longitude !== null
    const others = calendar.appointments.filter((a) => a.id !== intervention.id)
    const placed = placeVisit(calendar, others, hasPlace ? placeOf(intervention) : calendar.home, start, end, hasPlace ? travel : NO_TRAVEL, null)
    if (!placed.ok) throw placementConflict(placed, false)
  } else {
    const placed = checkSlot(
      calendar,
      {
        place: placeOf(intervention),
        duration_minutes: duration,
        required_skills: intervention.type?.required_skills ?? [],
        now,
        min_notice_minutes: settings.min_notice_hours * 60,
        step_minutes: settings.slot_step_minutes,
        travel,
        ignore_appointment_id: intervention.id,
      },
      start
    )
    if (!placed.ok) throw placementConflict(placed, true)
  }

  const confirmed = input.mode === "staff" || settings.auto_confirm_bookings
  const plan: PlacementPlan = {
    id: intervention.id,
    number: intervention.number,
    account_id: intervention.account_id,
    transition: confirmed ? "schedule" : "propose",
    fields: {
      technician_id: input.technician_id,
      scheduled_start: new Date(start),
      scheduled_end: new Date(end),
      ...(input.mode === "reschedule" ? { reschedule_count: intervention.reschedule_count + 1 } : {}),
    },
    event: input.mode === "book" ? INTERVENTION_EVENTS.booked : input.mode === "reschedule" ? INTERVENTION_EVENTS.rescheduled : INTERVENTION_EVENTS.scheduled,
    previous_start: intervention.scheduled_start ? new Date(intervention.scheduled_start).toISOString() : null,
  }
  return new StepResponse(plan)
})
