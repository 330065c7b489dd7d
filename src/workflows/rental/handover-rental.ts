import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { SlipPhoto } from "../../modules/rental/models/rental-slip"
import { addChargesStep } from "./steps/add-charges"
import { checkStaffActionStep } from "./steps/check-staff-action"
import { createRentalOrderStep } from "./steps/create-rental-order"
import { planReturnStep } from "./steps/plan-return"
import { recordSlipStep } from "./steps/record-slip"
import { updateReservationStep } from "./steps/update-reservation"

export type HandoverInput = {
  id: string
  performed_at: string
  condition_notes: string | null
  client_signature_name: string | null
  staff_signature_name: string | null
  units: { unit_id: string; condition?: string | null; readings?: { meter_id: string; value: number }[] }[]
  /** Photos of the units, base64: stored as private files of Medusa's file module. */
  photos: { filename: string; mime_type: string; content: string }[]
  lock_owner: string
}

/** The slip's photos as stored: file ids from the upload, names and types from the input. */
const storedPhotos = (input: HandoverInput, uploaded: { id: string }[] | undefined): SlipPhoto[] =>
  (uploaded ?? []).map((file, i) => ({ file_id: file.id, name: input.photos[i].filename, mime_type: input.photos[i].mime_type }))

const uploadInput = (input: HandoverInput) => ({
  files: input.photos.map((p) => ({ filename: p.filename, mimeType: p.mime_type, content: p.content, access: "private" as const })),
})

export type ReturnInput = HandoverInput & { damage: boolean; damage_amount: number; damage_note: string | null; missing_items: string | null }

/** The units leave: exit slip (condition, readings through the fleet's checks, signatures), rental out. */
export const exitRentalWorkflow = createWorkflow("exit-rental", (input: HandoverInput) => {
  const key = transform({ input }, ({ input }) => `portal-rental:${input.id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120, ownerId: input.lock_owner })
  const reservation = checkStaffActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "handed over", from: ["confirmed" as const] })))
  const uploaded = when({ input }, ({ input }) => input.photos.length > 0).then(() => uploadFilesStep(transform({ input }, ({ input }) => uploadInput(input))))
  const slip = recordSlipStep(
    transform({ input, reservation, uploaded }, ({ input, reservation, uploaded }) => ({
      reservation_id: reservation.id,
      kind: "exit" as const,
      performed_at: input.performed_at,
      condition_notes: input.condition_notes,
      client_signature_name: input.client_signature_name,
      staff_signature_name: input.staff_signature_name,
      damage: false,
      missing_items: null,
      unit_ids: reservation.assignments.map((a) => a.unit_id),
      units: input.units,
      photos: storedPhotos(input, uploaded),
    }))
  )
  updateReservationStep(transform({ input }, ({ input }) => ({ id: input.id, fields: { status: "out" as const, out_at: new Date(input.performed_at) } })))
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(slip)
})

/**
 * The units come back: return slip (condition, readings, damage, missing items), charges (planned days at the
 * cheapest combination, meter use over the allowance, late days, damage) and, unless it is a loan, the
 * Medusa order for them. Any failure undoes the order, the charges, the slip and its readings.
 */
export const returnRentalWorkflow = createWorkflow("return-rental", (input: ReturnInput) => {
  const key = transform({ input }, ({ input }) => `portal-rental:${input.id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120, ownerId: input.lock_owner })
  const reservation = checkStaffActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "returned", from: ["out" as const] })))
  const uploaded = when({ input }, ({ input }) => input.photos.length > 0).then(() => uploadFilesStep(transform({ input }, ({ input }) => uploadInput(input))))
  const slip = recordSlipStep(
    transform({ input, reservation, uploaded }, ({ input, reservation, uploaded }) => ({
      reservation_id: reservation.id,
      kind: "return" as const,
      performed_at: input.performed_at,
      condition_notes: input.condition_notes,
      client_signature_name: input.client_signature_name,
      staff_signature_name: input.staff_signature_name,
      damage: input.damage,
      missing_items: input.missing_items,
      unit_ids: reservation.assignments.map((a) => a.unit_id),
      units: input.units,
      photos: storedPhotos(input, uploaded),
    }))
  )
  const plan = planReturnStep(
    transform({ input, reservation, slip }, ({ input, reservation, slip }) => ({
      reservation,
      returned: slip.units,
      returned_at: input.performed_at,
      damage_amount: input.damage ? input.damage_amount : 0,
      damage_note: input.damage_note,
    }))
  )
  addChargesStep(transform({ input, plan }, ({ input, plan }) => plan.charges.map((c) => ({ ...c, reservation_id: input.id }))))
  const orderId = createRentalOrderStep(transform({ plan }, ({ plan }) => plan.order))
  updateReservationStep(
    transform({ input, orderId }, ({ input, orderId }) => ({
      id: input.id,
      fields: { status: "returned" as const, returned_at: new Date(input.performed_at), order_id: orderId },
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  // The client's mail with the return slip (src/subscribers/rental-client-mails.ts).
  emitEventStep(
    transform({ reservation }, ({ reservation }) => ({
      eventName: "portal.rental.returned",
      data: { id: reservation.id, number: reservation.number, account_id: reservation.account_id },
    }))
  )
  return new WorkflowResponse({ slip, order_id: orderId, total: transform({ plan }, ({ plan }) => plan.total) })
})
