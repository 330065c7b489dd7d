import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeStaff } from "../../../../lib/quotes/actors"
import { loadQuote, loadQuoteRelations, presentListItem, presentQuote } from "../../../../lib/quotes/present"
import { listQuotePage, type QuotePageFilters } from "../../../../lib/quotes/quote-page"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { createQuoteWorkflow } from "../../../../workflows/quote/create-quote"
import type { AdminCreateQuoteType, AdminListQuotesType } from "./validators"

const STAFF = { kind: "staff" as const }

/**
 * Every quote, newest first. `order_id` finds the quote an order came from (order page widget);
 * `customer_id` the quotes of that customer's account (customer page widget).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListQuotesType>, res: MedusaResponse) {
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { status, account_id, order_id, customer_id, q } = req.validatedQuery
  const accounts = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const filters: QuotePageFilters = { audience: "staff", statuses: status, account_id, order_id, q }
  if (customer_id) {
    const [member] = await accounts.listAccountMembers({ customer_id }, { select: ["account_id"] })
    if (!member) return res.json({ quotes: [], count: 0, offset: skip, limit: take })
    filters.account_id = member.account_id
  }
  const { rows, count } = await listQuotePage(req.scope, filters, { skip, take, order })
  const relations = await loadQuoteRelations(req.scope, rows, { orderTotals: false })
  const accountIds = [...new Set(rows.map((row) => row.account_id))]
  const owners = accountIds.length ? await accounts.listClientAccounts({ id: accountIds }, { select: ["id", "name", "number"] }) : []
  res.json({
    quotes: rows.map((row) => ({
      ...presentListItem(row, STAFF, relations(row)),
      account: owners.find((a) => a.id === row.account_id) ?? null,
    })),
    count,
    offset: skip,
    limit: take,
  })
}

/** Staff draft a quote for a client account. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateQuoteType>, res: MedusaResponse) {
  const { result } = await createQuoteWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: await describeStaff(req) },
  })
  const quote = await loadQuote(req.scope, result.id, STAFF)
  res.status(201).json({ quote: presentQuote(quote, STAFF, (await loadQuoteRelations(req.scope, [quote]))(quote)) })
}
