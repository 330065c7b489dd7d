import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadBranding } from "../../../lib/branding"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { sumTotals } from "../../../lib/quotes/totals"
import { quotePdf } from "../../../lib/quotes/pdf-response"
import { notifyClients } from "../../../lib/notifications/deliver"

export type QuoteEmailsResult = { sent: string[]; failed: string[] }

export const sendQuoteEmailsStepId = "send-quote-emails"

/**
 * Tells the account's members who may approve, and whose sites cover the quote's, that a quote (or a new
 * version) awaits them, through the client notification registry (`quote.sent`): in their notification
 * centre, and by e-mail in the account's language as each member's preference says, with the version's PDF
 * attached. A mail server that is
 * down must not undo the sending: failures are logged and answered, and staff can send again. A sent mail
 * cannot be recalled, so there is nothing to compensate.
 */
export const sendQuoteEmailsStep = createStep(
  sendQuoteEmailsStepId,
  async ({ quote_id, version }: { quote_id: string; version: number }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const quote = await quotes.retrieveQuote(quote_id)
    const account = await accounts.retrieveClientAccount(quote.account_id)
    const approvers = await accounts.listAccountMembers({ account_id: quote.account_id, role: ["admin", "approver"] }, { select: ["id"] })
    const [current] = await quotes.listQuoteVersions({ quote_id, version }, { relations: ["lines"] })
    const totals = sumTotals((current?.lines ?? []).filter((l) => !l.is_optional || l.selected))
    const branding = await loadBranding(container)
    const attachments = approvers.length ? await quoteAttachment(container, quote_id, version) : []
    const outcome = await notifyClients(container, {
      event: "quote.sent",
      account_id: quote.account_id,
      site_id: quote.site_id,
      member_ids: approvers.map((m) => m.id),
      params: { number: quote.number, title: quote.title },
      link: `/quotes/${quote.id}`,
      key: `quote:${quote.id}:${version}`,
      data: { quote_id: quote.id, version },
      mail: (recipient) => ({
        template: "portal-quote-sent",
        idempotency_key: `portal-quote-sent:${quote.id}:${version}:${recipient.customer_id}`,
        attachments,
        data: {
          locale: account.locale,
          first_name: recipient.first_name ?? "",
          account_name: account.name,
          quote_number: quote.number,
          quote_title: quote.title,
          version,
          total: new Intl.NumberFormat(account.locale, { style: "currency", currency: quote.currency_code.toUpperCase() }).format(totals.total),
          valid_until: new Intl.DateTimeFormat(account.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(quote.valid_until)),
          portal_url: `${branding.portal_url}/${account.locale}/quotes/${quote.id}`,
          business_name: branding.name,
          logo_url: branding.logo_url,
        },
      }),
    })
    const result: QuoteEmailsResult = { sent: outcome.mailed, failed: outcome.failed }
    return new StepResponse(result)
  }
)

/** The version's PDF as the client sees it; a PDF that cannot be made leaves the mail without it, never unsent. */
async function quoteAttachment(container: MedusaContainer, quoteId: string, version: number) {
  try {
    const { filename, pdf } = await quotePdf(container, quoteId, { kind: "client", can_approve: true }, version)
    return [{ filename, content: pdf.toString("base64"), content_type: "application/pdf", disposition: "attachment" }]
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Quote ${quoteId} mailed without its PDF: ${(error as Error).message}`)
    return []
  }
}
