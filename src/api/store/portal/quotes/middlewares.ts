import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ListQuoteMessages, QuoteMessageBody, QuotePdfQuery, StoreAcceptQuote, StoreListQuotes, StoreRejectQuote } from "./validators"

export const QUOTE_MESSAGE_FIELDS = ["id", "author_type", "author_name", "body", "created_at"]

const BASE = "/store/portal/quotes"

export const storePortalQuotesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateAndTransformQuery(StoreListQuotes, { isList: true, defaultLimit: 20 })] },
  { method: ["POST"], matcher: `${BASE}/:id/accept`, middlewares: [validateAndTransformBody(StoreAcceptQuote)] },
  { method: ["POST"], matcher: `${BASE}/:id/reject`, middlewares: [validateAndTransformBody(StoreRejectQuote)] },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/messages`,
    middlewares: [validateAndTransformQuery(ListQuoteMessages, { defaults: QUOTE_MESSAGE_FIELDS, allowed: QUOTE_MESSAGE_FIELDS, isList: true, defaultLimit: 50 })],
  },
  { method: ["POST"], matcher: `${BASE}/:id/messages`, middlewares: [validateAndTransformBody(QuoteMessageBody)] },
  { method: ["GET"], matcher: `${BASE}/:id/pdf`, middlewares: [validateAndTransformQuery(QuotePdfQuery, {})] },
]
