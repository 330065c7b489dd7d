import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateListQuery } from "../../../utils/validate-request"
import { INVOICE_LIST_FIELDS, StoreListInvoices } from "./validators"

export const storePortalInvoicesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/invoices", middlewares: [validateListQuery(StoreListInvoices, INVOICE_LIST_FIELDS)] },
]
