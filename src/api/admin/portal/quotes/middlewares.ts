import type { MiddlewareRoute } from "@medusajs/framework/http"
import { QUOTE_MESSAGE_FIELDS } from "../../../store/portal/quotes/middlewares"
import { ListQuoteMessages, QUOTE_LIST_FIELDS, QuoteMessageBody, QuotePdfQuery } from "../../../store/portal/quotes/validators"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import { AdminCancelQuote, AdminCreateQuote, AdminListQuotes, AdminUpdateQuote, AdminVariantPrices } from "./validators"

const BASE = "/admin/portal/quotes"

export const adminPortalQuotesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListQuotes, QUOTE_LIST_FIELDS)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminCreateQuote)] },
  { method: ["GET"], matcher: `${BASE}/variant-prices`, middlewares: [validateQuery(AdminVariantPrices)] },
  { method: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateBody(AdminUpdateQuote)] },
  { method: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateBody(AdminCancelQuote)] },
  { method: ["GET"], matcher: `${BASE}/:id/messages`, middlewares: [validateListQuery(ListQuoteMessages, QUOTE_MESSAGE_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/messages`, middlewares: [validateBody(QuoteMessageBody)] },
  { method: ["GET"], matcher: `${BASE}/:id/pdf`, middlewares: [validateQuery(QuotePdfQuery)] },
]
