"use server"

import { revalidatePath } from "next/cache"
import { submitReading } from "@/lib/data/fleet"
import type { ReadingError, ReadingField, ReadingState } from "./reading-state"

/** Photos above this are refused here, before the upload reaches the backend. */
const MAX_PHOTO_BYTES = 8 * 1024 * 1024

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/**
 * `datetime-local` gives a wall-clock time without a zone; the form sends the browser's offset in
 * minutes beside it (`tz_offset`, filled by the form) so the time is read as the client meant it.
 */
function toIso(local: string, offsetMinutes: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null
  // Read as if UTC, then shifted by the browser's offset to the real instant.
  const utc = Date.parse(`${local}:00Z`) + offsetMinutes * 60_000
  return Number.isFinite(utc) ? new Date(utc).toISOString() : null
}

/** Saves a client's meter reading; each refusal comes back next to the field the backend named. */
export async function submitReadingAction(previous: ReadingState, formData: FormData): Promise<ReadingState> {
  const values = { value: text(formData, "value"), read_at: text(formData, "read_at"), note: text(formData, "note") }
  const equipmentId = text(formData, "equipment_id")
  const meterId = text(formData, "meter_id")
  const version = previous.version + 1
  const fail = (error: ReadingError, errorField: ReadingField | null, detail: string | null = null): ReadingState => ({
    values,
    error,
    errorField,
    detail,
    saved: null,
    version,
  })

  if (!values.value) return fail("value_required", "value")
  const value = Number(values.value.replace(",", "."))
  if (!Number.isFinite(value) || value < 0) return fail("value_invalid", "value")
  let readAt: string | undefined
  if (values.read_at) {
    const offset = Number(text(formData, "tz_offset")) || 0
    const iso = toIso(values.read_at, offset)
    if (!iso) return fail("read_at_invalid", "read_at")
    // A minute of slack for clocks that disagree; the backend checks again.
    if (new Date(iso).getTime() > Date.now() + 60_000) return fail("read_at_future", "read_at")
    readAt = iso
  }
  const photoEntry = formData.get("photo")
  const photo = photoEntry instanceof File && photoEntry.size > 0 ? photoEntry : undefined
  if (photo && (!photo.type.startsWith("image/") || photo.size > MAX_PHOTO_BYTES)) return fail("photo_invalid", "photo")

  const result = await submitReading(equipmentId, meterId, { value, read_at: readAt, note: values.note || undefined, photo })
  if (!result.ok) {
    if (result.reason === "invalid") return fail("refused", result.field ?? null, result.message ?? null)
    return fail(result.reason, null)
  }
  revalidatePath("/[locale]/fleet/[id]", "page")
  return {
    values: initialValues(),
    error: null,
    errorField: null,
    detail: null,
    saved: result.reading.status === "to_review" ? "to_review" : "accepted",
    version,
  }
}

function initialValues(): ReadingState["values"] {
  return { value: "", read_at: "", note: "" }
}
