/** State of a portal action's form, shared by the server action and the client component. */
import type { InterventionError } from "./intervention-state"
import type { PortalActionRule } from "@/lib/data/interventions"

export type PortalActionFormState = {
  error: InterventionError | "answer_required" | null
  /** Which condition refused the action, to say it in the client's language. */
  rule: PortalActionRule | null
  /** The backend's own explanation of a refusal. */
  detail: string | null
  /** The intervention the action created (its number for the confirmation), or the one it closed. */
  result: { id: string; number: string; created: boolean } | null
  version: number
}

export const initialPortalActionFormState: PortalActionFormState = { error: null, rule: null, detail: null, result: null, version: 0 }
