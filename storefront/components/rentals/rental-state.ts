/** States of the rental forms, shared by the server actions and the client components. */

/** Keys of `Rentals.errors` in messages/rentals/*.json. */
export type RentalError =
  | "lines_required"
  | "quantity_invalid"
  | "dates_invalid"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "refused"
  | "unavailable"

export type RentalFormState = {
  error: RentalError | null
  /** The backend's own explanation of a refusal (the rule, the dates a unit is taken). */
  detail: string | null
  done: boolean
  /** Changes on every answer, so a form can react once per answer. */
  version: number
}

export const initialRentalFormState: RentalFormState = { error: null, detail: null, done: false, version: 0 }

/** A cancellation's or a change's cost as the backend worked it out before the client confirms. */
export type RentalPreview = { fee: number; currency_code: string; refusal: string | null; estimated_total: number | null }

export type RentalPreviewState = RentalFormState & {
  preview: RentalPreview | null
  /** The dates the preview was made for; confirming sends exactly these. */
  from: string
  to: string
}

export const initialRentalPreviewState: RentalPreviewState = { ...initialRentalFormState, preview: null, from: "", to: "" }
