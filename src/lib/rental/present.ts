import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import type {
  RentalCharge,
  RentalSlip,
  RentalUnitSummary,
  ReservationStatus,
  StoreRental,
  StoreRentalDetail,
} from "../../modules/rental/contract"
import { RENTAL_MODULE } from "../../modules/rental"
import type { SlipPhoto, SlipUnitEntry } from "../../modules/rental/models/rental-slip"
import type RentalModuleService from "../../modules/rental/service"
import type { RecordScope } from "../portal-actor"
import { rentalSettingsOf } from "./models"
import { cancellationPolicy, changePolicy } from "./settings"

type Line = { id: string; model_id: string; variant_id: string; title: string; quantity: number; price: unknown; deposit: unknown }

/** A reservation as read with its lines (and, for a detail, assignments, slips and charges). */
export type ReservationRecord = {
  id: string
  number: string
  status: ReservationStatus
  is_loan: boolean
  account_id: string
  site_id: string | null
  starts_at: Date | string
  ends_at: Date | string
  currency_code: string
  estimated_total: unknown
  deposit_total: unknown
  customer_id: string | null
  requested_by_name: string | null
  notes: string | null
  rejection_reason: string | null
  order_id: string | null
  created_at: Date | string
  lines?: Line[]
  assignments?: { id: string; unit_id: string; line_id: string; starts_at: Date | string; blocked_until: Date | string; live: boolean }[]
  slips?: {
    id: string
    kind: "exit" | "return"
    number: string
    performed_at: Date | string
    condition_notes: string | null
    client_signature_name: string | null
    staff_signature_name: string | null
    damage: boolean
    missing_items: string | null
    units: unknown
    photos: unknown
  }[]
  charges?: { id: string; kind: RentalCharge["kind"]; description: string; quantity: number; unit_amount: unknown; amount: unknown }[]
}

const iso = (d: Date | string) => new Date(d).toISOString()

/** Out past its planned return: the client's list flags it and staff chase it. */
export const isOverdue = (r: Pick<ReservationRecord, "status" | "ends_at">, now = new Date()) => r.status === "out" && new Date(r.ends_at).getTime() < now.getTime()

/** The statuses a client's list period shows: out now, still to come, finished. */
export const PERIOD_STATUSES: Record<"current" | "upcoming" | "past", ReservationStatus[]> = {
  current: ["out"],
  upcoming: ["requested", "confirmed"],
  past: ["returned", "cancelled", "rejected"],
}

export function presentRental(r: ReservationRecord, now = new Date()): StoreRental {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    is_loan: r.is_loan,
    account_id: r.account_id,
    site_id: r.site_id,
    starts_at: iso(r.starts_at),
    ends_at: iso(r.ends_at),
    currency_code: r.currency_code,
    estimated_total: Number(r.estimated_total),
    deposit_total: Number(r.deposit_total),
    overdue: isOverdue(r, now),
    requested_by_name: r.requested_by_name,
    notes: r.notes,
    rejection_reason: r.rejection_reason,
    order_id: r.order_id,
    created_at: iso(r.created_at),
    lines: (r.lines ?? []).map((l) => ({ id: l.id, model_id: l.model_id, variant_id: l.variant_id, title: l.title, quantity: l.quantity, price: Number(l.price), deposit: Number(l.deposit) })),
  }
}

export const DETAIL_RELATIONS = ["lines", "assignments", "slips", "charges"]

/** A reservation of the caller's account and scope, else 404 exactly like a missing one. */
export async function findScopedReservation(container: MedusaContainer, id: string, scope: RecordScope | null, relations: string[] = DETAIL_RELATIONS): Promise<ReservationRecord> {
  const filters: Record<string, unknown> = { id }
  if (scope) {
    filters.account_id = scope.account_id
    if (scope.site_id) filters.site_id = scope.site_id
  }
  const [reservation] = await container.resolve<RentalModuleService>(RENTAL_MODULE).listRentalReservations(filters, { relations, take: 1 })
  if (!reservation) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rental with id: ${id} was not found`)
  return reservation as unknown as ReservationRecord
}

/**
 * A reservation's page: its units (the fleet's equipment: serial number, name), slips with their PDF's
 * address under `base`, charges, and what cancelling or moving it would cost now.
 */
export async function presentRentalDetail(container: MedusaContainer, r: ReservationRecord, base: string): Promise<StoreRentalDetail> {
  const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
  const live = (r.assignments ?? []).filter((a) => a.live)
  const unitIds = [...new Set(live.map((a) => a.unit_id))]
  const units = unitIds.length ? await rentals.listRentalUnits({ id: unitIds }, { relations: ["rental_model"] }) : []
  const equipment = units.length ? await container.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ id: units.map((u) => u.equipment_id) }, { select: ["id", "serial_number", "name"] }) : []
  const unitSummaries: RentalUnitSummary[] = units.map((u) => {
    const e = equipment.find((x) => x.id === u.equipment_id)
    return { id: u.id, equipment_id: u.equipment_id, serial_number: e?.serial_number ?? "", name: e?.name ?? "", model_id: u.rental_model?.id ?? "" }
  })
  const settings = await rentalSettingsOf(container)
  const now = new Date()
  const facts = { status: r.status, starts_at: new Date(r.starts_at), estimated_total: Number(r.estimated_total), is_loan: r.is_loan }
  const cancel = cancellationPolicy(settings, facts, now)
  const change = changePolicy(settings, facts, now)
  const slips: RentalSlip[] = (r.slips ?? [])
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "exit" ? -1 : 1))
    .map((s) => ({
      id: s.id,
      kind: s.kind,
      number: s.number,
      performed_at: iso(s.performed_at),
      condition_notes: s.condition_notes,
      client_signature_name: s.client_signature_name,
      staff_signature_name: s.staff_signature_name,
      damage: s.damage,
      missing_items: s.missing_items,
      units: ((s.units ?? []) as SlipUnitEntry[]).map((u) => ({ unit_id: u.unit_id, serial_number: u.serial_number, name: u.name, condition: u.condition, readings: u.readings })),
      photos: ((s.photos ?? []) as SlipPhoto[]).map((p) => ({ file_id: p.file_id, name: p.name, url: `${base}/${r.id}/photos/${p.file_id}` })),
      url: `${base}/${r.id}/slips/${s.id}`,
    }))
  return {
    ...presentRental(r, now),
    units: unitSummaries,
    slips,
    charges: (r.charges ?? []).map((c) => ({ id: c.id, kind: c.kind, description: c.description, quantity: c.quantity, unit_amount: Number(c.unit_amount), amount: Number(c.amount) })),
    policy: {
      can_cancel: cancel.allowed,
      cancel_fee: cancel.fee,
      cancel_refusal: cancel.refusal,
      can_change: change.allowed,
      change_fee: change.fee,
      change_refusal: change.refusal,
    },
  }
}
