/** State of the two-step sign-in form, shared by the action and the form. */

export type SignInStep = "identifier" | "code"

/** Keys of `SignIn.errors` in messages/*.json. */
export type SignInError =
  | "identifier_required"
  | "identifier_invalid"
  | "code_format"
  | "code_invalid"
  | "rate_limited"
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
}

export const initialSignInState: SignInState = {
  step: "identifier",
  identifier: "",
  error: null,
  errorField: null,
  codeResent: false,
}

/** Submit buttons' `name="intent"` values. */
export type SignInIntent = "request" | "verify" | "resend" | "restart"
