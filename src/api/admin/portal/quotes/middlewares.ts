import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { QUOTE_MESSAGE_FIELDS } from "../../../store/portal/quotes/middlewares"
import { ListQuoteMessages, QuoteMessageBody, QuotePdfQuery } from "../../../store/portal/quotes/validators"
import { AdminCancelQuote, AdminCreateQuote, AdminListQuotes, AdminUpdateQuote, AdminVariantPrices } from "./validators"

const BASE = "/admin/portal/quotes"

export const adminPortalQuotesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(AdminListQuotes, { isList: true, defaultLimit: 20 })] },
  { method: ["POST"], matcher: BASE, middlewares: [validateAndTransformBody(AdminCreateQuote)] },
  { method: ["GET"], matcher: `${BASE}/variant-prices`, middlewares: [validateAndTransformQuery(AdminVariantPrices, {})] },
  { method: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateAndTransformBody(AdminUpdateQuote)] },
  { method: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateAndTransformBody(AdminCancelQuote)] },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [validateAndTransformQuery(ListQuoteMessages, { defaults: QUOTE_MESSAGE_FIELDS, allowed: QUOTE_MESSAGE_FIELDS, isList: true, defaultLimit: 50 })],
  },
  { method: ["POST"], matcher: `${BASE}/:id/messages`, middlewares: [validateAndTransformBody(QuoteMessageBody)] },
  { method: ["GET"], matcher: `${BASE}/:id/pdf`, middlewares: [validateAndTransformQuery(QuotePdfQuery, {})] },
]
