"use server"

import { revalidatePath } from "next/cache"
import { createChangeRequest } from "@/lib/data/support"
import type { SupportFormState } from "./support-state"

/**
 * Sends the fields whose proposed value differs from the current one (an emptied field proposes no value).
 * Nothing changed is answered next to the form, without a request.
 */
export async function requestChangesAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const values: Record<string, string> = {}
  const fields: { field: string; proposed_value: string | null }[] = []
  for (const [name, raw] of formData.entries()) {
    if (!name.startsWith("proposed:") || typeof raw !== "string") continue
    const field = name.slice("proposed:".length)
    const proposed = raw.trim()
    values[field] = proposed
    const current = formData.get(`current:${field}`)
    if (proposed !== (typeof current === "string" ? current : "")) fields.push({ field, proposed_value: proposed || null })
  }
  const note = formData.get("note")
  values.note = typeof note === "string" ? note.trim() : ""
  const version = previous.version + 1
  const fail = (error: SupportFormState["error"], detail: string | null = null): SupportFormState => ({ error, field: null, detail, done: false, version, values })
  if (!fields.length) return fail("nothing_changed")
  const target = formData.get("target") === "site" ? "site" : "account"
  const siteId = formData.get("site_id")
  const result = await createChangeRequest({
    target,
    site_id: target === "site" && typeof siteId === "string" ? siteId : null,
    note: values.note || null,
    fields,
  })
  if (!result.ok) return fail(result.reason, result.reason === "invalid" || result.reason === "conflict" ? (result.message ?? null) : null)
  revalidatePath("/[locale]", "layout")
  return { error: null, field: null, detail: null, done: true, version, values: {} }
}
