import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import remindOverdueInvoicesJob from "../../../src/jobs/remind-overdue-invoices"
import { recordDeliveryNote } from "../../../scripts/seed/delivery-notes"
import { BILLING_MODULE } from "../../../src/modules/billing"
import type BillingModuleService from "../../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { pdfText } from "../../helpers/pdf-text"
import { useSmtpServer, type ReceivedMail } from "../../helpers/smtp"
import { createQuoteWorld, failure, quoteBody, type QuoteWorld } from "../quote/fixtures"
import { placeOrder } from "./fixtures"

jest.setTimeout(300_000)

const smtp = useSmtpServer()
const year = new Date().getUTCFullYear()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The first mail to `to` whose subject contains `text`, among those received after the first `since`, waiting for it a while. */
async function mailTo(to: string, text: string, since = 0): Promise<ReceivedMail> {
  for (let i = 0; i < 150; i++) {
    const found = smtp.mails.slice(since).find((m) => m.to.includes(to) && m.subject.includes(text))
    if (found) return found
    await sleep(100)
  }
  throw new Error(`No mail to ${to} about ${text}; received: ${smtp.mails.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ")}`)
}

/** The PDF attached to a mail, from its raw MIME text. */
function pdfAttachment(mail: ReceivedMail): { filename: string; pdf: Buffer } | null {
  const part = mail.raw.split(/\r?\n--/).find((p) => /content-type:\s*application\/pdf/i.test(p))
  if (!part) return null
  const [headers, ...body] = part.split(/\r?\n\r?\n/)
  const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1] ?? ""
  return { filename, pdf: Buffer.from(body.join("").replace(/\s+/g, ""), "base64") }
}

