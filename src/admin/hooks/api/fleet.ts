import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { useRoutedMutation } from "./routed-mutation"

export const EQUIPMENT_STATUSES = ["in_service", "under_repair", "out_of_service", "retired"] as const
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number]
export const METER_KINDS = ["hours", "counter", "kilometres", "energy"] as const
export type MeterKind = (typeof METER_KINDS)[number]
export const LOG_KINDS = ["preventive", "corrective", "inspection"] as const
export type LogKind = (typeof LOG_KINDS)[number]
export type ReadingStatus = "accepted" | "to_review" | "rejected"

export type NextDue = { date: string; plan_id: string; plan_name: string | null; overdue: boolean; due_soon: boolean }

export type Equipment = {
  id: string
  account_id: string
  account?: { id: string; name: string } | null
  site_id: string
  site: { id: string; name: string } | null
  name: string
  serial_number: string
  brand: string | null
  model: string | null
  variant_id: string | null
  status: EquipmentStatus
  installation_date: string | null
  warranty_end: string | null
  next_due: NextDue | null
  photo_url: string | null
}

export type LogEntry = {
  id: string
  performed_at: string
  kind: LogKind
  description: string
  technician: string | null
  duration_minutes: number | null
  parts: { variant_id: string | null; title: string; sku: string | null; quantity: number }[]
  meter_values: { meter_id: string; value: number }[]
}

export type Plan = {
  id: string
  name: string
  interval_days: number | null
  interval_units: number | null
  meter_id: string | null
  last_done_at: string | null
  last_done_value: number | null
  next_due_date: string | null
  next_due_value: number | null
  projected: boolean
  overdue: boolean
  due_soon: boolean
}

export type Meter = {
  id: string
  name: string
  kind: MeterKind
  unit: string
  last_reading: { value: number; read_at: string; status: ReadingStatus } | null
  average_daily_use: number | null
}

export type EquipmentDetail = Equipment & {
  notes: string | null
  photos: { id: string; url: string }[]
  documents: { id: string; name: string; url: string }[]
  maintenance_log: LogEntry[]
  plans: Plan[]
  meters: Meter[]
}

export type Reading = {
  id: string
  meter_id: string
  value: number
  read_at: string
  source: "staff" | "technician" | "client"
  status: ReadingStatus
  note: string | null
  photo_url: string | null
  created_at: string
}

/** Equipment and account are null when they were deleted since the reading was taken. */
export type ReviewReading = Reading & {
  equipment: { id: string; name: string } | null
  meter: { id: string; name: string; unit: string }
  account: { id: string; name: string } | null
}

export type EquipmentBody = {
  account_id?: string
  site_id?: string
  name?: string
  serial_number?: string
  brand?: string | null
  variant_id?: string | null
  status?: EquipmentStatus
  installation_date?: string | null
  warranty_end?: string | null
  notes?: string | null
}
export type LogEntryBody = {
  performed_at: string
  kind: LogKind
  description: string
  technician?: string
  duration_minutes?: number
  /** Catalogue variants used; the backend stores each with its title and SKU of the day. */
  parts?: { variant_id: string; quantity: number }[]
  meter_values?: { meter_id: string; value: number }[]
  /** Plans this work fulfils: their "last done" moves to this entry. */
  plan_ids?: string[]
}
export type PlanBody = {
  name: string
  interval_days?: number | null
  interval_units?: number | null
  meter_id?: string | null
  last_done_at?: string | null
  last_done_value?: number | null
}
export type MeterBody = { name: string; kind: MeterKind; unit: string }
export type ReadingBody = { value: number; read_at?: string; note?: string; replacement?: boolean }
export type ImportReport = { created: number; rejected: { row: number; field: string | null; message: string }[] }

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

export type EquipmentFilters = {
  account_id?: string
  site_id?: string
  customer_id?: string
  status?: EquipmentStatus
  due_soon?: boolean
  q?: string
  limit: number
  offset: number
}

const KEY = "fleet"
const equipmentUrl = "/admin/portal/equipment"

