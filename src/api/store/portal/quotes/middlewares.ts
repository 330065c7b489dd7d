import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import {
  ListQuoteMessages,
  QUOTE_LIST_FIELDS,
  QuoteMessageBody,
  QuotePdfQuery,
  StoreAcceptQuote,
  StoreListQuotes,
  StoreRejectQuote,
} from "./validators"

export const QUOTE_MESSAGE_FIELDS = ["id", "author_type", "author_name", "body", "created_at"]

const BASE = "/store/portal/quotes"

export const storePortalQuotesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListQuotes, QUOTE_LIST_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/accept`, middlewares: [validateBody(StoreAcceptQuote)] },
  { method: ["POST"], matcher: `${BASE}/:id/reject`, middlewares: [validateBody(StoreRejectQuote)] },
  { method: ["GET"], matcher: `${BASE}/:id/messages`, middlewares: [validateListQuery(ListQuoteMessages, QUOTE_MESSAGE_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/messages`, middlewares: [validateBody(QuoteMessageBody)] },
  { method: ["GET"], matcher: `${BASE}/:id/pdf`, middlewares: [validateQuery(QuotePdfQuery)] },
]
