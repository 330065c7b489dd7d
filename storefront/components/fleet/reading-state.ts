/** State of the meter reading form, shared by the server action and the form. */

export type ReadingField = "value" | "read_at" | "note" | "photo"

/** Keys of `Fleet.reading.errors` in messages/fleet/*.json. */
export type ReadingError =
  | "value_required"
  | "value_invalid"
  | "read_at_invalid"
  | "read_at_future"
  | "photo_invalid"
  | "refused"
  | "forbidden"
  | "not_found"
  | "unavailable"

export type ReadingState = {
  /** What was typed, put back after an error; cleared after a reading is saved. */
  values: { value: string; read_at: string; note: string }
  error: ReadingError | null
  errorField: ReadingField | null
  /** The backend's own explanation of a refusal, shown under the translated one. */
  detail: string | null
  /** The saved reading's outcome: accepted, or kept aside for staff to review. */
  saved: "accepted" | "to_review" | null
  version: number
}

export const initialReadingState: ReadingState = {
  values: { value: "", read_at: "", note: "" },
  error: null,
  errorField: null,
  detail: null,
  saved: null,
  version: 0,
}
