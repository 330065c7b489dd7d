/** States of the quote page's forms, shared by the server actions and the client components. */

/** Keys of `Quotes.errors` in messages/quotes/*.json. */
export type QuoteError =
  | "signature_required"
  | "reason_required"
  | "body_required"
  | "too_long"
  | "forbidden"
  | "not_found"
  | "refused"
  | "unavailable"

export type QuoteFormState = {
  error: QuoteError | null
  /** The backend's own explanation of a refusal (expired, superseded, already accepted…). */
  detail: string | null
  done: boolean
  /** Changes on every answer, so a form can reset its fields after a success. */
  version: number
}

export const initialQuoteFormState: QuoteFormState = { error: null, detail: null, done: false, version: 0 }
