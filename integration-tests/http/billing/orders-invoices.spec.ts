import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { recordDeliveryNote } from "../../../scripts/seed/delivery-notes"
import { BILLING_MODULE } from "../../../src/modules/billing"
import type BillingModuleService from "../../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { issueCustomerToken } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, failure, type QuoteWorld } from "../quote/fixtures"
import { placeOrder } from "./fixtures"

jest.setTimeout(240_000)

const smtp = useSmtpServer()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const paul = () => ({ headers: world.acme.members[2].headers })
    const marco = () => ({ headers: world.rossi.members[0].headers })

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [claireMember] = await accounts.listAccountMembers({ customer_id: world.acme.members[0].customer_id })
      await accounts.updateAccountMembers({ id: claireMember.id, is_payer: true })
    })

    it("lists the account's orders with delivery notes and PDFs, and answers 404 to other accounts and sites", async () => {
      const container = getContainer()
      const [lyon] = world.acme.site_ids
      const order = await placeOrder(container, world, world.acme.members[0].customer_id, lyon)
      const rossiOrder = await placeOrder(container, world, world.rossi.members[0].customer_id, null)
      await recordDeliveryNote(container, order, { lines: [{ line: order.items[0], quantity: 1 }], shipped_at: new Date("2026-03-02T08:00:00Z"), tracking: "TRK-1" })

      const list = await api.get("/store/portal/orders", claire())
      expect(list.data.count).toBe(1)
      expect(list.data.orders[0]).toMatchObject({ id: order.id, site_id: lyon, item_count: 3, total: expect.any(Number), placed_by: "Claire Martin", quote: null })
      expect((await api.get(`/store/portal/orders?q=${list.data.orders[0].display_id}`, claire())).data.count).toBe(1)
      expect((await api.get("/store/portal/orders?q=999999", claire())).data.count).toBe(0)
      expect((await api.get("/store/portal/orders?status=canceled", claire())).data.count).toBe(0)
      expect((await api.get("/store/portal/orders?status=bogus", claire()).catch(failure)).status).toBe(400)

      const { data } = await api.get(`/store/portal/orders/${order.id}`, claire())
      expect(data.order.items).toHaveLength(2)
      expect(data.order.delivery_notes).toHaveLength(1)
      expect(data.order.delivery_notes[0]).toMatchObject({ tracking: [{ number: "TRK-1" }], items: [{ title: "Booster pump", quantity: 1 }] })
      expect(data.order.fulfillment_status).toBe("partially_shipped")
      const pdf = await api.get(`/store/portal/orders/${order.id}/pdf`, { ...claire(), responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(Buffer.from(pdf.data).subarray(0, 4).toString()).toBe("%PDF")
      const note = await api.get(data.order.delivery_notes[0].pdf_url, { ...claire(), responseType: "arraybuffer" })
      expect(Buffer.from(note.data).subarray(0, 4).toString()).toBe("%PDF")

      for (const url of [`/store/portal/orders/${order.id}`, `/store/portal/orders/${order.id}/pdf`, data.order.delivery_notes[0].pdf_url]) {
        expect((await api.get(url, marco()).catch(failure)).status).toBe(404)
      }
      expect((await api.get(`/store/portal/orders/${rossiOrder.id}`, claire()).catch(failure)).status).toBe(404)
      expect((await api.get("/store/portal/orders", marco())).data.orders.map((o: { id: string }) => o.id)).toEqual([rossiOrder.id])

      // A member limited to another site sees neither the order nor its documents.
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const other = await accounts.createSites({ account_id: world.acme.account_id, name: "Grenoble depot" })
      const [zoe] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email: "zoe@acme.test", first_name: "Zoe" }])
      await accounts.createAccountMembers({ account_id: world.acme.account_id, customer_id: zoe.id, role: "approver", site_ids: [other.id] })
      const zoeHeaders = { headers: { "x-publishable-api-key": world.key, authorization: `Bearer ${await issueCustomerToken(container, zoe)}` } }
      expect((await api.get("/store/portal/orders", zoeHeaders)).data.count).toBe(0)
      expect((await api.get(`/store/portal/orders/${order.id}`, zoeHeaders).catch(failure)).status).toBe(404)

      // Reorder: a new cart of Claire's at today's prices; a viewer may not.
      const reorder = await api.post(`/store/portal/orders/${order.id}/reorder`, {}, claire())
      expect(reorder.status).toBe(201)
      const cart = await container.resolve(Modules.CART).retrieveCart(reorder.data.cart.id, { relations: ["items"] })
      expect(cart.customer_id).toBe(world.acme.members[0].customer_id)
      expect(cart.items!.map((i) => [i.variant_id, Number(i.quantity)]).sort()).toEqual([[world.kit_id, 1], [world.pump_id, 2]].sort())
      expect((await api.post(`/store/portal/orders/${order.id}/reorder`, {}, paul()).catch(failure)).status).toBe(403)
    })

    it("issues an invoice once per order with a stored PDF, mails it, takes partial payments and credit notes, and sums the amount due", async () => {
      const container = getContainer()
      const order = await placeOrder(container, world, world.acme.members[0].customer_id, world.acme.site_ids[0])
      const issued = await api.post("/admin/portal/invoices", { order_id: order.id }, staff())
      expect(issued.status).toBe(201)
      const invoice = issued.data.invoice
      expect(invoice).toMatchObject({ kind: "invoice", status: "open", number: `INV-${new Date().getUTCFullYear()}-00001`, order: { id: order.id } })
      expect(invoice.total).toBeGreaterThan(0)
      expect(invoice.lines).toHaveLength(2)
      const again = await api.post("/admin/portal/invoices", { order_id: order.id }, staff()).catch(failure)
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/order_id/)

      const mail = await smtp.waitFor("claire@acme.test")
      expect(mail.subject).toContain(invoice.number)

      const list = await api.get("/store/portal/invoices", claire())
      expect(list.data).toMatchObject({ count: 1, invoices: [{ id: invoice.id, amount_due: invoice.total }] })
      expect((await api.get("/store/portal/invoices", marco())).data.count).toBe(0)
      expect((await api.get(`/store/portal/invoices/${invoice.id}`, marco()).catch(failure)).status).toBe(404)
      expect((await api.get(`/store/portal/invoices/${invoice.id}/pdf`, marco()).catch(failure)).status).toBe(404)
      const detail = await api.get(`/store/portal/invoices/${invoice.id}`, claire())
      expect(detail.data.invoice).toMatchObject({ can_pay: true, pdf_url: `/store/portal/invoices/${invoice.id}/pdf` })
      expect(detail.data.invoice.pdf_file_id).toBeUndefined()
      const first = await api.get(`/store/portal/invoices/${invoice.id}/pdf`, { ...claire(), responseType: "arraybuffer" })
      expect(Buffer.from(first.data).subarray(0, 4).toString()).toBe("%PDF")

      // The PDF stays as issued: renaming the account later does not change it.
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      await accounts.updateClientAccounts({ id: world.acme.account_id, name: "Acme Renamed" })
      const second = await api.get(`/store/portal/invoices/${invoice.id}/pdf`, { ...claire(), responseType: "arraybuffer" })
      expect(Buffer.compare(Buffer.from(first.data), Buffer.from(second.data))).toBe(0)

      const due = async () => (await api.get("/store/portal/invoices/amount-due", claire())).data.amount_due.totals
      expect(await due()).toEqual([{ currency_code: "eur", amount_due: invoice.total, overdue: 0, count: 1, overdue_count: 0 }])

      const paid = await api.post(`/admin/portal/invoices/${invoice.id}/payments`, { amount: 100, method: "bank_transfer", reference: "VIR-1" }, staff())
      expect(paid.data.invoice).toMatchObject({ status: "partly_paid", paid_total: 100, amount_due: invoice.total - 100 })
      expect((await due())[0].amount_due).toBeCloseTo(invoice.total - 100)
      const over = await api.post(`/admin/portal/invoices/${invoice.id}/payments`, { amount: invoice.total, method: "cash" }, staff()).catch(failure)
      expect(over.status).toBe(400)
      expect(over.data.message).toMatch(/amount/)

      const credit = await api.post(`/admin/portal/invoices/${invoice.id}/credit`, { reason: "Damaged kit" }, staff())
      expect(credit.status).toBe(201)
      expect(credit.data.invoice).toMatchObject({ kind: "credit_note", total: invoice.total - 100, credited_invoice: { id: invoice.id } })
      const after = await api.get(`/admin/portal/invoices/${invoice.id}`, staff())
      expect(after.data.invoice).toMatchObject({ status: "paid", amount_due: 0, credit_notes: [{ id: credit.data.invoice.id }] })
      expect(await due()).toEqual([])

      const staffList = await api.get(`/admin/portal/invoices?order_id=${order.id}`, staff())
      expect(staffList.data.count).toBe(2)
      const byCustomer = await api.get(`/admin/portal/invoices/amount-due?customer_id=${world.acme.members[0].customer_id}`, staff())
      expect(byCustomer.data.amount_due).toMatchObject({ account_id: world.acme.account_id, totals: [] })
      const order404 = await api.post("/admin/portal/invoices", { order_id: "order_missing" }, staff()).catch(failure)
      expect(order404.status).toBe(404)
    })
    it("issues invoices for more orders at once than the database pool holds connections: consecutive numbers, each with its PDF", async () => {
      const container = getContainer()
      const orders: { id: string }[] = []
      for (let i = 0; i < 15; i++) orders.push(await placeOrder(container, world, world.acme.members[0].customer_id, null, 1))
      const answers = await Promise.all(orders.map((order) => api.post("/admin/portal/invoices", { order_id: order.id }, staff()).catch(failure)))
      expect(answers.map((a) => a.status)).toEqual(orders.map(() => 201))
      const year = new Date().getUTCFullYear()
      const numbers = answers.map((a) => (a.data.invoice as { number: string }).number).sort()
      expect(numbers).toEqual(orders.map((_, i) => `INV-${year}-${String(i + 1).padStart(5, "0")}`))
      const stored = await container.resolve<BillingModuleService>(BILLING_MODULE).listInvoices({ order_id: orders.map((o) => o.id) })
      expect(stored.filter((invoice) => invoice.pdf_file_id)).toHaveLength(15)
    })

    it("lets a payer pay open invoices online through Medusa's payment module, partly then fully, and the amount due drops", async () => {
      const container = getContainer()
      const first = await placeOrder(container, world, world.acme.members[0].customer_id, null)
      const second = await placeOrder(container, world, world.acme.members[0].customer_id, null, 1)
      const a = (await api.post("/admin/portal/invoices", { order_id: first.id }, staff())).data.invoice
      const b = (await api.post("/admin/portal/invoices", { order_id: second.id }, staff())).data.invoice
      const due = async () => (await api.get("/store/portal/invoices/amount-due", claire())).data.amount_due.totals[0]?.amount_due ?? 0
      expect(await due()).toBeCloseTo(a.total + b.total)

      expect((await api.post("/store/portal/payments", { invoice_ids: [a.id] }, paul()).catch(failure)).status).toBe(403)
      expect((await api.post("/store/portal/payments", { invoice_ids: [a.id] }, marco()).catch(failure)).status).toBe(403)
      const tooMuch = await api.post("/store/portal/payments", { invoice_ids: [a.id], amount: a.total + 1 }, claire()).catch(failure)
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/amount/)

      const partial = await api.post("/store/portal/payments", { invoice_ids: [a.id], amount: 200 }, claire())
      expect(partial.status).toBe(201)
      expect(partial.data.payment).toMatchObject({ amount: 200, invoices: [{ id: a.id, amount: 200 }] })
      expect((await api.get(`/store/portal/invoices/${a.id}`, claire())).data.invoice).toMatchObject({ status: "partly_paid", paid_total: 200 })
      expect(await due()).toBeCloseTo(a.total + b.total - 200)

      const rest = await api.post("/store/portal/payments", { invoice_ids: [a.id, b.id] }, claire())
      expect(rest.data.payment.amount).toBeCloseTo(a.total + b.total - 200)
      expect(await due()).toBe(0)
      const paid = (await api.get(`/store/portal/invoices/${a.id}`, claire())).data.invoice
      expect(paid).toMatchObject({ status: "paid", can_pay: false })
      expect(paid.payments).toHaveLength(2)
      expect(paid.payments[0]).toMatchObject({ method: "online", payment_id: expect.stringMatching(/^pay_/), payment_collection_id: expect.stringMatching(/^pay_col_/) })

      // The money is Medusa's: captured payments, on collections linked to the invoices' orders.
      const captured = await container.resolve(Modules.PAYMENT).listPayments({ id: paid.payments.map((p: { payment_id: string }) => p.payment_id) }, { relations: ["captures"] })
      expect(captured.map((p) => p.captures!.length)).toEqual([1, 1])
      const { data: orders } = await api.get(`/store/portal/orders/${first.id}`, claire())
      expect(orders.order.payment_status).toBe("captured")

      const payments = await api.get("/store/portal/payments", claire())
      expect(payments.data.count).toBe(3)
      expect((await api.get("/store/portal/payments", marco())).data.count).toBe(0)
      expect((await api.post("/store/portal/payments", { invoice_ids: [a.id] }, claire()).catch(failure)).status).toBe(400)
    })
  },
})
