import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { BILLING_MODULE } from "../../../src/modules/billing"
import type BillingModuleService from "../../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { BROWSER_CONFIRM_PROVIDER_ID } from "../../helpers/browser-confirm-payment"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, failure, type QuoteWorld } from "../quote/fixtures"
import { enableCheckout, placeOrder } from "./fixtures"

// This file only: medusa-config.ts registers the test provider that waits for the browser like Stripe's, and the
// portal pays through it. Jest gives each test file its own copy of process.env.
process.env.PORTAL_TEST_PAYMENT_PROVIDER = "true"
process.env.PORTAL_PAYMENT_PROVIDER = BROWSER_CONFIRM_PROVIDER_ID

jest.setTimeout(240_000)

useSmtpServer()

type Invoice = { id: string; number: string; total: number }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const paul = () => ({ headers: world.acme.members[2].headers })
    const marco = () => ({ headers: world.rossi.members[0].headers })
    const payments = () => getContainer().resolve(Modules.PAYMENT)
    const billing = () => getContainer().resolve<BillingModuleService>(BILLING_MODULE)

    const invoice = async (quantity = 2): Promise<Invoice> => {
      const order = await placeOrder(getContainer(), world, world.acme.members[0].customer_id, null, quantity)
      return (await api.post("/admin/portal/invoices", { order_id: order.id }, staff())).data.invoice
    }
    const due = async () => (await api.get("/store/portal/invoices/amount-due", claire())).data.amount_due.totals[0]?.amount_due ?? 0
    const sessionOf = async (collectionId: string) => {
      const [collection] = await payments().listPaymentCollections({ id: collectionId }, { relations: ["payment_sessions"] })
      return collection.payment_sessions!.find((s) => s.id === (collection.metadata!.portal_confirmation as { session_id: string }).session_id)!
    }
    /** What Stripe.js does in the browser: the intent is confirmed at the provider. */
    const confirmInBrowser = async (collectionId: string) => {
      const session = await sessionOf(collectionId)
      await payments().updatePaymentSession({ id: session.id, data: { ...session.data, status: "requires_capture" }, amount: session.amount, currency_code: session.currency_code })
    }
    const capturesOf = async (collectionId: string) => {
      const [collection] = await payments().listPaymentCollections({ id: collectionId }, { relations: ["payments", "payments.captures", "payments.refunds"] })
      const list = collection.payments ?? []
      return {
        captures: list.flatMap((p) => p.captures ?? []).map((c) => Number(c.amount)),
        refunds: list.flatMap((p) => p.refunds ?? []).map((r) => Number(r.amount)),
      }
    }
    const complete = (id: string, who = claire()) => api.post(`/store/portal/payments/${id}/complete`, {}, who).catch(failure)
    /** What the provider's webhook tells Medusa (Stripe: `payment_intent.amount_capturable_updated`), through Medusa's own route. */
    const deliverWebhook = async (collectionId: string) => {
      const session = await sessionOf(collectionId)
      const delivered = await api.post("/hooks/payment/browser_confirm_test", { session_id: session.id, status: "authorized" })
      expect(delivered.status).toBe(200)
    }
    /** Medusa handles a webhook later and in the background (its route delays the event by 5 s): wait, bounded. */
    const until = async (check: () => Promise<boolean>, timeoutMs = 40_000) => {
      const deadline = Date.now() + timeoutMs
      while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`)
        await new Promise((r) => setTimeout(r, 200))
      }
    }
    /** How often the webhook subscriber said it handled this payment: the way to know it ran, when it changes nothing. */
    const handled = (spy: jest.SpyInstance, pattern: RegExp) => spy.mock.calls.filter(([message]) => pattern.test(String(message))).length
    /** The `portal.invoice.paid` events emitted while `spy` watched the event bus. */
    const paidEvents = (spy: jest.SpyInstance) =>
      spy.mock.calls
        .flatMap(([messages]) => [messages].flat() as { name: string; data: unknown }[])
        .filter((m) => m.name === "portal.invoice.paid")
        .map((m) => m.data)

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [member] = await accounts.listAccountMembers({ customer_id: world.acme.members[0].customer_id })
      await accounts.updateAccountMembers({ id: member.id, is_payer: true })
    })

    it("pays several invoices in two phases: the client secret first with nothing recorded, then, once the browser confirmed, one capture recorded on each invoice", async () => {
      const a = await invoice()
      const b = await invoice(1)
      const dueBefore = await due()

      const started = await api.post("/store/portal/payments", { invoice_ids: [a.id, b.id] }, claire())
      expect(started.status).toBe(202)
      expect(started.data).toEqual({
        status: "requires_action",
        payment: {
          id: expect.stringMatching(/^pay_col_/),
          provider_id: BROWSER_CONFIRM_PROVIDER_ID,
          client_secret: expect.stringMatching(/^pi_test_\w+_secret_test$/),
          amount: Math.round((a.total + b.total) * 100) / 100,
          currency_code: "eur",
        },
      })
      const { id } = started.data.payment
      // Nothing is recorded and nothing captured: the invoices still owe everything.
      expect(await due()).toBeCloseTo(dueBefore)
      expect(await billing().listInvoicePayments({ invoice_id: [a.id, b.id] })).toHaveLength(0)
      expect(await capturesOf(id)).toEqual({ captures: [], refunds: [] })

      const early = await complete(id)
      expect(early.status).toBe(409)
      expect(early.data.message).toMatch(/^payment: not confirmed yet .*confirm the card payment/)
      expect(await billing().listInvoicePayments({ invoice_id: [a.id, b.id] })).toHaveLength(0)

      // Another account's payment is not found; a member of the account who does not pay is refused.
      expect((await complete(id, marco())).status).toBe(404)
      expect((await complete(id, paul())).status).toBe(403)
      expect((await complete("pay_col_missing")).status).toBe(404)

      await confirmInBrowser(id)
      const done = await complete(id)
      expect(done.status).toBe(200)
      expect(done.data.status).toBe("succeeded")
      expect(done.data.payment.amount).toBeCloseTo(a.total + b.total)
      expect(done.data.payment.invoices.map((i: { id: string }) => i.id).sort()).toEqual([a.id, b.id].sort())
      expect(await due()).toBeCloseTo(dueBefore - a.total - b.total)
      const paid = (await api.get(`/store/portal/invoices/${a.id}`, claire())).data.invoice
      expect(paid).toMatchObject({ status: "paid", can_pay: false })
      expect(paid.payments).toEqual([expect.objectContaining({ method: "online", payment_collection_id: id, payment_id: expect.stringMatching(/^pay_/) })])

      // A repeat answers the same payment and charges nothing more.
      const again = await complete(id)
      expect(again.status).toBe(200)
      expect(again.data.payment).toEqual(done.data.payment)
      const money = await capturesOf(id)
      expect(money.captures).toHaveLength(1)
      expect(money.captures[0]).toBeCloseTo(a.total + b.total)
      expect(await billing().listInvoicePayments({ invoice_id: [a.id, b.id] })).toHaveLength(2)
    })

    it("captures once when completions race, on a partial payment of one invoice linked to its order", async () => {
      const a = await invoice()
      const started = await api.post("/store/portal/payments", { invoice_ids: [a.id], amount: 100 }, claire())
      expect(started.status).toBe(202)
      const { id } = started.data.payment
      expect(started.data.payment.amount).toBe(100)
      await confirmInBrowser(id)

      const answers = await Promise.all([complete(id), complete(id), complete(id)])
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200])
      expect((await capturesOf(id)).captures).toEqual([100])
      const detail = (await api.get(`/store/portal/invoices/${a.id}`, claire())).data.invoice
      expect(detail).toMatchObject({ status: "partly_paid", paid_total: 100 })
      expect(detail.payments).toHaveLength(1)
      const { data } = await getContainer().resolve("query").graph({ entity: "payment_collection", fields: ["id", "order.id"], filters: { id } })
      expect((data[0] as { order?: { id: string } | null }).order?.id).toBeTruthy()
    })

    it("refunds the capture when recording fails, and refuses to complete that payment again", async () => {
      const a = await invoice()
      const { id } = (await api.post("/store/portal/payments", { invoice_ids: [a.id] }, claire())).data.payment
      await confirmInBrowser(id)
      const spy = jest.spyOn(billing(), "recordPayments").mockRejectedValueOnce(new Error("the invoices could not be written"))
      try {
        const failed = await complete(id)
        expect(failed.status).toBeGreaterThanOrEqual(400)
      } finally {
        spy.mockRestore()
      }
      const money = await capturesOf(id)
      expect(money.captures).toHaveLength(1)
      expect(money.refunds).toEqual(money.captures)
      expect((await api.get(`/store/portal/invoices/${a.id}`, claire())).data.invoice).toMatchObject({ paid_total: 0, payments: [] })

      const retried = await complete(id)
      expect(retried.status).toBe(409)
      expect(retried.data.message).toMatch(/^payment: this payment could not be recorded and was refunded/)
      expect((await capturesOf(id)).captures).toHaveLength(1)
    })

    it("closes a waiting payment whose invoice was paid meanwhile: nothing is captured", async () => {
      const a = await invoice()
      const { id } = (await api.post("/store/portal/payments", { invoice_ids: [a.id] }, claire())).data.payment
      await api.post(`/admin/portal/invoices/${a.id}/payments`, { amount: a.total, method: "bank_transfer" }, staff())
      await confirmInBrowser(id)
      const refused = await complete(id)
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/^payment: the invoices changed since this payment began \(invoice_ids: .* has nothing to pay\); nothing was charged/)
      expect(await capturesOf(id)).toEqual({ captures: [], refunds: [] })
      expect((await complete(id)).status).toBe(409)
    })

    it("completes from the provider's webhook a payment the browser confirmed but never completed: recorded once, however often the webhook comes, and the browser's late call answers the same payment", async () => {
      const a = await invoice()
      const b = await invoice(1)
      const dueBefore = await due()
      const { id } = (await api.post("/store/portal/payments", { invoice_ids: [a.id, b.id] }, claire())).data.payment
      await confirmInBrowser(id)
      const spy = jest.spyOn(getContainer().resolve(ContainerRegistrationKeys.LOGGER), "info")
      const emitted = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
      try {
        // The payer closed the page: no complete call, only the webhook.
        await deliverWebhook(id)
        await until(async () => (await billing().listInvoicePayments({ invoice_id: [a.id, b.id] })).length === 2)
        expect(await due()).toBeCloseTo(dueBefore - a.total - b.total)
        const paid = (await api.get(`/store/portal/invoices/${a.id}`, claire())).data.invoice
        expect(paid).toMatchObject({ status: "paid", can_pay: false })
        expect(paid.payments).toEqual([expect.objectContaining({ method: "online", payment_collection_id: id, payment_id: expect.stringMatching(/^pay_/) })])
        // Recorded for the payer who began the payment, and staff alerted once.
        const rows = await billing().listInvoicePayments({ invoice_id: [a.id, b.id] })
        expect(rows.map((r) => r.recorded_by)).toEqual([world.acme.members[0].customer_id, world.acme.members[0].customer_id])
        expect(paidEvents(emitted)).toEqual([expect.objectContaining({ account_id: world.acme.account_id, actor_customer_id: world.acme.members[0].customer_id, numbers: expect.arrayContaining([a.number, b.number]) })])
        const money = await capturesOf(id)
        expect(money.captures).toHaveLength(1)
        expect(money.captures[0]).toBeCloseTo(a.total + b.total)
        expect(money.refunds).toEqual([])

        // Delivered again (providers retry): handled, nothing more recorded or captured.
        const completedLog = new RegExp(`^Payment ${id} of invoices .*: completed from the provider's webhook`)
        await until(async () => handled(spy, completedLog) === 1)
        await deliverWebhook(id)
        await until(async () => handled(spy, completedLog) === 2)
        expect(await billing().listInvoicePayments({ invoice_id: [a.id, b.id] })).toHaveLength(2)
        expect((await capturesOf(id)).captures).toHaveLength(1)
        expect(paidEvents(emitted)).toHaveLength(1)
      } finally {
        spy.mockRestore()
        emitted.mockRestore()
      }

      // The browser comes back late: the same success, no second capture.
      const late = await complete(id)
      expect(late.status).toBe(200)
      expect(late.data.status).toBe("succeeded")
      expect(late.data.payment.amount).toBeCloseTo(a.total + b.total)
      expect(late.data.payment.invoices.map((i: { id: string }) => i.id).sort()).toEqual([a.id, b.id].sort())
      expect((await capturesOf(id)).captures).toHaveLength(1)
    })

    it("records nothing from a webhook for a payment the browser has not confirmed, which can still be completed afterwards", async () => {
      const a = await invoice()
      const { id } = (await api.post("/store/portal/payments", { invoice_ids: [a.id] }, claire())).data.payment
      const spy = jest.spyOn(getContainer().resolve(ContainerRegistrationKeys.LOGGER), "info")
      try {
        await deliverWebhook(id)
        await until(async () => handled(spy, new RegExp(`^Payment ${id} was not completed from the provider's webhook: payment: not confirmed yet`)) === 1)
      } finally {
        spy.mockRestore()
      }
      expect(await billing().listInvoicePayments({ invoice_id: [a.id] })).toHaveLength(0)
      expect(await capturesOf(id)).toEqual({ captures: [], refunds: [] })

      await confirmInBrowser(id)
      const done = await complete(id)
      expect(done.status).toBe(200)
      expect((await capturesOf(id)).captures).toHaveLength(1)
    })

    it("places an order pad order paid by card only once the browser confirmed it, and refuses card payment to an order that waits for approval", async () => {
      await enableCheckout(getContainer(), world.region_id)
      await updateRegionsWorkflow(getContainer()).run({ input: { selector: { id: world.region_id }, update: { payment_providers: ["pp_system_default", BROWSER_CONFIRM_PROVIDER_ID] } } })
      expect((await api.get("/store/portal/order-pad", claire())).data.order_pad.online_payment_provider).toBe(BROWSER_CONFIRM_PROVIDER_ID)
      const cartPayingOnline = async () => {
        const { data: started } = await api.post("/store/portal/order-pad/carts", { site_id: world.acme.site_ids[0], items: [{ variant_id: world.pump_id, quantity: 1 }] }, claire())
        const cartId: string = started.cart.id
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, claire())
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, claire())
        await api.post(`/store/carts/${cartId}`, { metadata: { portal_payment: "online" } }, claire())
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, claire())
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: BROWSER_CONFIRM_PROVIDER_ID }, claire())
        return cartId
      }

      // What the portal reads to show the card form: the session's client secret, through Medusa's cart route.
      const cartId = await cartPayingOnline()
      const { data: stored } = await api.get(`/store/carts/${cartId}?fields=id,total,currency_code,completed_at,*payment_collection.payment_sessions`, claire())
      const [session] = stored.cart.payment_collection.payment_sessions
      expect(session).toMatchObject({ provider_id: BROWSER_CONFIRM_PROVIDER_ID, status: "pending", data: { client_secret: expect.stringMatching(/_secret_test$/) } })

      // Completed before the card is confirmed, the cart stays a cart.
      const early = await api.post(`/store/carts/${cartId}/complete`, {}, claire()).catch(failure)
      expect(early.data.type).not.toBe("order")
      expect((await getContainer().resolve(Modules.CART).retrieveCart(cartId)).completed_at).toBeFalsy()

      const confirmed = await payments().retrievePaymentSession(session.id)
      await payments().updatePaymentSession({ id: session.id, data: { ...confirmed.data, status: "requires_capture" }, amount: confirmed.amount, currency_code: confirmed.currency_code })
      const placed = await api.post(`/store/carts/${cartId}/complete`, {}, claire())
      expect(placed.data.type).toBe("order")
      const capturedOrder = async () => {
        const { data } = await getContainer().resolve("query").graph({ entity: "order", fields: ["payment_collections.payments.captured_at"], filters: { id: placed.data.order.id } })
        return (data[0] as unknown as { payment_collections: { payments: { captured_at: string | null }[] }[] }).payment_collections.flatMap((c) => c.payments)[0]
      }
      for (let i = 0; i < 100 && !(await capturedOrder())?.captured_at; i++) await new Promise((r) => setTimeout(r, 100))
      expect((await capturedOrder()).captured_at).toBeTruthy()

      // A requester's order above the threshold is placed by the approver, on the server: no card can be confirmed there.
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [member] = await accounts.listAccountMembers({ customer_id: world.acme.members[0].customer_id })
      await accounts.updateAccountMembers({ id: member.id, role: "requester" })
      await api.post(`/admin/portal/accounts/${world.acme.account_id}/ordering`, { approval_threshold: 1, salesperson_id: world.admin.id }, staff())
      const held = await cartPayingOnline()
      const asked = await api.post("/store/portal/order-approvals", { cart_id: held }, claire()).catch(failure)
      expect(asked.status).toBe(400)
      expect(asked.data.message).toMatch(/^portal_payment: the approver places this order on the server/)
    })
  },
})
