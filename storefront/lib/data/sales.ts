import "server-only"
import { cache } from "react"
import type { PriceListItem, Statistics } from "./billing-contract"
import { sdk } from "./client"
import { sessionHeaders } from "./portal"

export type { PriceListItem, Statistics }

export type PriceList = { prices: PriceListItem[]; date: string; count: number; offset: number; limit: number }

export const PRICES_PAGE_SIZE = 50

/** The client's current prices (its customer groups' price lists) beside the general ones, dated. */
export const listPrices = cache(async (q: string, offset: number = 0, limit: number = PRICES_PAGE_SIZE): Promise<PriceList> => {
  const query: Record<string, string | number> = { limit, offset }
  if (q) query.q = q
  return sdk.client.fetch<PriceList>("/store/portal/price-list", { method: "GET", query, headers: await sessionHeaders(), cache: "no-store" })
})

/** Purchases over a period (dates as YYYY-MM-DD, inclusive). */
export const retrieveStatistics = cache(async (from: string, to: string): Promise<Statistics> => {
  const { statistics } = await sdk.client.fetch<{ statistics: Statistics }>("/store/portal/statistics", {
    method: "GET",
    query: { from, to },
    headers: await sessionHeaders(),
    cache: "no-store",
  })
  return statistics
})
