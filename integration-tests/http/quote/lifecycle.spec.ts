import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { expireQuotesWorkflow } from "../../../src/workflows/quote/expire-quotes"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, DAY, failure, quoteBody, type QuoteWorld } from "./fixtures"

jest.setTimeout(180_000)

async function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const started = Date.now()
  while (!condition() && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 50))
}

const smtp = useSmtpServer()
// The test's client plays the portal's server, a trusted proxy: its X-Forwarded-For names the visitor.
process.env.PORTAL_TRUSTED_PROXIES = "127.0.0.1, ::1"

type Quote = {
  id: string
  number: string
  status: string
  version: number
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  can_accept: boolean
  lines: { id: string; title: string; unit_price: number; is_optional: boolean; selected: boolean; total: number }[]
  versions: { version: number; status: string }[]
  order: { id: string; display_id: number; total: number } | null
  acceptance: { accepted_by_name: string; signature_name: string | null; version: number; ip?: string } | null
  history?: { status: string }[]
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const quotes = () => getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)

    const createAndSend = async (overrides: Record<string, unknown> = {}): Promise<Quote> => {
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world, overrides), staff())
      const sent = await api.post(`/admin/portal/quotes/${data.quote.id}/send`, {}, staff())
      return sent.data.quote
    }
    const ordersOf = async (quoteId: string) => {
      const { data } = await api.get("/admin/orders?fields=id,metadata&limit=100", staff())
      return (data.orders as { id: string; metadata: Record<string, unknown> | null }[]).filter((o) => o.metadata?.quote_id === quoteId)
    }

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
    })

    it("prices lines with Medusa's pricing (the client's price list) and taxes with the tax module", async () => {
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world), staff())
      const quote: Quote = data.quote
      expect(quote).toMatchObject({ status: "draft", version: 1, number: expect.stringMatching(/^Q-\d+$/) })
      expect(quote.lines.map((l) => [l.title, l.unit_price, l.selected])).toEqual([
        ["Booster pump – Standard", 900, true],
        ["Installation (hours)", 85.5, true],
        ["Filter kit – Standard", 50, false],
      ])
      // 2 × 900 less 10 % + 3 × 85.50 = 1876.50, VAT 20 %.
      expect(quote.subtotal).toBeCloseTo(1876.5, 2)
      expect(quote.discount_total).toBeCloseTo(180, 2)
      expect(quote.tax_total).toBeCloseTo(375.3, 2)
      expect(quote.total).toBeCloseTo(2251.8, 2)

      const prices = await api.get(
        `/admin/portal/quotes/variant-prices?account_id=${world.acme.account_id}&variant_ids=${world.pump_id},${world.kit_id}&currency_code=eur`,
        staff()
      )
      expect(prices.data.prices).toEqual({ [world.pump_id]: 900, [world.kit_id]: 50 })
      const forRossi = await api.get(`/admin/portal/quotes/variant-prices?account_id=${world.rossi.account_id}&variant_ids=${world.pump_id}`, staff())
      expect(forRossi.data.prices).toEqual({ [world.pump_id]: 1000 })
    })

    it("goes draft → sent (client e-mailed) → viewed → accepted into one Medusa order with the same totals", async () => {
      const events: { name: string; data: Record<string, unknown> }[] = []
      for (const name of ["portal.quote.sent", "portal.quote.viewed", "portal.quote.accepted"]) {
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe(name, async (event) => {
            events.push({ name, data: event.data as Record<string, unknown> })
          })
      }
      const { data: created } = await api.post("/admin/portal/quotes", quoteBody(world, { requires_signature: true }), staff())
      const hidden = await api.get("/store/portal/quotes", claire())
      expect(hidden.data.count).toBe(0)

      const mailsBefore = smtp.mails.length
      const sent = await api.post(`/admin/portal/quotes/${created.quote.id}/send`, {}, staff())
      expect(sent.data.quote.status).toBe("sent")
      expect(sent.data.emails.sent.sort()).toEqual(["anne@acme.test", "claire@acme.test"])
      const mail = await smtp.waitFor("claire@acme.test")
      expect(mail.subject).toBe(`Devis ${created.quote.number} : Pump replacement, Lyon plant`)
      expect(smtp.mails.slice(mailsBefore).some((m) => m.to.includes("paul@acme.test"))).toBe(false)

      const list = await api.get("/store/portal/quotes?status=sent,viewed", claire())
      expect(list.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(list.data.quotes[0]).toMatchObject({ id: created.quote.id, status: "sent", can_accept: true })
      expect(list.data.quotes[0].lines).toBeUndefined()

      const viewed = await api.get(`/store/portal/quotes/${created.quote.id}`, claire())
      expect(viewed.data.quote.status).toBe("viewed")
      expect(viewed.data.quote.salesperson).toMatchObject({ id: world.admin.id, email: world.admin.email })

      const kit = viewed.data.quote.lines.find((l: { is_optional: boolean }) => l.is_optional)
      const unsigned = await api.post(`/store/portal/quotes/${created.quote.id}/accept`, { selected_optional_line_ids: [kit.id] }, claire()).catch(failure)
      expect(unsigned.status).toBe(400)
      expect(unsigned.data.message).toContain("signature_name")

      const { data } = await api.post(
        `/store/portal/quotes/${created.quote.id}/accept`,
        { selected_optional_line_ids: [kit.id], signature_name: "Claire Martin" },
        { headers: { ...claire().headers, "x-forwarded-for": "203.0.113.7" } }
      )
      const quote: Quote = data.quote
      expect(quote.status).toBe("accepted")
      expect(quote.acceptance).toMatchObject({ accepted_by_name: "Claire Martin (Acme Industrie)", signature_name: "Claire Martin", version: 1 })
      expect(quote.acceptance?.ip).toBeUndefined()
      expect(quote.lines.find((l) => l.id === kit.id)?.selected).toBe(true)
      // With the kit: 1876.50 + 50 = 1926.50 before VAT.
      expect(quote.total).toBeCloseTo(2311.8, 2)

      const { data: adminOrder } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,total,subtotal,tax_total,customer_id,region_id,metadata,*items,*shipping_address`,
        staff()
      )
      const order = adminOrder.order
      expect(order.customer_id).toBe(world.acme.members[0].customer_id)
      expect(order.metadata).toMatchObject({ quote_id: quote.id, quote_number: quote.number })
      expect(order.shipping_address).toMatchObject({ city: "Lyon", country_code: "fr", first_name: "Claire" })
      expect(order.items).toHaveLength(3)
      expect(order.total).toBeCloseTo(quote.total, 6)
      expect(order.subtotal).toBeCloseTo(quote.subtotal, 6)
      expect(order.tax_total).toBeCloseTo(quote.tax_total, 6)
      expect(data.order).toMatchObject({ id: order.id, display_id: expect.any(Number) })
      // The module link lets Query join a quote to its order.
      const { data: linked } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "quote", fields: ["id", "order.id", "order.customer_id"], filters: { id: quote.id } })
      expect(linked[0].order).toMatchObject({ id: order.id, customer_id: world.acme.members[0].customer_id })

      const staffView = await api.get(`/admin/portal/quotes/${quote.id}`, staff())
      expect(staffView.data.quote.acceptance.ip).toBe("203.0.113.7")
      expect(staffView.data.quote.history.map((h: { status: string }) => h.status)).toEqual(["draft", "sent", "viewed", "accepted"])
      await waitFor(() => events.some((e) => e.name === "portal.quote.accepted"))
      expect(events.map((e) => e.name)).toEqual(["portal.quote.sent", "portal.quote.viewed", "portal.quote.accepted"])
      expect(events[2].data).toMatchObject({
        id: quote.id,
        account_id: world.acme.account_id,
        actor_customer_id: world.acme.members[0].customer_id,
        actor_name: "Claire Martin (Acme Industrie)",
        staff_user_id: world.admin.id,
        number: quote.number,
        order_id: order.id,
      })
      expect(events[2].data.total).toBeCloseTo(quote.total, 6)

      const byOrder = await api.get(`/admin/portal/quotes?order_id=${order.id}`, staff())
      expect(byOrder.data.quotes.map((q: Quote) => q.id)).toEqual([quote.id])
      const byCustomer = await api.get(`/admin/portal/quotes?customer_id=${world.acme.members[1].customer_id}`, staff())
      expect(byCustomer.data.quotes.map((q: Quote) => q.id)).toEqual([quote.id])
    })

    it("creates exactly one order under 20 concurrent accepts, and a repeat answers the same order", async () => {
      const quote = await createAndSend()
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api
            .post(`/store/portal/quotes/${quote.id}/accept`, { selected_optional_line_ids: [] }, { headers: world.acme.members[i % 2].headers })
            .then((r: { data: { order: { id: string } } }) => ({ status: 200, order: r.data.order.id }))
            .catch((e: { response?: { status: number; data: { message: string } } }) => ({ status: e.response?.status ?? 0, order: e.response?.data.message ?? "" }))
        )
      )
      expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
      expect(new Set(answers.map((a) => a.order)).size).toBe(1)
      expect(await ordersOf(quote.id)).toHaveLength(1)

      const again = await api.post(`/store/portal/quotes/${quote.id}/accept`, { selected_optional_line_ids: [] }, claire())
      expect(again.data.order.id).toBe(answers[0].order)
      const kit = quote.lines.find((l) => l.is_optional)!
      const other = await api.post(`/store/portal/quotes/${quote.id}/accept`, { selected_optional_line_ids: [kit.id] }, claire()).catch(failure)
      expect(other.status).toBe(409)
      expect(other.data.message).toContain("another selection")
      expect(await ordersOf(quote.id)).toHaveLength(1)
    })

    it("revises: a new version supersedes the sent one, which can no longer be accepted", async () => {
      const quote = await createAndSend()
      const revised = await api.post(`/admin/portal/quotes/${quote.id}/revise`, {}, staff())
      expect(revised.data.quote).toMatchObject({ status: "draft", version: 2 })
      expect(revised.data.quote.versions).toEqual([
        expect.objectContaining({ version: 1, status: "superseded" }),
        expect.objectContaining({ version: 2, status: "draft" }),
      ])
      const whileRevising = await api.post(`/store/portal/quotes/${quote.id}/accept`, {}, claire()).catch(failure)
      expect(whileRevising.status).toBe(400)
      expect(whileRevising.data.message).toContain("superseded")

      await api.post(`/admin/portal/quotes/${quote.id}`, { lines: [{ title: "Site survey", quantity: 1, unit_price: 120 }] }, staff())
      await api.post(`/admin/portal/quotes/${quote.id}/send`, {}, staff())
      const client = await api.get(`/store/portal/quotes/${quote.id}`, claire())
      expect(client.data.quote).toMatchObject({ version: 2, total: 144 })
      expect(client.data.quote.versions.map((v: { status: string }) => v.status)).toEqual(["superseded", "sent"])

      const old = await api.post(`/store/portal/quotes/${quote.id}/accept`, { version: 1 }, claire()).catch(failure)
      expect(old.status).toBe(400)
      expect(old.data.message).toContain("version 1")
      const pdf = await api.get(`/store/portal/quotes/${quote.id}/pdf?version=1`, { ...claire(), responseType: "arraybuffer" })
      expect(pdf.headers["content-disposition"]).toContain(`${quote.number}-v1.pdf`)
      expect(await ordersOf(quote.id)).toHaveLength(0)
    })

    it("refuses to accept a cancelled or expired quote, and the job expires quotes past their date", async () => {
      const cancelled = await createAndSend()
      // The admin cancels with no body at all.
      const { data: withdrawn } = await api.post(`/admin/portal/quotes/${cancelled.id}/cancel`, undefined, staff())
      expect(withdrawn.quote.status).toBe("cancelled")
      const refused = await api.post(`/store/portal/quotes/${cancelled.id}/accept`, {}, claire()).catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("cancelled")

      const late = await createAndSend()
      await quotes().updateQuotes({ id: late.id, valid_until: new Date(Date.now() - DAY) })
      const shown = await api.get(`/store/portal/quotes/${late.id}`, claire())
      expect(shown.data.quote).toMatchObject({ status: "expired", can_accept: false })
      const expiredList = await api.get("/store/portal/quotes?status=expired", claire())
      expect(expiredList.data.quotes.map((q: Quote) => q.id)).toEqual([late.id])
      const tooLate = await api.post(`/store/portal/quotes/${late.id}/accept`, {}, claire()).catch(failure)
      expect(tooLate.status).toBe(400)
      expect(tooLate.data.message).toContain("expired")

      const { result } = await expireQuotesWorkflow(getContainer()).run({ input: {} })
      expect(result).toEqual([late.id])
      expect((await quotes().retrieveQuote(late.id)).status).toBe("expired")
      expect(await ordersOf(late.id)).toHaveLength(0)
      expect(await ordersOf(cancelled.id)).toHaveLength(0)
    })

    it("rejects with a reason, by a member who may approve", async () => {
      const quote = await createAndSend()
      const viewer = await api.post(`/store/portal/quotes/${quote.id}/reject`, { reason: "Too expensive" }, { headers: world.acme.members[2].headers }).catch(failure)
      expect(viewer.status).toBe(403)
      const empty = await api.post(`/store/portal/quotes/${quote.id}/reject`, { reason: " " }, claire()).catch(failure)
      expect(empty.status).toBe(400)
      expect(empty.data.message).toContain("reason")
      const { data } = await api.post(`/store/portal/quotes/${quote.id}/reject`, { reason: "Too expensive" }, claire())
      expect(data.quote).toMatchObject({ status: "rejected", rejection_reason: "Too expensive", can_accept: false })
      const after = await api.post(`/store/portal/quotes/${quote.id}/accept`, {}, claire()).catch(failure)
      expect(after.status).toBe(400)
    })

    it("leaves neither an accepted quote nor an order when Medusa cannot create the order", async () => {
      const quote = await createAndSend({
        lines: [
          { variant_id: world.compressor_id, quantity: 1 },
          { title: "Commissioning", quantity: 1, unit_price: 300 },
        ],
      })
      const refused = await api.post(`/store/portal/quotes/${quote.id}/accept`, {}, claire()).catch(failure)
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
      // Medusa's order workflow refuses a stock-managed variant that no stock location of the channel holds.
      expect(refused.data.message).toMatch(/stock location|inventory/i)
      const stored = await quotes().retrieveQuote(quote.id)
      expect(stored).toMatchObject({ status: "sent", accepted_at: null, accepted_by_name: null, order_id: null })
      expect(await ordersOf(quote.id)).toHaveLength(0)
      const history = await quotes().listQuoteStatusChanges({ quote_id: quote.id })
      expect(history.map((h) => h.status).sort()).toEqual(["draft", "sent"])

      // The lock was given back: a second try is refused at once for the same reason, not left waiting.
      const started = Date.now()
      const second = await api.post(`/store/portal/quotes/${quote.id}/accept`, {}, claire()).catch(failure)
      expect(second.data.message).toBe(refused.data.message)
      expect(Date.now() - started).toBeLessThan(10_000)
    })

    it("refuses a quote whose product was deleted after it was sent", async () => {
      const quote = await createAndSend({ lines: [{ variant_id: world.kit_id, quantity: 1 }] })
      await getContainer().resolve(Modules.PRODUCT).softDeleteProductVariants([world.kit_id])
      const gone = await api.post(`/store/portal/quotes/${quote.id}/accept`, {}, claire()).catch(failure)
      expect(gone.status).toBe(400)
      expect(gone.data.message).toContain("no longer sold")
      expect((await quotes().retrieveQuote(quote.id)).status).toBe("sent")
      expect(await ordersOf(quote.id)).toHaveLength(0)
    })
  },
})