/** Medusa's event, as its cart completion or fulfilment workflow emits it (and as a redelivery repeats it). */
async function emit(container: MedusaContainer, name: string, data: Record<string, unknown>) {
  await container.resolve(Modules.EVENT_BUS).emit({ name, data })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const invoicesOf = async (orderId: string) =>
      (await api.get(`/admin/portal/invoices?order_id=${orderId}&order=number`, staff())).data.invoices as { id: string; number: string; kind: string; total: number }[]
    /** Waits until the order has `count` invoices (a subscriber runs after the event is emitted), then a moment more for stragglers. */
    const settled = async (orderId: string, count: number) => {
      for (let i = 0; i < 100 && (await invoicesOf(orderId)).length < count; i++) await sleep(100)
      await sleep(1500)
      return invoicesOf(orderId)
    }
    const setIssueOn = (issue_on: string) => api.post("/admin/portal/settings", { billing: { issue_on } }, staff())

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [claireMember] = await accounts.listAccountMembers({ customer_id: world.acme.members[0].customer_id })
      await accounts.updateAccountMembers({ id: claireMember.id, is_payer: true })
    })

    it("validates and saves the invoicing settings, answers them with defaults, and numbers invoices by them", async () => {
      const before = await api.get("/admin/portal/settings", staff())
      expect(before.data.settings.billing).toEqual({
        payment_terms_days: 30,
        issue_on: "manual",
        reminder_interval_days: 7,
        invoice_footer: null,
        number_prefixes: { invoice: "INV", deposit: "DEP", settlement: "SET", credit_note: "CN" },
        number_digits: 5,
      })
      const bad: [Record<string, unknown>, string][] = [
        [{ issue_on: "weekly" }, "billing.issue_on"],
        [{ payment_terms_days: -1 }, "billing.payment_terms_days"],
        [{ payment_terms_days: 1.5 }, "billing.payment_terms_days"],
        [{ reminder_interval_days: 400 }, "billing.reminder_interval_days"],
        [{ number_digits: 2 }, "billing.number_digits"],
        [{ number_prefixes: { invoice: "F A" } }, "billing.number_prefixes.invoice"],
        [{ number_prefixes: { proforma: "PF" } }, "proforma"],
        [{ number_prefixes: { deposit: "inv" } }, "billing.number_prefixes"],
        [{ invoice_footer: "x".repeat(2001) }, "billing.invoice_footer"],
        [{ late_fee: 3 }, "late_fee"],
      ]
      for (const [billing, field] of bad) {
        const answer = await api.post("/admin/portal/settings", { billing }, staff()).catch(failure)
        // Medusa's own messages name a nested field as "billing, issue_on".
        expect([answer.status, answer.data.message]).toEqual([400, expect.stringContaining(field.split(".").pop()!)])
      }
      expect((await api.get("/admin/portal/settings", staff())).data.settings.billing.issue_on).toBe("manual")

      const saved = await api.post(
        "/admin/portal/settings",
        { billing: { payment_terms_days: 10, number_prefixes: { invoice: "FA" }, number_digits: 4, invoice_footer: "  IBAN FR76 3000 6000 0112 3456 7890 189  " } },
        staff()
      )
      expect(saved.data.settings.billing).toMatchObject({
        payment_terms_days: 10,
        issue_on: "manual",
        number_prefixes: { invoice: "FA", deposit: "DEP" },
        number_digits: 4,
        invoice_footer: "IBAN FR76 3000 6000 0112 3456 7890 189",
      })
      // A later partial save keeps the rest.
      await api.post("/admin/portal/settings", { billing: { reminder_interval_days: 3 } }, staff())
      expect((await api.get("/admin/portal/settings", staff())).data.settings.billing).toMatchObject({ payment_terms_days: 10, reminder_interval_days: 3, number_prefixes: { invoice: "FA" } })

      const order = await placeOrder(getContainer(), world, world.acme.members[0].customer_id, null)
      const { invoice } = (await api.post("/admin/portal/invoices", { order_id: order.id }, staff())).data
      expect(invoice.number).toBe(`FA-${year}-0001`)
      // Due at the end of the tenth day after issue (UTC).
      expect(invoice.due_date.slice(0, 10)).toBe(new Date(Date.parse(invoice.issue_date) + 10 * 86_400_000).toISOString().slice(0, 10))
      const pdf = await api.get(`/admin/portal/invoices/${invoice.id}/pdf`, { ...staff(), responseType: "arraybuffer" })
      expect(pdfText(Buffer.from(pdf.data))).toContain("IBAN FR76 3000 6000 0112 3456 7890 189")
    })

    it("issues a deposit invoice on an order and deducts it from the order's invoice", async () => {
      const order = await placeOrder(getContainer(), world, world.acme.members[0].customer_id, null)
      const invalid: [Record<string, unknown>, string][] = [
        [{ order_id: order.id, kind: "deposit" }, "amount"],
        [{ order_id: order.id, kind: "deposit", amount: -5 }, "amount"],
        [{ order_id: order.id, kind: "proforma" }, "kind"],
        [{ order_id: order.id, amount: 100 }, "amount"],
        [{ order_id: order.id, kind: "deposit", amount: 100, deposit_ids: ["inv_1"] }, "deposit_ids"],
        [{ order_id: order.id, kind: "deposit", amount: 1_000_000 }, "amount"],
      ]
      for (const [body, field] of invalid) {
        const answer = await api.post("/admin/portal/invoices", body, staff()).catch(failure)
        expect([answer.status, answer.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      expect(await invoicesOf(order.id)).toEqual([])

      const deposit = (await api.post("/admin/portal/invoices", { order_id: order.id, kind: "deposit", amount: 500 }, staff())).data.invoice
      // 500 tax included, in the order's proportion of tax (20 % VAT: 370 of 2,220), rounded to the cent.
      expect(deposit).toMatchObject({ kind: "deposit", number: `DEP-${year}-00001`, subtotal: 416.67, tax_total: 83.33, total: 500, status: "open", order: { id: order.id } })
      expect(deposit.lines).toMatchObject([{ quantity: 1, unit_price: 416.67, subtotal: 416.67, tax_total: 83.33, total: 500 }])
      const final = (await api.post("/admin/portal/invoices", { order_id: order.id }, staff())).data.invoice
      expect(final).toMatchObject({ kind: "invoice", number: `INV-${year}-00001`, tax_total: 370, deposit_total: 500, deducted_deposits: [{ id: deposit.id, total: 500, tax_total: 83.33 }] })
      expect(final.total).toBeCloseTo(final.subtotal + final.tax_total - 500)
      // Deposit plus final invoice less the deduction: the order's amount and the order's tax, each once.
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["total", "tax_total"], filters: { id: order.id } })
      expect(deposit.total + final.total).toBeCloseTo(Number(data[0].total))
      expect(deposit.tax_total + final.tax_total - final.deducted_deposits[0].tax_total).toBeCloseTo(Number(data[0].tax_total))
      const pdf = pdfText(Buffer.from((await api.get(`/admin/portal/invoices/${final.id}/pdf`, { ...staff(), responseType: "arraybuffer" })).data))
      expect(pdf).toContain(deposit.number)
      expect(pdf).toMatch(/83[.,]33/)
      const late = await api.post("/admin/portal/invoices", { order_id: order.id, kind: "deposit", amount: 10 }, staff()).catch(failure)
      expect(late.status).toBe(409)
    })

    it("issues invoices by itself only as the setting says: never when manual, once per order when placed, whatever the redeliveries", async () => {
      const container = getContainer()
      const mailsBefore = smtp.mails.length
      const manual = await placeOrder(container, world, world.acme.members[0].customer_id, world.acme.site_ids[0])
      await emit(container, OrderWorkflowEvents.PLACED, { id: manual.id })
      expect(await settled(manual.id, 1)).toEqual([])

      await setIssueOn("order")
      const placed = await placeOrder(container, world, world.acme.members[0].customer_id, world.acme.site_ids[0])
      await Promise.all([emit(container, OrderWorkflowEvents.PLACED, { id: placed.id }), emit(container, OrderWorkflowEvents.PLACED, { id: placed.id })])
      await emit(container, OrderWorkflowEvents.PLACED, { id: placed.id })
      const issued = await settled(placed.id, 1)
      expect(issued).toMatchObject([{ kind: "invoice", number: `INV-${year}-00001` }])
      // Shipping does not invoice under "order"; the invoice went to the payer.
      await emit(container, OrderWorkflowEvents.FULFILLMENT_CREATED, { order_id: manual.id, fulfillment_id: "ful_x" })
      expect(await settled(manual.id, 1)).toEqual([])
      await mailTo("claire@acme.test", `INV-${year}-00001`, mailsBefore)

      // An order of a customer who is no client account's member is Medusa's business alone.
      const [walkIn] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email: "walk-in@shop.test", first_name: "Walk" }])
      const stranger = await placeOrder(container, world, walkIn.id, null)
      await emit(container, OrderWorkflowEvents.PLACED, { id: stranger.id })
      expect(await settled(stranger.id, 1)).toEqual([])

      // The redeliveries used no number: the next invoice, of an order a quote's acceptance placed, follows on.
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world), staff())
      await api.post(`/admin/portal/quotes/${data.quote.id}/send`, {}, staff())
      const accepted = await api.post(`/store/portal/quotes/${data.quote.id}/accept`, { selected_optional_line_ids: [] }, claire())
      expect(await settled(accepted.data.order.id, 1)).toMatchObject([{ kind: "invoice", number: `INV-${year}-00002` }])
    })

    it("invoices each fulfilment for the lines it ships when set to, shipping on the first, once per fulfilment whatever the redeliveries", async () => {
      const container = getContainer()
      await setIssueOn("fulfillment")
      const order = await placeOrder(container, world, world.acme.members[0].customer_id, null, 3, 30)
      await emit(container, OrderWorkflowEvents.PLACED, { id: order.id })
      expect(await settled(order.id, 1)).toEqual([])
      const deposit = (await api.post("/admin/portal/invoices", { order_id: order.id, kind: "deposit", amount: 200 }, staff())).data.invoice
      const [pump, kit] = order.items

      const first = await recordDeliveryNote(container, order, { lines: [{ line: pump, quantity: 1 }], shipped_at: new Date() })
      const shipFirst = { order_id: order.id, fulfillment_id: first.id }
      await Promise.all([emit(container, OrderWorkflowEvents.FULFILLMENT_CREATED, shipFirst), emit(container, OrderWorkflowEvents.FULFILLMENT_CREATED, shipFirst)])
      expect((await settled(order.id, 2)).map((i) => i.kind).sort()).toEqual(["deposit", "invoice"])
      const second = await recordDeliveryNote(container, order, { lines: [{ line: pump, quantity: 2 }, { line: kit, quantity: 1 }], shipped_at: new Date() })
      await emit(container, OrderWorkflowEvents.FULFILLMENT_CREATED, { order_id: order.id, fulfillment_id: second.id })
      expect(await settled(order.id, 3)).toHaveLength(3)
      // A late redelivery of the first shipment's event issues no third invoice.
      await emit(container, OrderWorkflowEvents.FULFILLMENT_CREATED, shipFirst)
      const invoices = (await settled(order.id, 3)).filter((i) => i.kind === "invoice")
      expect(invoices.map((i) => i.number)).toEqual([`INV-${year}-00001`, `INV-${year}-00002`])

      const [one, two] = await Promise.all(invoices.map(async (i) => (await api.get(`/admin/portal/invoices/${i.id}`, staff())).data.invoice))
      expect(one.lines.map((l: { title: string; quantity: number }) => [l.title, l.quantity])).toEqual([["Booster pump", 1], ["Shipping", 1]])
      expect(two.lines.map((l: { title: string; quantity: number }) => [l.title, l.quantity])).toEqual([["Booster pump", 2], ["Filter kit", 1]])
      // 20 % French VAT on the goods and the shipping; the deposit is deducted from the first invoice, where it fits.
      expect(one).toMatchObject({ subtotal: 930, tax_total: 186, deposit_total: 200, total: 916, deducted_deposits: [{ id: deposit.id }] })
      expect(two).toMatchObject({ subtotal: 1850, tax_total: 370, deposit_total: 0, total: 2220 })
      const { data } = await container.resolve("query").graph({ entity: "order", fields: ["total", "tax_total"], filters: { id: order.id } })
      expect(one.total + one.deposit_total + two.total).toBeCloseTo(Number(data[0].total))
      expect(one.tax_total + two.tax_total).toBeCloseTo(Number(data[0].tax_total))
      const recorded = await container.resolve<BillingModuleService>(BILLING_MODULE).listInvoices({ id: [one.id, two.id] }, { select: ["id", "fulfillment_id"] })
      expect(Object.fromEntries(recorded.map((i) => [i.id, i.fulfillment_id]))).toEqual({ [one.id]: first.id, [two.id]: second.id })

      // The order is invoiced per shipment now: staff cannot invoice it whole on top.
      const whole = await api.post("/admin/portal/invoices", { order_id: order.id }, staff()).catch(failure)
      expect(whole.status).toBe(409)
    })

    it("marks overdue invoices at night and reminds the payer once, in the member's own language", async () => {
      const container = getContainer()
      const customers = container.resolve(Modules.CUSTOMER)
      await customers.updateCustomers(world.acme.members[0].customer_id, { metadata: { locale: "it" } })
      const order = await placeOrder(container, world, world.acme.members[0].customer_id, null)
      const { invoice } = (await api.post("/admin/portal/invoices", { order_id: order.id }, staff())).data
      const current = await placeOrder(container, world, world.acme.members[0].customer_id, null)
      const notDue = (await api.post("/admin/portal/invoices", { order_id: current.id }, staff())).data.invoice
      await container.resolve<BillingModuleService>(BILLING_MODULE).updateInvoices({ id: invoice.id, due_date: new Date(Date.now() - 3 * 86_400_000) })
      await mailTo("claire@acme.test", invoice.number)
      const reminders = () => smtp.mails.filter((m) => m.to.includes("claire@acme.test") && m.subject.startsWith("Sollecito"))

      await remindOverdueInvoicesJob(container)
      expect((await api.get(`/store/portal/invoices/${invoice.id}`, claire())).data.invoice.status).toBe("overdue")
      expect((await api.get(`/store/portal/invoices/${notDue.id}`, claire())).data.invoice.status).toBe("open")
      for (let i = 0; i < 50 && !reminders().length; i++) await sleep(100)
      expect(reminders().map((m) => m.subject)).toEqual([`Sollecito: Fattura ${invoice.number} è scaduta`])
      expect(pdfAttachment(reminders()[0])?.filename).toBe(`${invoice.number}.pdf`)
      const due = (await api.get("/store/portal/invoices/amount-due", claire())).data.amount_due.totals[0]
      expect(due).toMatchObject({ overdue_count: 1, count: 2 })

      await remindOverdueInvoicesJob(container)
      await sleep(1000)
      expect(reminders()).toHaveLength(1)
    })

    it("prints the business's details on every document and attaches the quote's PDF to its e-mail", async () => {
      const container = getContainer()
      const mailsBefore = smtp.mails.length
      await api.post("/admin/portal/settings", { business_name: "Atelier Rhône", general_information: "5 quai Perrache, 69002 Lyon\nSIRET 123 456 789 00012" }, staff())
      const order = await placeOrder(container, world, world.acme.members[0].customer_id, null)
      await recordDeliveryNote(container, order, { lines: [{ line: order.items[0], quantity: 1 }], shipped_at: new Date(), tracking: "TRK-9" })
      const { invoice } = (await api.post("/admin/portal/invoices", { order_id: order.id }, staff())).data
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world), staff())
      await api.post(`/admin/portal/quotes/${data.quote.id}/send`, {}, staff())
      const detail = (await api.get(`/store/portal/orders/${order.id}`, claire())).data.order

      const documents = [
        `/store/portal/orders/${order.id}/pdf`,
        detail.delivery_notes[0].pdf_url,
        `/store/portal/invoices/${invoice.id}/pdf`,
        "/store/portal/price-list/pdf",
        `/store/portal/quotes/${data.quote.id}/pdf`,
      ]
      for (const url of documents) {
        const text = pdfText(Buffer.from((await api.get(url, { ...claire(), responseType: "arraybuffer" })).data))
        expect([url, text]).toEqual([url, expect.stringContaining("Atelier Rhône")])
        expect(text).toContain("SIRET 123 456 789 00012")
      }

      const quoteMail = await mailTo("anne@acme.test", data.quote.number, mailsBefore)
      const attached = pdfAttachment(quoteMail)
      expect(attached?.filename).toBe(`${data.quote.number}-v1.pdf`)
      expect(attached!.pdf.subarray(0, 5).toString()).toBe("%PDF-")
      expect(pdfText(attached!.pdf)).toContain("Atelier Rhône")
    })
  },
})
