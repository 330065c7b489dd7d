import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { recordDeliveryNote } from "../../../scripts/seed/delivery-notes"
import { BILLING_MODULE } from "../../../src/modules/billing"
import type BillingModuleService from "../../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, failure, type QuoteWorld } from "../quote/fixtures"
import { enableCheckout, type PlacedOrder } from "./fixtures"

jest.setTimeout(240_000)

useSmtpServer()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

type Headers = { headers: Record<string, string> }
type OrderPayments = { payment_status: string; payment_collections: { metadata: Record<string, unknown> | null; payments: { id: string; captured_at: string | null; captures: { amount: number }[] }[] }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    let site: string
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const anne = () => ({ headers: world.acme.members[1].headers })
    const billing = () => getContainer().resolve<BillingModuleService>(BILLING_MODULE)

    const setPayer = async (customerId: string, is_payer: boolean) => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [member] = await accounts.listAccountMembers({ customer_id: customerId })
      await accounts.updateAccountMembers({ id: member.id, is_payer })
    }

    /** The order pad's checkout on Medusa's store routes, paying as chosen: the choice goes on the cart's metadata. */
    async function cartPaying(who: Headers, choice: string) {
      const { data: started } = await api.post("/store/portal/order-pad/carts", { site_id: site, items: [{ variant_id: world.pump_id, quantity: 2 }, { variant_id: world.kit_id, quantity: 1 }] }, who)
      const cartId: string = started.cart.id
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, who)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, who)
      await api.post(`/store/carts/${cartId}`, { metadata: { portal_payment: choice } }, who)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, who)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, who)
      return cartId
    }

    const paymentsOf = async (orderId: string) => {
      const { data } = await getContainer().resolve("query").graph({
        entity: "order",
        fields: ["payment_status", "payment_collections.metadata", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.captures.amount"],
        filters: { id: orderId },
      })
      return data[0] as unknown as OrderPayments
    }
    const checkoutPayment = async (orderId: string) => (await paymentsOf(orderId)).payment_collections.filter((c) => !c.metadata?.invoice_id).flatMap((c) => c.payments)[0]
    const captured = async (orderId: string) => {
      for (let i = 0; i < 300 && !(await checkoutPayment(orderId))?.captured_at; i++) await sleep(100)
      return checkoutPayment(orderId)
    }
    const invoicesOf = async (orderId: string, count: number) => {
      const list = () => billing().listInvoices({ order_id: orderId, kind: "invoice" }, { relations: ["payments"], order: { number: "ASC" } })
      for (let i = 0; i < 300 && (await list()).filter((x) => x.status === "paid").length < count; i++) await sleep(100)
      return list()
    }
    const setIssueOn = (issue_on: string) => api.post("/admin/portal/settings", { billing: { issue_on } }, staff())

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
      await enableCheckout(getContainer(), world.region_id)
      site = world.acme.site_ids[0]
      await setPayer(world.acme.members[0].customer_id, true)
    })

    it("lets a payer pay online at checkout: Medusa captures the order's payment once, its invoice is born paid and the amount due does not move", async () => {
      await setIssueOn("order")
      const terms = async (who: Headers) => (await api.get("/store/portal/order-pad", who)).data.order_pad.online_payment_provider
      expect(await terms(claire())).toBe("pp_system_default")
      expect(await terms(anne())).toBeNull()
      const dueBefore = (await api.get("/store/portal/invoices/amount-due", claire())).data.amount_due.totals

      const cartId = await cartPaying(claire(), "online")
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, claire())
      expect(completed.data.type).toBe("order")
      const order = completed.data.order
      expect((await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)).metadata).toMatchObject({ portal_payment: "online", site_id: site })

      // Captured through Medusa's own workflow: the admin's order says so.
      const payment = await captured(order.id)
      expect(payment.captured_at).not.toBeNull()
      const [invoice] = await invoicesOf(order.id, 1)
      const admin = await api.get(`/admin/orders/${order.id}?fields=payment_status,total`, staff())
      expect(admin.data.order.payment_status).toBe("captured")
      expect(invoice).toMatchObject({ status: "paid", paid_total: Number(admin.data.order.total), total: Number(admin.data.order.total) })
      expect(invoice.payments.map((p) => ({ method: p.method, amount: Number(p.amount), payment_id: p.payment_id }))).toEqual([
        { method: "online", amount: Number(admin.data.order.total), payment_id: payment.id },
      ])
      expect((await api.get("/store/portal/invoices/amount-due", claire())).data.amount_due.totals).toEqual(dueBefore)

      // Paid once: the payer's "pay invoices online" finds nothing left, and a redelivered event neither captures nor records again.
      const again = await api.post("/store/portal/payments", { invoice_ids: [invoice.id] }, claire()).catch(failure)
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/invoice_ids: .* has nothing to pay/)
      const events = getContainer().resolve(Modules.EVENT_BUS)
      await Promise.all([events.emit({ name: OrderWorkflowEvents.PLACED, data: { id: order.id } }), events.emit({ name: OrderWorkflowEvents.PLACED, data: { id: order.id } })])
      await sleep(2000)
      expect((await checkoutPayment(order.id)).captures).toHaveLength(1)
      const [after] = await invoicesOf(order.id, 1)
      expect(after.payments).toHaveLength(1)
      expect(Number(after.paid_total)).toBe(Number(admin.data.order.total))
    })

    it("applies the money paid at checkout to the invoices of each fulfilment, up to each one's total", async () => {
      await setIssueOn("fulfillment")
      const cartId = await cartPaying(claire(), "online")
      const { order } = (await api.post(`/store/carts/${cartId}/complete`, {}, claire())).data
      const payment = await captured(order.id)
      expect(payment.captured_at).not.toBeNull()
      const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["id", "total", "items.id", "items.title", "items.variant_sku", "items.quantity"], filters: { id: order.id } })
      const placed = data[0] as unknown as PlacedOrder & { total: number }
      const pump = placed.items.find((i) => i.title === "Booster pump")!
      const kit = placed.items.find((i) => i.title === "Filter kit")!
      const events = getContainer().resolve(Modules.EVENT_BUS)
      const first = await recordDeliveryNote(getContainer(), placed, { lines: [{ line: pump, quantity: 1 }], shipped_at: new Date() })
      await events.emit({ name: OrderWorkflowEvents.FULFILLMENT_CREATED, data: { order_id: order.id, fulfillment_id: first.id } })
      await invoicesOf(order.id, 1)
      const second = await recordDeliveryNote(getContainer(), placed, { lines: [{ line: pump, quantity: 1 }, { line: kit, quantity: 1 }], shipped_at: new Date() })
      await events.emit({ name: OrderWorkflowEvents.FULFILLMENT_CREATED, data: { order_id: order.id, fulfillment_id: second.id } })
      const invoices = await invoicesOf(order.id, 2)
      expect(invoices.map((i) => i.status)).toEqual(["paid", "paid"])
      for (const invoice of invoices) {
        expect(invoice.payments.map((p) => [p.payment_id, Number(p.amount)])).toEqual([[payment.id, Number(invoice.total)]])
      }
      expect(invoices.reduce((s, i) => s + Number(i.paid_total), 0)).toBeCloseTo(Number(placed.total))
    })

    it("refuses online payment to a member who is no payer, naming the field, and leaves the cart uncompleted", async () => {
      await setPayer(world.acme.members[1].customer_id, false)
      const cartId = await cartPaying(anne(), "online")
      const refused = await api.post(`/store/carts/${cartId}/complete`, {}, anne()).catch(failure)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toMatch(/^portal_payment: only a payer/)
      expect((await getContainer().resolve(Modules.CART).retrieveCart(cartId)).completed_at).toBeFalsy()

      await api.post(`/store/carts/${cartId}`, { metadata: { portal_payment: "later" } }, anne())
      const unknown = await api.post(`/store/carts/${cartId}/complete`, {}, anne()).catch(failure)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toMatch(/^portal_payment: must be one of on_invoice, online/)

      // On invoice, the default, the same cart becomes an order whose payment stays authorised for the invoice to collect.
      await api.post(`/store/carts/${cartId}`, { metadata: { portal_payment: "on_invoice" } }, anne())
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, anne())
      expect(completed.data.type).toBe("order")
      await sleep(1500)
      expect((await checkoutPayment(completed.data.order.id)).captured_at).toBeNull()
    })
  },
})
