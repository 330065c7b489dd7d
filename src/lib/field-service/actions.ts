import type { InterventionStatus, PortalAction, PortalActionRule } from "../../modules/fieldService/contract"

const HOUR = 3_600_000
const DAY = 24 * HOUR

type Subject = {
  status: InterventionStatus
  scheduled_start: Date | string | null
  completed_at: Date | string | null
  /** The client closed it already (answered its survey): a close action shows no more. */
  closed?: boolean
}

export type ActionRefusal = { rule: PortalActionRule; message: string }

const hours = (n: number) => `${n} hour${n === 1 ? "" : "s"}`

/**
 * Which of a type's action conditions does not hold for an intervention now (null when the action applies):
 * every condition given must hold. A condition on the start needs a start, one on completion a completion
 * date; an action without conditions always applies, except a close once the client closed the intervention.
 */
export function actionRefusal(action: PortalAction, i: Subject, now: number): ActionRefusal | null {
  const c = action.conditions ?? {}
  if (action.kind === "close" && i.closed) return { rule: "closed", message: "closed: this intervention was already closed" }
  if (c.statuses?.length && !c.statuses.includes(i.status)) {
    return { rule: "statuses", message: `statuses: this action is offered while the intervention is ${c.statuses.join(" or ")}; it is ${i.status}` }
  }
  const start = i.scheduled_start ? new Date(i.scheduled_start).getTime() : null
  if (c.min_hours_before_start !== undefined && (start === null || start - now < c.min_hours_before_start * HOUR)) {
    return {
      rule: "min_hours_before_start",
      message: `min_hours_before_start: this action closes ${hours(c.min_hours_before_start)} before the visit${start === null ? ", which has no date yet" : ""}`,
    }
  }
  if (c.max_hours_before_start !== undefined && (start === null || start - now > c.max_hours_before_start * HOUR)) {
    return {
      rule: "max_hours_before_start",
      message: `max_hours_before_start: this action opens ${hours(c.max_hours_before_start)} before the visit${start === null ? ", which has no date yet" : ""}`,
    }
  }
  if (c.done_within_days !== undefined) {
    const done = i.completed_at ? new Date(i.completed_at).getTime() : null
    if (i.status !== "done" || done === null || now - done > c.done_within_days * DAY) {
      return { rule: "done_within_days", message: `done_within_days: this action is offered during ${c.done_within_days} day(s) after the visit is done` }
    }
  }
  return null
}

/** Whether a type's portal action shows for an intervention now. */
export const actionApplies = (action: PortalAction, i: Subject, now: number): boolean => actionRefusal(action, i, now) === null

export const applicableActions = (actions: PortalAction[] | null | undefined, i: Subject, now: number) =>
  (actions ?? []).filter((a) => actionApplies(a, i, now))
