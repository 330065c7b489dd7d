import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { AdminRental, AdminRentalCalendarResponse, AdminRentalDetail, AdminRentalModel, AdminRentalUnit } from "../../../modules/rental/contract"
import { sdk } from "../../lib/sdk"
import { useRoutedMutation } from "./routed-mutation"

// Statuses, kinds and shapes are the rental contract's (src/modules/rental/contract.ts), shared with the
// API and the portal.
export { CHARGE_KINDS, RATE_PERIODS, RESERVATION_STATUSES } from "../../../modules/rental/contract"
export type {
  AdminRental,
  AdminRentalDetail,
  AdminRentalModel,
  AdminRentalUnit,
  ChargeKind,
  RentalCharge,
  RentalSlip,
  ReservationStatus,
} from "../../../modules/rental/contract"

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

const KEY = "portal-rentals"
const base = "/admin/portal/rentals"

const defined = (query: Record<string, string | number | boolean | undefined>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ""))

export type RentalFilters = {
  status?: string
  account_id?: string
  q?: string
  limit: number
  offset: number
}

export function useRentals(filters: RentalFilters, enabled = true) {
  const query = defined(filters)
  return useQuery({
    queryKey: [KEY, "list", query],
    queryFn: () => sdk.client.fetch<List<"rentals", AdminRental>>(base, { query }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useRental(id: string) {
  return useQuery({
    queryKey: [KEY, "detail", id],
    queryFn: () => sdk.client.fetch<{ rental: AdminRentalDetail }>(`${base}/${id}`),
    select: (data) => data.rental,
    enabled: !!id,
  })
}

export function useRentalModels(query: { q?: string; limit: number; offset: number }, enabled = true) {
  const params = defined(query)
  return useQuery({
    queryKey: [KEY, "models", params],
    queryFn: () => sdk.client.fetch<List<"models", AdminRentalModel>>(`${base}/models`, { query: params }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** Medusa's customer groups, for rates of their own (a store has a handful; the first 100 are offered). */
export function useCustomerGroups() {
  return useQuery({
    queryKey: [KEY, "customer-groups"],
    queryFn: () => sdk.admin.customerGroup.list({ limit: 100, fields: "id,name", order: "name" }),
  })
}

export function useRentalUnits(query: { model_id?: string; limit: number; offset: number }, enabled = true) {
  const params = defined(query)
  return useQuery({
    queryKey: [KEY, "units", params],
    queryFn: () => sdk.client.fetch<List<"units", AdminRentalUnit>>(`${base}/units`, { query: params }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export type RentalCalendar = AdminRentalCalendarResponse["calendar"]

export function useRentalCalendar(from: string, to: string, modelId?: string) {
  const query = defined({ from, to, model_id: modelId })
  return useQuery({
    queryKey: [KEY, "calendar", query],
    queryFn: () => sdk.client.fetch<AdminRentalCalendarResponse>(`${base}/calendar`, { query }),
    select: (data) => data.calendar,
    placeholderData: keepPreviousData,
  })
}

export type RateBody = {
  currency_code: string
  day_rate: number
  week_rate?: number | null
  month_rate?: number | null
  deposit?: number
  meter_allowance_per_day?: number | null
  extra_meter_rate?: number | null
  /** A customer group's own rate; null or absent for the general one. */
  customer_group_id?: string | null
}
export type ModelBody = { variant_id?: string; title?: string; description?: string | null; buffer_hours?: number; active?: boolean; rates?: RateBody[] }
/** A new unit is a new fleet machine of the business (serial, name, brand, one meter): one history from then on. */
export type UnitBody = {
  model_id: string
  serial_number: string
  name: string
  brand?: string | null
  meter?: { name: string; kind: "hours" | "counter" | "kilometres" | "energy"; unit: string; initial_value?: number } | null
}
export type BlockBody = { starts_at: string; ends_at: string; reason?: string | null }

export type ConfirmBody = { is_loan?: boolean; units?: { line_id: string; unit_ids: string[] }[] }
export type SlipUnitBody = { unit_id: string; condition?: string | null; readings?: { meter_id: string; value: number }[] }
export type SlipPhotoBody = { filename: string; mime_type: string; content: string }
export type SlipBody = {
  performed_at?: string
  condition_notes?: string | null
  client_signature_name?: string | null
  staff_signature_name?: string | null
  units: SlipUnitBody[]
  photos?: SlipPhotoBody[]
}
/** A return adds damage (with its amount and note) and missing items; late days and extra meter use are worked out. */
export type ReturnBody = SlipBody & { damage?: boolean; damage_amount?: number; damage_note?: string | null; missing_items?: string | null }

// `_id` and friends only build the URL (see useRoutedMutation).
type WithId<T> = T & { _id: string }

export const useSaveRentalModel = () =>
  useRoutedMutation<ModelBody & { _id?: string }, { model: AdminRentalModel }>(KEY, (body) => (body._id ? `${base}/models/${body._id}` : `${base}/models`))
export const useCreateRentalUnit = () => useRoutedMutation<UnitBody, { unit: AdminRentalUnit }>(KEY, () => `${base}/units`)
export const useSetUnitActive = () => useRoutedMutation<WithId<{ active: boolean }>, { unit: AdminRentalUnit }>(KEY, (body) => `${base}/units/${body._id}`)
export const useAddUnitBlock = () => useRoutedMutation<WithId<BlockBody>, unknown>(KEY, (body) => `${base}/units/${body._id}/blocks`)
export const useRemoveUnitBlock = () =>
  useRoutedMutation<{ _id: string; _blockId: string }, unknown>(KEY, (body) => `${base}/units/${body._id}/blocks/${body._blockId}`, "DELETE")

export const useConfirmRental = () => useRoutedMutation<WithId<ConfirmBody>, { rental: AdminRentalDetail }>(KEY, (body) => `${base}/${body._id}/confirm`)
export const useRejectRental = () => useRoutedMutation<WithId<{ reason: string }>, { rental: AdminRentalDetail }>(KEY, (body) => `${base}/${body._id}/reject`)
export const useRecordExit = () => useRoutedMutation<WithId<SlipBody>, { rental: AdminRentalDetail }>(KEY, (body) => `${base}/${body._id}/exit`)
export const useRecordReturn = () => useRoutedMutation<WithId<ReturnBody>, { rental: AdminRentalDetail; order_id: string | null; total: number }>(KEY, (body) => `${base}/${body._id}/return`)

/** Downloads a slip's PDF with the staff session and hands it to the browser. */
export async function downloadSlipPdf(rentalId: string, slip: { id: string; number: string }): Promise<void> {
  const backend = import.meta.env.VITE_BACKEND_URL || ""
  const response = await fetch(`${backend}${base}/${rentalId}/slips/${slip.id}`, { credentials: "include" })
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = `${slip.number}.pdf`
  link.click()
  URL.revokeObjectURL(url)
}
