import "server-only"
import { cache } from "react"
import type {
  RentalPeriod,
  StoreChangeRentalBody,
  StoreRentalAvailabilityResponse,
  StoreRentalCatalogueResponse,
  StoreRentalDetail,
  StoreRentalListResponse,
  StoreRentalModel,
  StoreRentalResponse,
  StoreReserveBody,
} from "../../../src/modules/rental/contract"
import { PAGE_LIMIT, describeError, httpStatusOf, messageOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

// The rental domain's names come from its contract (src/modules/rental/contract.ts), the one source the
// API, the admin and the portal share; only types cross over, so the portal's bundle stays its own.
export type {
  RatePeriod,
  RentalCharge,
  RentalPeriod,
  RentalPrice,
  RentalSlip,
  ReservationStatus,
  StoreRental,
  StoreRentalDetail,
  StoreRentalLine,
  StoreRentalModel,
} from "../../../src/modules/rental/contract"

/** The list's tabs, in the order the page shows them; `satisfies` keeps them the contract's. */
export const RENTAL_TABS = ["current", "upcoming", "past"] as const satisfies readonly RentalPeriod[]

export const RENTALS_PAGE_SIZE = 20
export const CATALOGUE_PAGE_SIZE = 24

/** The account's reservations of one period (current: out now; upcoming; past), newest first within it. */
export const listRentals = cache(async (period: RentalPeriod, offset = 0, limit = RENTALS_PAGE_SIZE): Promise<StoreRentalListResponse> => {
  return sdk.client.fetch<StoreRentalListResponse>("/store/portal/rentals", {
    method: "GET",
    query: { period, offset, limit },
    headers: await sessionHeaders(),
    cache: "no-store",
  })
})

/** One reservation, or null when it does not exist or belongs to another account (the backend's 404 for both). */
export const retrieveRental = cache(async (id: string): Promise<StoreRentalDetail | null> => {
  try {
    const { rental } = await sdk.client.fetch<StoreRentalResponse>(`/store/portal/rentals/${encodeURIComponent(id)}`, {
      method: "GET",
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return rental
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

/**
 * The rentable models with their price for the period and the units free in it. A refused period (too
 * long, in the past, too soon) comes back as its explanation rather than an exception, for the form to show.
 */
export async function listCatalogue(
  startsAt: string,
  endsAt: string,
  offset = 0,
  limit = CATALOGUE_PAGE_SIZE
): Promise<{ ok: true; catalogue: StoreRentalCatalogueResponse } | { ok: false; message: string | undefined }> {
  try {
    const catalogue = await sdk.client.fetch<StoreRentalCatalogueResponse>("/store/portal/rentals/catalogue", {
      method: "GET",
      query: { starts_at: startsAt, ends_at: endsAt, offset, limit },
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return { ok: true, catalogue }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 400) return { ok: false, message: error instanceof Error ? error.message : undefined }
    throw error
  }
}

/** One model of the catalogue with its price for the period, looked for page after page; null when absent. */
export const findCatalogueModel = cache(async (modelId: string, startsAt: string, endsAt: string): Promise<StoreRentalModel | null> => {
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const result = await listCatalogue(startsAt, endsAt, offset, PAGE_LIMIT)
    if (!result.ok) return null
    const found = result.catalogue.rental_models.find((model) => model.id === modelId)
    if (found) return found
    if (!result.catalogue.rental_models.length || offset + PAGE_LIMIT >= result.catalogue.count) return null
  }
})

/** Free units of one model per UTC day from `from` to `to`; null for a model the account cannot see. */
export const modelAvailability = cache(async (modelId: string, from: string, to: string) => {
  try {
    const { availability } = await sdk.client.fetch<StoreRentalAvailabilityResponse>("/store/portal/rentals/availability", {
      method: "GET",
      query: { model_id: modelId, from, to },
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return availability
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 404 || status === 400) return null
    throw error
  }
})

/**
 * Why a rental action failed: `refused` carries the backend's own explanation (a unit taken meanwhile with
 * its dates, a notice rule), which the page shows under a translated heading.
 */
export type RentalFailure =
  | { reason: "forbidden" }
  | { reason: "not_found" }
  | { reason: "conflict"; message: string | undefined }
  | { reason: "refused"; message: string | undefined }
  | { reason: "unavailable" }

export type RentalResult<T> = ({ ok: true } & T) | ({ ok: false } & RentalFailure)

async function post<T>(path: string, body: object, step: string): Promise<RentalResult<T>> {
  try {
    const answer = await sdk.client.fetch<T>(path, { method: "POST", body, headers: await sessionHeaders(), cache: "no-store" })
    return { ok: true, ...answer }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    const message = error instanceof Error ? error.message : messageOf(error)
    if (status === 409) return { ok: false, reason: "conflict", message }
    if (status !== undefined && status >= 400 && status < 500) return { ok: false, reason: "refused", message }
    console.warn(`[portal] ${step} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

const rentalPath = (id: string, action: string) => `/store/portal/rentals/${encodeURIComponent(id)}/${action}`

export function reserveRental(body: StoreReserveBody) {
  return post<StoreRentalResponse>("/store/portal/rentals", body, "rental reservation")
}

/** What a cancellation or a change of dates costs now, and the rule that refuses it, if any. */
export type RentalPolicyAnswer = { allowed: boolean; fee: number; refusal?: string | null; currency_code: string; estimated_total?: number }

/** `preview` asks the fee and the refusal without cancelling. */
export function cancelRental(id: string, preview: boolean) {
  return post<Partial<StoreRentalResponse> & { preview?: RentalPolicyAnswer }>(rentalPath(id, "cancel"), { preview }, "rental cancellation")
}

export function changeRentalDates(id: string, body: StoreChangeRentalBody) {
  return post<Partial<StoreRentalResponse> & { preview?: RentalPolicyAnswer }>(rentalPath(id, "change"), body, "rental change")
}

/**
 * A slip photo's bytes from the backend, with the client's token: the portal's `app/api/rentals/.../photos`
 * route streams it to the browser, which cannot send the httpOnly token itself.
 */
export async function fetchSlipPhoto(rentalId: string, fileId: string, token: string): Promise<Response> {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  return fetch(new URL(`${rentalPath(rentalId, "photos")}/${encodeURIComponent(fileId)}`, process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"), {
    headers: { authorization: `Bearer ${token}`, ...(key ? { "x-publishable-api-key": key } : {}) },
    cache: "no-store",
  })
}

/** The portal's own address of a slip photo (see fetchSlipPhoto). */
export const slipPhotoUrl = (rentalId: string, fileId: string) => `/api/rentals/${encodeURIComponent(rentalId)}/photos/${encodeURIComponent(fileId)}`
