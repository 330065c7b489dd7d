import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../modules/billing"
import type BillingModuleService from "../../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { loadBranding } from "../branding"
import { sitesCover } from "../portal-actor"
import { documentTranslator } from "./labels"

export type InvoiceMailResult = { sent: string[]; failed: string[] }

/**
 * Mails an invoice to its account's payers whose sites cover it, each in their language, with the PDF stored
 * at issue attached. `key` makes a repeat of the same mailing (a redelivered event, a job run twice) send
 * nothing twice. A mail server that is down is logged and answered, never thrown: the invoice stands.
 */
export async function mailInvoice(container: MedusaContainer, invoiceId: string, options: { reminder: boolean; key: string }): Promise<InvoiceMailResult> {
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const invoice = await billing.retrieveInvoice(invoiceId)
  const account = await accounts.retrieveClientAccount(invoice.account_id)
  const payers = (await accounts.listAccountMembers({ account_id: invoice.account_id, is_payer: true })).filter((m) => sitesCover(m.site_ids, invoice.site_id))
  const customers = payers.length ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: payers.map((m) => m.customer_id) }) : []
  const branding = await loadBranding(container)
  const attachment = invoice.pdf_file_id
    ? [{ filename: `${invoice.number}.pdf`, content: (await container.resolve(Modules.FILE).getAsBuffer(invoice.pdf_file_id)).toString("base64"), content_type: "application/pdf", disposition: "attachment" }]
    : []
  const result: InvoiceMailResult = { sent: [], failed: [] }
  for (const customer of customers.filter((c) => c.email)) {
    const locale = String(customer.metadata?.locale ?? account.locale ?? "en")
    const t = documentTranslator(locale)
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications([
        {
          to: customer.email,
          channel: "email",
          template: "portal-invoice",
          idempotency_key: `portal-invoice:${options.key}:${customer.id}`,
          attachments: attachment,
          data: {
            locale,
            first_name: customer.first_name ?? "",
            account_name: account.name,
            document: t(invoice.kind, { number: invoice.number }),
            total: t.money(Number(invoice.total) - Number(invoice.paid_total) - Number(invoice.credited_total), invoice.currency_code),
            due_date: t.day(invoice.due_date),
            reminder: options.reminder ? "true" : "false",
            portal_url: `${branding.portal_url}/${t.locale}/invoices/${invoice.id}`,
            business_name: branding.name,
            logo_url: branding.logo_url,
          },
        },
      ])
      result.sent.push(customer.email)
    } catch (error) {
      const message = ((error as Error).message ?? "unknown error").split("\n").filter(Boolean).pop()
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Invoice ${invoice.number} not mailed to ${customer.email}: ${message}`)
      result.failed.push(customer.email)
    }
  }
  return result
}
