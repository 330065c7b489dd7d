import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { OrderApproval, OrderPadProduct } from "../../../src/modules/billing/contract"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { RENTAL_MODULE } from "../../../src/modules/rental"
import type RentalModuleService from "../../../src/modules/rental/service"
import { STAFF_ALERT_MODULE } from "../../../src/modules/staffAlert"
import type StaffAlertModuleService from "../../../src/modules/staffAlert/service"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, failure, type QuoteWorld } from "../quote/fixtures"
import { enableCheckout } from "./fixtures"

jest.setTimeout(240_000)

const smtp = useSmtpServer()

/** A mail's text as written: quoted-printable soft breaks joined and escapes decoded (the body of fr/it/sk mails is not ASCII). */
const bodyOf = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/(=[0-9A-F]{2})+/gi, (encoded) => Buffer.from(encoded.replace(/=/g, ""), "hex").toString("utf8"))

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    let site: string
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const anne = () => ({ headers: world.acme.members[1].headers })
    const paul = () => ({ headers: world.acme.members[2].headers })
    const marco = () => ({ headers: world.rossi.members[0].headers })

    /** The portal's checkout on Medusa's own store routes: lines, shipping option, "pay on invoice", up to completion. */
    async function fillCart(who: Headers, lines: { variant_id: string; quantity: number }[]) {
      const { data: started } = await api.post("/store/portal/order-pad/carts", { site_id: site }, who)
      const cartId: string = started.cart.id
      for (const line of lines) await api.post(`/store/carts/${cartId}/line-items`, line, who)
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, who)
      expect(options.shipping_options.map((o: { name: string }) => o.name)).toContain("Standard delivery")
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, who)
      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, who)
      await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, who)
      return cartId
    }

    const setRole = async (customerId: string, role: "admin" | "approver" | "requester" | "viewer") => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [member] = await accounts.listAccountMembers({ customer_id: customerId })
      await accounts.updateAccountMembers({ id: member.id, role })
    }

    const waitForAlert = async (event: string, resourceId: string, timeoutMs = 10_000) => {
      const alerts = getContainer().resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
      const started = Date.now()
      while (Date.now() - started < timeoutMs) {
        const [found] = await alerts.listStaffAlerts({ event, resource_id: resourceId })
        if (found) return found
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`no ${event} alert for ${resourceId} within ${timeoutMs} ms`)
    }

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
      await enableCheckout(getContainer(), world.region_id)
      site = world.acme.site_ids[0]
    })

    it("prices the catalogue as Medusa does for the client, searches it, and checks out through Medusa's cart into an order with its alert", async () => {
      const { data } = await api.get(`/store/portal/order-pad/products?site_id=${site}&limit=50`, claire())
      const pad = data.products as OrderPadProduct[]
      const pump = pad.find((p) => p.variant_id === world.pump_id)!
      const kit = pad.find((p) => p.variant_id === world.kit_id)!
      // Medusa's own store catalogue, asked as Claire in the region: the calculated price is the price list's.
      const { data: store } = await api.get(`/store/products?region_id=${world.region_id}&fields=*variants.calculated_price&limit=50`, claire())
      const calculated = new Map<string, number>()
      for (const product of store.products) for (const v of product.variants) calculated.set(v.id, Number(v.calculated_price.calculated_amount))
      expect(pump.unit_price).toBe(calculated.get(world.pump_id))
      expect(pump.unit_price).toBe(900)
      expect(kit.unit_price).toBe(calculated.get(world.kit_id))
      // Taxes of the site's address (the account's French one: 20 %).
      expect(pump.unit_total).toBeCloseTo(1080, 6)
      expect(pump.tax_rate).toBe(20)
      expect(pad.every((p) => p.bought_quantity === 0)).toBe(true)

      const bySku = await api.get("/store/portal/order-pad/products?q=kit-1", claire())
      expect(bySku.data.products.map((p: OrderPadProduct) => p.variant_id)).toEqual([world.kit_id])
      const byName = await api.get("/store/portal/order-pad/products?q=booster", claire())
      expect(byName.data.products.map((p: OrderPadProduct) => p.variant_id)).toEqual([world.pump_id])
      const paged = await api.get("/store/portal/order-pad/products?limit=1&offset=1", claire())
      expect(paged.data).toMatchObject({ count: 3, offset: 1, limit: 1 })
      expect(paged.data.products).toHaveLength(1)
      expect((await api.get("/store/portal/order-pad/products?bought_before=true", claire())).data.products).toEqual([])

      const cartId = await fillCart(claire(), [
        { variant_id: world.pump_id, quantity: 2 },
        { variant_id: world.kit_id, quantity: 3 },
      ])
      const cart = await getContainer().resolve(Modules.CART).retrieveCart(cartId, { relations: ["items"] })
      expect(Number(cart.items!.find((i) => i.variant_id === world.pump_id)!.unit_price)).toBe(pump.unit_price)
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, claire())
      expect(completed.data.type).toBe("order")
      const order = completed.data.order
      const stored = await getContainer().resolve(Modules.ORDER).retrieveOrder(order.id)
      expect(stored).toMatchObject({ customer_id: world.acme.members[0].customer_id, metadata: expect.objectContaining({ site_id: site, account_id: world.acme.account_id }) })

      // At once in the admin's orders and the account's, with the alert to the salesperson.
      const admin = await api.get(`/admin/orders/${order.id}`, staff())
      expect(admin.data.order.id).toBe(order.id)
      const mine = await api.get("/store/portal/orders", claire())
      expect(mine.data.orders.map((o: { id: string }) => o.id)).toContain(order.id)
      const alert = await waitForAlert("portal.order.placed", order.id)
      expect(alert.title).toContain(`Order #${order.display_id} placed from the portal by Claire Martin (Acme Industrie)`)
      expect(alert.admin_path).toBe(`/orders/${order.id}`)

      const bought = await api.get("/store/portal/order-pad/products?bought_before=true", claire())
      expect(bought.data.products.map((p: OrderPadProduct) => [p.variant_id, p.bought_quantity])).toEqual(
        expect.arrayContaining([[world.pump_id, 2], [world.kit_id, 3]])
      )
    })

    it("leaves rental models out of the pad, and refuses one in a pad cart or at checkout naming it", async () => {
      await getContainer().resolve<RentalModuleService>(RENTAL_MODULE).createRentalModels({ variant_id: world.kit_id, title: "Service kit for rent" })
      const { data } = await api.get(`/store/portal/order-pad/products?site_id=${site}&limit=50`, claire())
      const listed = (data.products as OrderPadProduct[]).map((p) => p.variant_id)
      expect(listed).toContain(world.pump_id)
      expect(listed).not.toContain(world.kit_id)
      expect(data.count).toBe(2)
      expect((await api.get("/store/portal/order-pad/products?q=kit-1", claire())).data.products).toEqual([])

      const started = await api.post("/store/portal/order-pad/carts", { site_id: site, items: [{ variant_id: world.kit_id, quantity: 1 }] }, claire()).catch(failure)
      expect(started.status).toBe(400)
      expect(started.data.message).toMatch(/^items: .* is rented on the Rentals page/)
      // Added through Medusa's own cart route, the line is refused at checkout, and no order is placed.
      const cartId = await fillCart(claire(), [{ variant_id: world.kit_id, quantity: 1 }])
      const completed = await api.post(`/store/carts/${cartId}/complete`, {}, claire()).catch(failure)
      expect(completed.status).toBe(400)
      expect(completed.data.message).toMatch(/^items: /)
      expect(await getContainer().resolve(Modules.ORDER).listOrders({ customer_id: world.acme.members[0].customer_id })).toEqual([])
    })

    it("holds a requester's order above the threshold for an approver: below it completes, approve places it, decline places none and mails the requester", async () => {
      await setRole(world.acme.members[0].customer_id, "requester")
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers(world.acme.members[0].customer_id, { metadata: { locale: "fr" } })
      const saved = await api.post(`/admin/portal/accounts/${world.acme.account_id}/ordering`, { approval_threshold: 1000, salesperson_id: world.admin.id }, staff())
      expect(saved.data.ordering).toMatchObject({ approval_threshold: 1000, salesperson_id: world.admin.id })
      expect((await api.get("/store/portal/order-pad", claire())).data.order_pad).toMatchObject({ approval_threshold: 1000, needs_approval_above_threshold: true, can_approve: false })

      // Below the threshold: at once.
      const small = await fillCart(claire(), [{ variant_id: world.kit_id, quantity: 2 }])
      expect((await api.post(`/store/carts/${small}/complete`, {}, claire())).data.type).toBe("order")
      const askForSmall = await api.post("/store/portal/order-approvals", { cart_id: small }, claire()).catch(failure)
      expect(askForSmall.status).toBe(400)

      // Above it: Medusa's completion is refused, the cart waits for approval.
      const big = await fillCart(claire(), [{ variant_id: world.pump_id, quantity: 2 }])
      const refused = await api.post(`/store/carts/${big}/complete`, {}, claire()).catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("approval")
      const asked = await api.post("/store/portal/order-approvals", { cart_id: big }, claire())
      expect(asked.status).toBe(201)
      const approval = asked.data.order_approval as OrderApproval
      expect(approval).toMatchObject({ status: "pending", cart_id: big, site_id: site, currency_code: "eur", item_count: 2, requested_by: "Claire Martin (Acme Industrie)", can_decide: false })
      expect(approval.total).toBeGreaterThan(1000)
      // Each line carries its total as Medusa computes it, tax included (20 % French VAT here), not a blank.
      expect(approval.items).toHaveLength(1)
      expect(approval.items[0].total).toBeCloseTo(approval.items[0].quantity * approval.items[0].unit_price * 1.2)
      const again = await api.post("/store/portal/order-approvals", { cart_id: big }, claire())
      expect(again.data.order_approval.id).toBe(approval.id)
      await waitForAlert("portal.order.approval_requested", approval.id)

      // The requester may not approve; the approver sees it pending and approves: the cart becomes the order.
      expect((await api.post(`/store/portal/order-approvals/${approval.id}/approve`, {}, claire()).catch(failure)).status).toBe(403)
      const pending = await api.get("/store/portal/order-approvals?status=pending", anne())
      expect(pending.data.order_approvals.map((a: OrderApproval) => [a.id, a.can_decide])).toEqual([[approval.id, true]])
      const approved = await api.post(`/store/portal/order-approvals/${approval.id}/approve`, {}, anne())
      expect(approved.data.order_approval).toMatchObject({ status: "approved", decided_by: "Anne (Acme Industrie)", order_id: expect.any(String) })
      const orderId = approved.data.order_approval.order_id
      const order = await getContainer().resolve(Modules.ORDER).retrieveOrder(orderId)
      expect(order.customer_id).toBe(world.acme.members[0].customer_id)
      await waitForAlert("portal.order.placed", orderId)
      expect((await api.post(`/store/portal/order-approvals/${approval.id}/decline`, { reason: "late" }, anne()).catch(failure)).status).toBe(409)

      // Declined: no order, the requester reads the reason.
      const other = await fillCart(claire(), [{ variant_id: world.pump_id, quantity: 3 }])
      const second = (await api.post("/store/portal/order-approvals", { cart_id: other }, claire())).data.order_approval as OrderApproval
      const missingReason = await api.post(`/store/portal/order-approvals/${second.id}/decline`, {}, anne()).catch(failure)
      expect(missingReason.status).toBe(400)
      expect(missingReason.data.message).toContain("reason")
      const declined = await api.post(`/store/portal/order-approvals/${second.id}/decline`, { reason: "Budget clos pour ce trimestre, désolée" }, anne())
      expect(declined.data.order_approval).toMatchObject({ status: "declined", decline_reason: "Budget clos pour ce trimestre, désolée", order_id: null })
      const seen = await api.get(`/store/portal/order-approvals/${second.id}`, claire())
      expect(seen.data.order_approval).toMatchObject({ status: "declined", decline_reason: "Budget clos pour ce trimestre, désolée" })
      expect((await getContainer().resolve(Modules.CART).retrieveCart(other)).completed_at).toBeNull()
      await waitForAlert("portal.order.declined", second.id)
      expect((await api.post(`/store/portal/order-approvals/${second.id}/approve`, {}, anne()).catch(failure)).status).toBe(409)
      // The requester is told by e-mail, in her own language (French), with the approver's reason; she alone.
      const declineMails = () => smtp.mails.filter((m) => m.subject === "Votre commande a été refusée")
      for (let i = 0; i < 100 && !declineMails().length; i++) await new Promise((r) => setTimeout(r, 100))
      await new Promise((r) => setTimeout(r, 1000))
      expect(declineMails().map((m) => m.to)).toEqual([["claire@acme.test"]])
      const text = bodyOf(declineMails()[0].raw)
      expect(text).toContain("Anne (Acme Industrie) a refusé votre commande de")
      expect(text).toContain("Motif : Budget clos pour ce trimestre, désolée")
      expect(text).toContain("/fr/orders/approvals")
      const centre = await api.get("/store/portal/notifications", claire())
      expect(centre.data.notifications).toEqual(expect.arrayContaining([expect.objectContaining({ title: "Votre commande a été refusée", link: "/orders/approvals" })]))
    })

    it("gives one outcome when an approval and a decline race", async () => {
      await setRole(world.acme.members[0].customer_id, "requester")
      await api.post(`/admin/portal/accounts/${world.acme.account_id}/ordering`, { approval_threshold: 100 }, staff())
      const cartId = await fillCart(claire(), [{ variant_id: world.pump_id, quantity: 1 }])
      const { data } = await api.post("/store/portal/order-approvals", { cart_id: cartId }, claire())
      const id = data.order_approval.id
      const answers = await Promise.all([
        api.post(`/store/portal/order-approvals/${id}/approve`, {}, anne()).catch(failure),
        api.post(`/store/portal/order-approvals/${id}/decline`, { reason: "No" }, anne()).catch(failure),
      ])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
      const final = (await api.get(`/store/portal/order-approvals/${id}`, anne())).data.order_approval as OrderApproval
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({ customer_id: world.acme.members[0].customer_id })
      expect(orders).toHaveLength(final.status === "approved" ? 1 : 0)
    })

    it("refuses viewers and read-only sessions, and answers 404 to another account's cart and approval", async () => {
      await setRole(world.acme.members[0].customer_id, "requester")
      await api.post(`/admin/portal/accounts/${world.acme.account_id}/ordering`, { approval_threshold: 100 }, staff())
      const cartId = await fillCart(claire(), [{ variant_id: world.pump_id, quantity: 1 }])
      const { data } = await api.post("/store/portal/order-approvals", { cart_id: cartId }, claire())
      const id = data.order_approval.id

      // A viewer: no order pad, no cart, no completion through Medusa's route, no decision.
      expect((await api.get("/store/portal/order-pad/products", paul()).catch(failure)).status).toBe(403)
      expect((await api.post("/store/portal/order-pad/carts", { site_id: site }, paul()).catch(failure)).status).toBe(403)
      const { data: own } = await api.post("/store/carts", { region_id: world.region_id }, paul())
      await api.post(`/store/carts/${own.cart.id}/line-items`, { variant_id: world.kit_id, quantity: 1 }, paul())
      expect((await api.post(`/store/carts/${own.cart.id}/complete`, {}, paul()).catch(failure)).status).toBe(403)
      expect((await api.get(`/store/portal/order-approvals/${id}`, paul()).catch(failure)).status).toBe(404)

      // Staff viewing the portal as the approver: read-only.
      const [anneMember] = await getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listAccountMembers({ customer_id: world.acme.members[1].customer_id })
      const viewAs = await api.post(`/admin/portal/accounts/${world.acme.account_id}/members/${anneMember.id}/impersonate`, {}, staff())
      const code = new URL(viewAs.data.impersonation.url).searchParams.get("code")
      const { data: exchanged } = await api.post("/store/portal/view-as/exchange", { code }, { headers: { "x-publishable-api-key": world.key } })
      const readOnly = { headers: { "x-publishable-api-key": world.key, authorization: `Bearer ${exchanged.token}` } }
      expect((await api.get("/store/portal/order-pad/products", readOnly).catch(failure)).status).toBe(403)
      expect((await api.post("/store/portal/order-pad/carts", {}, readOnly).catch(failure)).status).toBe(403)
      expect((await api.post(`/store/portal/order-approvals/${id}/approve`, {}, readOnly).catch(failure)).status).toBe(403)

      // Another account: the approval and the cart are as missing as unknown ones.
      expect((await api.get(`/store/portal/order-approvals/${id}`, marco()).catch(failure)).status).toBe(404)
      expect((await api.post(`/store/portal/order-approvals/${id}/approve`, {}, marco()).catch(failure)).status).toBe(404)
      expect((await api.post(`/store/portal/order-approvals/${id}/decline`, { reason: "x" }, marco()).catch(failure)).status).toBe(404)
      expect((await api.post("/store/portal/order-approvals", { cart_id: cartId }, marco()).catch(failure)).status).toBe(404)
      expect((await api.post("/store/portal/order-pad/carts", { site_id: site }, marco()).catch(failure)).status).toBe(404)
      expect((await api.get("/store/portal/order-approvals", marco())).data.order_approvals).toEqual([])

      // `fields` chooses only among the allowed ones.
      const asked = await api.get("/store/portal/order-approvals?fields=*account,metadata,deleted_at", anne())
      expect(Object.keys(asked.data.order_approvals[0])).not.toEqual(expect.arrayContaining(["account", "metadata", "deleted_at"]))
      expect((await api.get("/store/portal/order-approvals", anne())).data.order_approvals.map((a: OrderApproval) => a.id)).toEqual([id])
      expect((await api.get("/store/portal/order-approvals?status=nope", anne()).catch(failure)).data.message).toContain("status")
    })
  },
})
