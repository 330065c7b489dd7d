/** State of the invite form (account admins invite colleagues), shared by the action and the form. */

export type InviteField = "email" | "first_name" | "last_name" | "role" | "site_ids"

/** Keys of `Members.errors` in messages/*.json. */
export type InviteError =
  | "email_required"
  | "email_invalid"
  | "first_name_required"
  | "last_name_required"
  | "role_invalid"
  | "site_ids_invalid"
  | "invalid"
  | "forbidden"
  | "unavailable"

export type InviteValues = { email: string; first_name: string; last_name: string; role: string; site_ids: string[] }

export type InviteState = {
  /** What was typed, put back after an error; cleared after a successful invitation. */
  values: InviteValues
  error: InviteError | null
  errorField: InviteField | null
  /** The e-mail of the colleague just invited, for the confirmation. */
  invited: string | null
  /** Changes on every answer, so the form remounts with the values above. */
  version: number
}

export const emptyInviteValues: InviteValues = { email: "", first_name: "", last_name: "", role: "viewer", site_ids: [] }

export const initialInviteState: InviteState = { values: emptyInviteValues, error: null, errorField: null, invited: null, version: 0 }