export function useEquipmentList(filters: EquipmentFilters, enabled = true) {
  const query = {
    ...filters,
    q: filters.q || undefined,
    due_soon: filters.due_soon ? "true" : undefined,
  }
  return useQuery({
    queryKey: [KEY, "list", query],
    queryFn: () => sdk.client.fetch<List<"equipment", Equipment>>(equipmentUrl, { query }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useEquipment(id: string) {
  return useQuery({
    queryKey: [KEY, id],
    queryFn: () => sdk.client.fetch<{ equipment: EquipmentDetail }>(`${equipmentUrl}/${id}`),
    select: (data) => data.equipment,
    enabled: !!id,
  })
}

export function useMeterReadings(equipmentId: string, meterId: string, from: string | undefined, points = 200) {
  return useQuery({
    queryKey: [KEY, equipmentId, "readings", meterId, from, points],
    queryFn: () =>
      sdk.client.fetch<{ readings: Reading[] }>(`${equipmentUrl}/${equipmentId}/meters/${meterId}/readings`, {
        query: { from, points },
      }),
    select: (data) => data.readings,
    placeholderData: keepPreviousData,
  })
}

export function useReadingsToReview(offset: number, limit = 20) {
  return useQuery({
    queryKey: [KEY, "review", offset, limit],
    queryFn: () =>
      sdk.client.fetch<List<"readings", ReviewReading>>("/admin/portal/readings", { query: { status: "to_review", offset, limit } }),
    placeholderData: keepPreviousData,
  })
}

/** Fleet writes; every success refreshes every fleet query (lists, detail, review queue). */
const useFleetMutation = <TBody, TResult>(path: (body: TBody) => string, method?: "POST" | "DELETE") =>
  useRoutedMutation<TBody, TResult>(KEY, path, method)

export const useCreateEquipment = () => useFleetMutation<EquipmentBody, { equipment: EquipmentDetail }>(() => equipmentUrl)
export const useUpdateEquipment = (id: string) =>
  useFleetMutation<EquipmentBody, { equipment: EquipmentDetail }>(() => `${equipmentUrl}/${id}`)
export const useDeleteEquipment = (id: string) => useFleetMutation<void, unknown>(() => `${equipmentUrl}/${id}`, "DELETE")

export const useAddLogEntry = (id: string) => useFleetMutation<LogEntryBody, unknown>(() => `${equipmentUrl}/${id}/maintenance-log`)
export const useCreatePlan = (id: string) => useFleetMutation<PlanBody, unknown>(() => `${equipmentUrl}/${id}/plans`)
export const useDeletePlan = (id: string) =>
  useFleetMutation<{ _id: string }, unknown>((b) => `${equipmentUrl}/${id}/plans/${b._id}`, "DELETE")
export const useCreateMeter = (id: string) => useFleetMutation<MeterBody, unknown>(() => `${equipmentUrl}/${id}/meters`)
export const useAddReading = (id: string) =>
  useFleetMutation<ReadingBody & { _meterId: string }, { reading: Reading }>((b) => `${equipmentUrl}/${id}/meters/${b._meterId}/readings`)
export const useReviewReading = () =>
  useFleetMutation<{ _id: string; decision: "accept" | "reject"; note?: string }, { reading: Reading }>(
    (b) => `/admin/portal/readings/${b._id}/review`
  )

const backend = () => import.meta.env.VITE_BACKEND_URL || ""

/** A file's bytes in base64, as the upload routes take them inside JSON. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ""
  // In slices: String.fromCharCode with a whole photo's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function useUploadEquipmentFile(id: string) {
  const queryClient = useQueryClient()
  return useMutation<unknown, FetchError, { file: File; kind: "photo" | "document" }>({
    mutationFn: async ({ file, kind }) =>
      sdk.client.fetch(`${equipmentUrl}/${id}/files`, {
        method: "POST",
        body: { kind, filename: file.name, mime_type: file.type || "application/octet-stream", content: await toBase64(file) },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}

export function useImportFleet() {
  const queryClient = useQueryClient()
  return useMutation<ImportReport, FetchError, { csv: string; kind: "equipment" | "readings"; account_id?: string }>({
    mutationFn: (body) => sdk.client.fetch<ImportReport>(`${equipmentUrl}/import`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}

/** Admin URL of a private file: the backend's own path, fetched with the staff session. */
export const fileUrl = (url: string) => (url.startsWith("http") ? url : `${backend()}${url}`)
