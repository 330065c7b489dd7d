/** States of the intervention forms, shared by the server actions and the client components. */
import type { BookingRule, Slot } from "@/lib/data/interventions"

/** Keys of `Interventions.errors` in messages/interventions/*.json. */
export type InterventionError =
  | "description_required"
  | "site_required"
  | "too_long"
  | "slot_required"
  | "invalid"
  | "refused"
  | "conflict"
  | "forbidden"
  | "not_found"
  | "unavailable"

export type InterventionFormState = {
  error: InterventionError | null
  /** Which rule refused a reschedule or a cancellation, to say it in the client's language. */
  rule: BookingRule | null
  /** The backend's own explanation of a refusal. */
  detail: string | null
  /** Fresh slots offered with a lost race for a slot. */
  alternatives: Slot[]
  done: boolean
  /** What a successful slot form did: the confirmation says "booked" or "moved" even once the page shows the new state. */
  outcome: "booked" | "moved" | null
  /** Changes on every answer, so a form can reset its fields after a success. */
  version: number
}

export const initialInterventionFormState: InterventionFormState = { error: null, rule: null, detail: null, alternatives: [], done: false, outcome: null, version: 0 }
