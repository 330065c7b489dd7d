import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { PortalEventData } from "../../lib/alerts/types"
import { checkMeterReadingStep, createMeterReadingStep, reviewMeterReadingStep, type ReadingData } from "./steps/meter-readings"
import { refreshNextDueStep } from "./steps/refresh-next-due"

export const READING_SUBMITTED_EVENT = "portal.fleet.reading_submitted"
export const READING_FLAGGED_EVENT = "portal.fleet.reading_flagged"

/** A photo of the meter sent with a reading: the file's bytes, base64. */
export type ReadingPhoto = { filename: string; mime_type: string; content: string }

export type AddMeterReadingInput = ReadingData & {
  photo?: ReadingPhoto | null
  /** Who read it, for the staff alert ("Claire Martin (Acme)"). */
  actor_customer_id?: string | null
  actor_name?: string | null
}

/**
 * Adds a reading after checking it (see the check step). A client's reading tells staff
 * (`portal.fleet.reading_submitted`); any reading held for review alerts them (`portal.fleet.reading_flagged`).
 * The photo goes to Medusa's file module as a private file, removed again if anything after fails.
 * Readings of one meter are checked and stored one at a time, under a lock.
 */
export const addMeterReadingWorkflow = createWorkflow("add-fleet-meter-reading", (input: AddMeterReadingInput) => {
  // One reading of a meter at a time: two sent together must not both pass "not lower than the previous".
  const lockKey = transform({ input }, ({ input }) => `fleet-meter-reading:${input.meter_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
  const checked = checkMeterReadingStep(input)

  const uploaded = when({ input }, ({ input }) => !!input.photo).then(() => {
    const files = transform({ input }, ({ input }) => ({
      files: [{ filename: input.photo!.filename, mimeType: input.photo!.mime_type, content: input.photo!.content, access: "private" as const }],
    }))
    return uploadFilesStep(files)
  })

  const data = transform({ input, checked, uploaded }, ({ input, checked, uploaded }) => ({
    meter_id: input.meter_id,
    value: input.value,
    read_at: checked.read_at,
    source: input.source,
    status: checked.status,
    note: [input.note, checked.reason].filter(Boolean).join(" — ") || null,
    photo_file_id: uploaded?.[0]?.id ?? null,
    replacement: !!input.replacement,
  }))
  const reading = createMeterReadingStep(data)
  releaseLockStep({ key: lockKey })
  refreshNextDueStep(transform({ input }, ({ input }) => [input.equipment_id]))

  const eventData = transform({ input, checked, reading }, ({ input, checked, reading }): PortalEventData => ({
    id: reading.id,
    account_id: checked.account_id,
    actor_customer_id: input.actor_customer_id ?? null,
    actor_name: input.actor_name ?? null,
    equipment_id: input.equipment_id,
    equipment_name: checked.equipment_name,
    meter_id: input.meter_id,
    meter_name: checked.meter_name,
    value: reading.value,
    status: reading.status,
    reason: checked.reason,
  }))
  when({ input }, ({ input }) => input.source === "client").then(() => {
    emitEventStep({ eventName: READING_SUBMITTED_EVENT, data: eventData }).config({ name: "emit-reading-submitted" })
  })
  when({ checked }, ({ checked }) => checked.status === "to_review").then(() => {
    emitEventStep({ eventName: READING_FLAGGED_EVENT, data: eventData }).config({ name: "emit-reading-flagged" })
  })
  return new WorkflowResponse(reading)
})

/** Staff accept or reject a reading held for review; an accepted one may move the machine's due dates. */
export const reviewMeterReadingWorkflow = createWorkflow(
  "review-fleet-meter-reading",
  (input: { id: string; decision: "accept" | "reject"; note?: string | null }) => {
    const reviewed = reviewMeterReadingStep(input)
    refreshNextDueStep(transform({ reviewed }, ({ reviewed }) => [reviewed.equipment_id]))
    return new WorkflowResponse(transform({ reviewed }, ({ reviewed }) => reviewed.reading))
  }
)
