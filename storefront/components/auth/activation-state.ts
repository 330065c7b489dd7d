/** State of the activation form (letter code + e-mail code), shared by the action and the form. */

/** Keys of `Activate.errors` in messages/*.json. */
export type ActivationError =
  | "letter_required"
  | "email_required"
  | "invalid"
  | "rate_limited"
  | "rate_limited_unknown"
  | "unavailable"

export type ActivationState = {
  /** What was typed on the letter's line, kept after an error (the e-mail code is typed again). */
  letterCode: string
  error: ActivationError | null
  errorField: "letter_code" | "email_code" | null
  waitMinutes: number
}

export const initialActivationState: ActivationState = {
  letterCode: "",
  error: null,
  errorField: null,
  waitMinutes: 0,
}
