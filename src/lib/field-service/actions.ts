import type { InterventionStatus, PortalAction } from "../../modules/fieldService/contract"

const HOUR = 3_600_000
const DAY = 24 * HOUR

type Subject = { status: InterventionStatus; scheduled_start: Date | string | null; completed_at: Date | string | null }

/**
 * Whether a type's portal action shows for an intervention now: every condition given must hold. A condition
 * on the start needs a start, one on completion a completion date; an action without conditions always shows.
 */
export function actionApplies(action: PortalAction, i: Subject, now: number): boolean {
  const c = action.conditions ?? {}
  if (c.statuses?.length && !c.statuses.includes(i.status)) return false
  const start = i.scheduled_start ? new Date(i.scheduled_start).getTime() : null
  if (c.min_hours_before_start !== undefined && (start === null || start - now < c.min_hours_before_start * HOUR)) return false
  if (c.max_hours_before_start !== undefined && (start === null || start - now > c.max_hours_before_start * HOUR)) return false
  if (c.done_within_days !== undefined) {
    const done = i.completed_at ? new Date(i.completed_at).getTime() : null
    if (i.status !== "done" || done === null || now - done > c.done_within_days * DAY) return false
  }
  return true
}

export const applicableActions = (actions: PortalAction[] | null | undefined, i: Subject, now: number) =>
  (actions ?? []).filter((a) => actionApplies(a, i, now))
