/** States of the support forms, shared by the server actions and the client components. */

/** Keys of `Support.errors` in messages/support/*.json. */
export type SupportError =
  | "category_required"
  | "subject_required"
  | "body_required"
  | "too_long"
  | "too_many_files"
  | "file_too_large"
  | "files_too_large"
  | "file_type"
  | "nothing_changed"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "conflict"
  | "unavailable"

export type SupportFormState = {
  error: SupportError | null
  /** The field the error is about (the id suffix of its input), to point at it. */
  field: string | null
  /** The backend's own explanation of a refusal (it names the field and the limit). */
  detail: string | null
  done: boolean
  /** Changes on every answer, so a form can reset its fields after a success. */
  version: number
  /** What was typed, put back after an error (a form without JavaScript comes back empty otherwise). */
  values: Record<string, string>
}

export const initialSupportFormState: SupportFormState = { error: null, field: null, detail: null, done: false, version: 0, values: {} }
