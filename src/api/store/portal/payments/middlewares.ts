import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { PAYMENT_LIST_FIELDS, StoreCompletePayment, StoreListPayments, StorePayInvoices } from "./validators"

export const storePortalPaymentsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/payments", middlewares: [validateListQuery(StoreListPayments, PAYMENT_LIST_FIELDS)] },
  { method: ["POST"], matcher: "/store/portal/payments", middlewares: [validateBody(StorePayInvoices)] },
  { method: ["POST"], matcher: "/store/portal/payments/:id/complete", middlewares: [validateBody(StoreCompletePayment)] },
]
