/** State of the two-step sign-in form, shared by the action and the form. */

export type SignInStep = "identifier" | "code"

/** Keys of `SignIn.errors` in messages/*.json. */
export type SignInError =
  | "identifier_required"
  | "identifier_invalid"
  | "code_format"
  | "code_invalid"
  | "code_dead"
  | "rate_limited"
  | "rate_limited_unknown"
  | "resend_too_soon"
  | "unavailable"

export type SignInState = {
  step: SignInStep
  /** The e-mail or phone number the code was sent to (kept between steps). */
  identifier: string
  error: SignInError | null
  /** Which field the error belongs to, for aria-invalid / aria-describedby. */
  errorField: "identifier" | "code" | null
  /** True right after "send a new code" succeeded. */
  codeResent: boolean
  /** When the last code was sent (ms since epoch, server clock): the resend countdown starts there. */
  codeSentAt: number
  /** Wrong codes typed since the last code was sent; the backend kills a code after MAX_CODE_ATTEMPTS. */
  failedAttempts: number
  /** For `rate_limited` and `resend_too_soon`: how long to wait, in whole minutes / seconds. */
  waitMinutes: number
  waitSeconds: number
}

export const initialSignInState: SignInState = {
  step: "identifier",
  identifier: "",
  error: null,
  errorField: null,
  codeResent: false,
  codeSentAt: 0,
  failedAttempts: 0,
  waitMinutes: 0,
  waitSeconds: 0,
}

/** Seconds before "send a new code" may be used again. */
export const RESEND_DELAY_SECONDS = 60

/** Wrong tries after which the backend refuses the code for good (issue 3). */
export const MAX_CODE_ATTEMPTS = 5

/** Submit buttons' `name="intent"` values. */
export type SignInIntent = "request" | "verify" | "resend" | "restart"
