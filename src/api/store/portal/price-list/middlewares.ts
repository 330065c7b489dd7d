import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { listQuery, textFilter } from "../../../utils/list-query"
import { validateListQuery, validateQuery } from "../../../utils/validate-request"

export const StorePriceList = listQuery({ defaultLimit: 50, filters: { q: textFilter("q") } })
export type StorePriceListType = z.infer<typeof StorePriceList>
export const StorePriceListDownload = z.object({ q: textFilter("q") }).strict()
export type StorePriceListDownloadType = z.infer<typeof StorePriceListDownload>
const PRICE_FIELDS = ["variant_id", "title", "sku", "price"]

export const storePortalPriceListMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/price-list", middlewares: [validateListQuery(StorePriceList, PRICE_FIELDS)] },
  { method: ["GET"], matcher: "/store/portal/price-list/pdf", middlewares: [validateQuery(StorePriceListDownload)] },
  { method: ["GET"], matcher: "/store/portal/price-list/csv", middlewares: [validateQuery(StorePriceListDownload)] },
]
