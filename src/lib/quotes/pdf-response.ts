import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadBranding } from "../branding"
import type { RecordScope } from "../portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { renderQuotePdf } from "./pdf"
import { loadQuote, loadQuoteRelations, presentQuote, type Audience } from "./present"

/** Answers the PDF of a version (the one the reader sees by default) as a download named `<number>-v<version>.pdf`. */
export async function sendQuotePdf(req: MedusaRequest, res: MedusaResponse, audience: Audience, version?: number, scope?: RecordScope) {
  const quote = await loadQuote(req.scope, req.params.id, audience, scope)
  const relations = (await loadQuoteRelations(req.scope, [quote]))(quote)
  const presented = presentQuote(quote, audience, { ...relations, version })
  const account = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(quote.account_id)
  const pdf = await renderQuotePdf({
    locale: account.locale,
    branding: await loadBranding(req.scope),
    quote: presented,
    client: {
      name: account.name,
      number: account.number,
      lines: [account.address_1, account.address_2, [account.postal_code, account.city].filter(Boolean).join(" "), account.country_code?.toUpperCase()].filter(
        (line): line is string => !!line
      ),
    },
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${presented.number}-v${presented.version}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
