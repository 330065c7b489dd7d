import "server-only"
import { cache } from "react"
import { describeError, httpStatusOf, messageOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

export const EQUIPMENT_STATUSES = ["in_service", "under_repair", "out_of_service", "retired"] as const
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number]
export type MeterKind = "hours" | "counter" | "kilometres" | "energy"
export type ReadingStatus = "accepted" | "to_review" | "rejected"
export type LogKind = "preventive" | "corrective" | "inspection"

export type NextDue = { date: string; plan_id: string; plan_name: string | null; overdue: boolean; due_soon: boolean }

export type EquipmentListItem = {
  id: string
  account_id: string
  site_id: string | null
  site: { id: string; name: string } | null
  name: string
  serial_number: string | null
  brand: string | null
  model: string | null
  variant_id: string | null
  status: EquipmentStatus
  installation_date: string | null
  warranty_end: string | null
  next_due: NextDue | null
  photo_url: string | null
}

export type MaintenanceLogEntry = {
  id: string
  performed_at: string
  kind: LogKind
  description: string | null
  technician: string | null
  duration_minutes: number | null
  parts: { variant_id: string | null; title: string | null; sku: string | null; quantity: number }[]
  meter_values: { meter_id: string; value: number }[]
}

export type MaintenancePlan = {
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

export type EquipmentDetail = EquipmentListItem & {
  notes: string | null
  photos: { id: string; url: string }[]
  documents: { id: string; name: string; url: string }[]
  maintenance_log: MaintenanceLogEntry[]
  plans: MaintenancePlan[]
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

export type EquipmentList = { equipment: EquipmentListItem[]; count: number; offset: number; limit: number }

type EquipmentFilters = {
  site_id?: string
  status?: EquipmentStatus
  due_soon?: boolean
  q?: string
  offset?: number
  limit?: number
}

export const FLEET_PAGE_SIZE = 25

async function fetchEquipment(filters: EquipmentFilters): Promise<EquipmentList> {
  const query: Record<string, string | number> = {
    limit: filters.limit ?? FLEET_PAGE_SIZE,
    offset: filters.offset ?? 0,
    // Grouping by site on the page reads best when the backend already sorts by site then name.
    order: "name",
  }
  if (filters.site_id) query.site_id = filters.site_id
  if (filters.status) query.status = filters.status
  if (filters.due_soon) query.due_soon = "true"
  if (filters.q) query.q = filters.q
  return sdk.client.fetch<EquipmentList>("/store/portal/equipment", {
    method: "GET",
    query,
    headers: await sessionHeaders(),
    cache: "no-store",
  })
}

/** The equipment the session may see (the backend narrows it to the member's sites), filtered and paged. */
export const listEquipment = cache(
  (site_id?: string, status?: EquipmentStatus, due_soon?: boolean, q?: string, offset?: number, limit?: number) =>
    fetchEquipment({ site_id, status, due_soon, q, offset, limit })
)

/** One machine, or null when it does not exist or is someone else's (the backend answers 404 for both). */
export const retrieveEquipment = cache(async (id: string): Promise<EquipmentDetail | null> => {
  try {
    const { equipment } = await sdk.client.fetch<{ equipment: EquipmentDetail }>(
      `/store/portal/equipment/${encodeURIComponent(id)}`,
      { method: "GET", headers: await sessionHeaders(), cache: "no-store" }
    )
    return equipment
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

/** At most `points` readings of a meter between two dates, downsampled by the backend for the chart. */
export async function listReadings(equipmentId: string, meterId: string, from: Date | null, points = 500): Promise<Reading[]> {
  const query: Record<string, string | number> = { points }
  if (from) query.from = from.toISOString()
  const { readings } = await sdk.client.fetch<{ readings: Reading[] }>(
    `/store/portal/equipment/${encodeURIComponent(equipmentId)}/meters/${encodeURIComponent(meterId)}/readings`,
    { method: "GET", query, headers: await sessionHeaders(), cache: "no-store" }
  )
  return readings
}

export type ReadingInput = { value: number; read_at?: string; note?: string; photo?: File }

export type ReadingResult =
  | { ok: true; reading: Reading }
  | { ok: false; reason: "invalid"; field: "value" | "read_at" | "note" | "photo" | null; message: string | undefined }
  | { ok: false; reason: "forbidden" | "not_found" | "unavailable" }

const READING_FIELDS = ["value", "read_at", "note", "photo"] as const

/** The backend's 400 names the field in its message; find which. */
function readingFieldOf(message: string | undefined): (typeof READING_FIELDS)[number] | null {
  if (!message) return null
  const lower = message.toLowerCase()
  return READING_FIELDS.find((name) => new RegExp(`\\b${name}\\b`).test(lower)) ?? null
}

/**
 * A client's reading. The backend takes the photo inside the JSON body (`{ filename, mime_type, content }`,
 * content in base64), so one request carries both.
 */
export async function submitReading(equipmentId: string, meterId: string, input: ReadingInput): Promise<ReadingResult> {
  const body: Record<string, unknown> = { value: input.value }
  if (input.read_at) body.read_at = input.read_at
  if (input.note) body.note = input.note
  if (input.photo) {
    body.photo = {
      filename: input.photo.name || "meter.jpg",
      mime_type: input.photo.type,
      content: Buffer.from(await input.photo.arrayBuffer()).toString("base64"),
    }
  }
  const path = `/store/portal/equipment/${encodeURIComponent(equipmentId)}/meters/${encodeURIComponent(meterId)}/readings`
  try {
    const { reading } = await sdk.client.fetch<{ reading: Reading }>(path, {
      method: "POST",
      body,
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return { ok: true, reading }
  } catch (error) {
    const status = httpStatusOf(error)
    // The SDK's FetchError carries the backend's `message` as its own.
    const message = error instanceof Error ? error.message : messageOf(error)
    if (status === 400) return { ok: false, reason: "invalid", field: readingFieldOf(message), message }
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    console.warn(`[portal] reading submission failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

/** Same backend as the SDK (client.ts); the file stream below goes around the SDK, which only reads JSON. */
function backendUrlOf(path: string): URL {
  return new URL(path, process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000")
}

function publishableKeyHeader(): Record<string, string> {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  return key ? { "x-publishable-api-key": key } : {}
}

/**
 * The portal's own address of an equipment's private file (photo or document). The browser cannot call
 * the backend with the client's token, so `app/api/fleet/...` fetches it on the server and streams it.
 */
export function fileHref(equipmentId: string, fileId: string): string {
  return `/api/fleet/${encodeURIComponent(equipmentId)}/files/${encodeURIComponent(fileId)}`
}

/** Streams one private file from the backend with the session's token; the backend checks the owner. */
export async function fetchEquipmentFile(equipmentId: string, fileId: string, token: string): Promise<Response> {
  return fetch(backendUrlOf(`/store/portal/equipment/${encodeURIComponent(equipmentId)}/files/${encodeURIComponent(fileId)}`), {
    headers: { authorization: `Bearer ${token}`, ...publishableKeyHeader() },
    cache: "no-store",
  })
}
