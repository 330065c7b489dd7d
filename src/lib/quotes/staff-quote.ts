import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { QUOTE_MODULE } from "../../modules/quote"
import type QuoteModuleService from "../../modules/quote/service"
import { loadQuote, loadQuoteRelations, presentQuote } from "./present"

/** The quote as staff see it: what the client sees plus the draft, the history, the account and the messages count. */
export async function staffQuote(container: MedusaContainer, id: string) {
  const quote = await loadQuote(container, id, { kind: "staff" })
  const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const [history, [, messages], account] = await Promise.all([
    service.listQuoteStatusChanges({ quote_id: id }, { order: { created_at: "ASC" } }),
    service.listAndCountQuoteMessages({ quote_id: id }, { take: 1 }),
    container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(quote.account_id, { select: ["id", "name", "number", "locale"] }),
  ])
  return {
    ...presentQuote(quote, { kind: "staff" }, (await loadQuoteRelations(container, [quote]))(quote)),
    account,
    history: history.map((h) => ({ status: h.status, version: h.version, at: h.created_at, actor_type: h.actor_type, actor_name: h.actor_name, note: h.note })),
    messages: messages,
  }
}
