import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { loadQuote } from "../../../../../../lib/quotes/present"
import { QUOTE_MODULE } from "../../../../../../modules/quote"
import type QuoteModuleService from "../../../../../../modules/quote/service"
import { addQuoteMessageWorkflow } from "../../../../../../workflows/quote/add-quote-message"
import type { ListQuoteMessagesType, QuoteMessageBodyType } from "../../../../../store/portal/quotes/validators"

/** The quote's thread, oldest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListQuoteMessagesType>, res: MedusaResponse) {
  await loadQuote(req.scope, req.params.id, { kind: "staff" })
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [messages, count] = await req.scope
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listAndCountQuoteMessages({ quote_id: req.params.id }, { select: req.queryConfig.fields, skip, take, order: { created_at: "ASC" } })
  res.json({ messages, count, offset: skip, limit: take })
}

/** Staff answer on the thread; the client reads it in the portal. */
export async function POST(req: AuthenticatedMedusaRequest<QuoteMessageBodyType>, res: MedusaResponse) {
  const staff = await describeStaff(req)
  const { result } = await addQuoteMessageWorkflow(req.scope).run({
    input: { quote_id: req.params.id, body: req.validatedBody.body, author: { type: "staff", id: staff.id, name: staff.name } },
  })
  const { id, author_type, author_name, body, created_at } = result
  res.status(201).json({ message: { id, author_type, author_name, body, created_at } })
}
