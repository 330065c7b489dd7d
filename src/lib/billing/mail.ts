import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../modules/billing"
import type BillingModuleService from "../../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { loadBranding } from "../branding"
import { notifyClients, type ClientMail } from "../notifications/deliver"
import { documentTranslator } from "./labels"

export type InvoiceMailResult = { sent: string[]; failed: string[] }

/**
 * Tells an account's payers whose sites cover an invoice that it was issued (or is overdue), through the
 * client notification registry (`invoice.issued` / `invoice.reminder`): in their notification centre, and by
 * e-mail in their language with the PDF stored at issue attached when their preference says so (a payer who
 * chose the digest gets it listed there, without the PDF). `key` makes a repeat of the same mailing (a
 * redelivered event, a job run twice) write and send nothing twice. A mail server that is down is logged and
 * answered, never thrown: the invoice stands.
 */
export async function mailInvoice(container: MedusaContainer, invoiceId: string, options: { reminder: boolean; key: string }): Promise<InvoiceMailResult> {
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const invoice = await billing.retrieveInvoice(invoiceId)
  const account = await accounts.retrieveClientAccount(invoice.account_id)
  const payers = await accounts.listAccountMembers({ account_id: invoice.account_id, is_payer: true }, { select: ["id"] })
  const branding = await loadBranding(container)
  let attachment: ClientMail["attachments"] | null = null
  const pdf = async (): Promise<NonNullable<ClientMail["attachments"]>> => {
    attachment ??= invoice.pdf_file_id
      ? [{ filename: `${invoice.number}.pdf`, content: (await container.resolve(Modules.FILE).getAsBuffer(invoice.pdf_file_id)).toString("base64"), content_type: "application/pdf", disposition: "attachment" }]
      : []
    return attachment
  }
  const amount = (t: ReturnType<typeof documentTranslator>) => t.money(Number(invoice.total) - Number(invoice.paid_total) - Number(invoice.credited_total), invoice.currency_code)
  const outcome = await notifyClients(container, {
    event: options.reminder ? "invoice.reminder" : "invoice.issued",
    account_id: invoice.account_id,
    site_id: invoice.site_id,
    member_ids: payers.map((m) => m.id),
    params: (locale) => {
      const t = documentTranslator(locale)
      return { document: t(invoice.kind, { number: invoice.number }), total: amount(t), due_date: t.day(invoice.due_date) }
    },
    link: `/invoices/${invoice.id}`,
    key: `invoice:${options.key}`,
    data: { invoice_id: invoice.id },
    mail: async (recipient) => {
      const t = documentTranslator(recipient.locale)
      return {
        template: "portal-invoice",
        idempotency_key: `portal-invoice:${options.key}:${recipient.customer_id}`,
        attachments: await pdf(),
        data: {
          locale: recipient.locale,
          first_name: recipient.first_name ?? "",
          account_name: account.name,
          document: t(invoice.kind, { number: invoice.number }),
          total: amount(t),
          due_date: t.day(invoice.due_date),
          reminder: options.reminder ? "true" : "false",
          portal_url: `${branding.portal_url}/${t.locale}/invoices/${invoice.id}`,
          business_name: branding.name,
          logo_url: branding.logo_url,
        },
      }
    },
  })
  return { sent: outcome.mailed, failed: outcome.failed }
}
