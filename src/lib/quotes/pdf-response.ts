import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { clientLines, loadDocumentBrand } from "../documents/pdf-document"
import type { RecordScope } from "../portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { renderQuotePdf } from "./pdf"
import { loadQuote, loadQuoteRelations, presentQuote, type Audience } from "./present"

/** The PDF of a version of a quote (the one the reader sees by default), named `<number>-v<version>.pdf`. */
export async function quotePdf(container: MedusaContainer, quoteId: string, audience: Audience, version?: number, scope?: RecordScope): Promise<{ filename: string; pdf: Buffer }> {
  const quote = await loadQuote(container, quoteId, audience, scope)
  const relations = (await loadQuoteRelations(container, [quote]))(quote)
  const presented = presentQuote(quote, audience, { ...relations, version })
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(quote.account_id)
  const [name, number, ...address] = clientLines(account)
  const pdf = await renderQuotePdf({
    locale: account.locale,
    brand: await loadDocumentBrand(container),
    quote: presented,
    client: { name, number, lines: address },
  })
  return { filename: `${presented.number}-v${presented.version}.pdf`, pdf }
}

/** Answers the PDF of a version as a download. */
export async function sendQuotePdf(req: MedusaRequest, res: MedusaResponse, audience: Audience, version?: number, scope?: RecordScope) {
  const { filename, pdf } = await quotePdf(req.scope, req.params.id, audience, version, scope)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
