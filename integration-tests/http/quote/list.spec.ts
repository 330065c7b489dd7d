import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createQuoteWorld, failure, quoteBody, type QuoteWorld } from "./fixtures"

jest.setTimeout(180_000)

type Item = Record<string, unknown> & { id: string; version: number; line_count: number; subtotal: number; tax_total: number; total: number }

/** The order as a list shows it: the page's, without the total Medusa would compute for every item. */
const listedOrder = (order: unknown) => {
  if (!order) return order
  const { total: _total, subtotal: _subtotal, tax_total: _tax, ...reference } = order as Record<string, unknown>
  return reference
}

/** The fields a list item shares with the quote's page, read off the page. */
const asListItem = (page: Record<string, unknown>, item: Item) =>
  Object.fromEntries(Object.keys(item).map((key) => [key, key === "order" ? listedOrder(page.order) : page[key]]))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
    })

    // The list reads its totals in one statement; the page sums the lines it shows. Both must agree to the
    // cent for every state a quote can be in, and with the order an acceptance made.
    it("shows each quote with the version, line count and totals of its page, and of the order it became", async () => {
      const create = async (overrides: Record<string, unknown> = {}) =>
        (await api.post("/admin/portal/quotes", quoteBody(world, overrides), staff())).data.quote as Item
      const send = (id: string) => api.post(`/admin/portal/quotes/${id}/send`, {}, staff())

      const draft = await create({ title: "Still a draft" })
      const revised = await create({ title: "Revised after a visit" })
      await send(revised.id)
      await api.post(`/admin/portal/quotes/${revised.id}/revise`, {}, staff())
      await api.post(`/admin/portal/quotes/${revised.id}`, { lines: [{ title: "Site survey", quantity: 1, unit_price: 120 }] }, staff())
      const accepted = await create({ title: "Accepted with the kit" })
      await send(accepted.id)
      const sentQuote = await create({ title: "Waiting for the client" })
      await send(sentQuote.id)

      const clientPage = async (id: string) => (await api.get(`/store/portal/quotes/${id}`, claire())).data.quote
      const kit = (await clientPage(accepted.id)).lines.find((l: { is_optional: boolean }) => l.is_optional)
      const { data: acceptance } = await api.post(`/store/portal/quotes/${accepted.id}/accept`, { selected_optional_line_ids: [kit.id] }, claire())
      // Opening a quote marks it viewed: every page is read once before the list, so both see the same state.
      const clientPages = Object.fromEntries(await Promise.all([revised, accepted, sentQuote].map(async (q) => [q.id, await clientPage(q.id)])))

      const clientList = (await api.get("/store/portal/quotes", claire())).data
      expect(clientList.count).toBe(3)
      expect(clientList.quotes.map((q: Item) => q.id)).toEqual([sentQuote.id, accepted.id, revised.id])
      for (const item of clientList.quotes as Item[]) expect(item).toEqual(asListItem(clientPages[item.id], item))
      const byId = (items: Item[], id: string) => items.find((q) => q.id === id)!
      // The client still sees the sent first version of the quote being revised; the accepted one with the kit.
      expect(byId(clientList.quotes, revised.id)).toMatchObject({ version: 1, line_count: 3, total: 2251.8 })
      expect(byId(clientList.quotes, accepted.id)).toMatchObject({ status: "accepted", line_count: 3, total: 2311.8 })

      const { data: order } = await api.get(`/admin/orders/${acceptance.order.id}?fields=id,total,subtotal,tax_total`, staff())
      const acceptedItem = byId(clientList.quotes, accepted.id)
      expect(acceptedItem.total).toBeCloseTo(order.order.total, 6)
      expect(acceptedItem.subtotal).toBeCloseTo(order.order.subtotal, 6)
      expect(acceptedItem.tax_total).toBeCloseTo(order.order.tax_total, 6)
      expect(acceptedItem.order).toEqual({ id: order.order.id, display_id: expect.any(Number), currency_code: "eur", status: "pending" })

      const staffList = (await api.get("/admin/portal/quotes", staff())).data
      expect(staffList.count).toBe(4)
      for (const item of staffList.quotes as Item[]) {
        const page = (await api.get(`/admin/portal/quotes/${item.id}`, staff())).data.quote
        const { account, ...summary } = item
        expect(account).toMatchObject({ id: world.acme.account_id })
        expect(summary).toEqual(asListItem(page, summary as Item))
      }
      // Staff see the draft and the new version being written: one line of 120 plus 20 % VAT.
      expect(byId(staffList.quotes, draft.id)).toMatchObject({ status: "draft", line_count: 3, total: 2251.8 })
      expect(byId(staffList.quotes, revised.id)).toMatchObject({ version: 2, line_count: 1, total: 144 })

      const second = (await api.get("/store/portal/quotes?limit=1&offset=1&order=number", claire())).data
      expect(second).toMatchObject({ count: 3, offset: 1, limit: 1 })
      expect(second.quotes.map((q: Item) => q.id)).toEqual([accepted.id])
      const past = (await api.get("/store/portal/quotes?offset=10", claire())).data
      expect(past).toMatchObject({ count: 3, quotes: [] })
      const waiting = (await api.get("/store/portal/quotes?status=sent,viewed", claire())).data
      // The quote being revised is back in draft for everyone until its new version is sent.
      expect(waiting.quotes.map((q: Item) => q.id)).toEqual([sentQuote.id])
      const searched = (await api.get("/admin/portal/quotes?q=visit", staff())).data
      expect(searched.quotes.map((q: Item) => q.id)).toEqual([revised.id])

      const badOrder = await api.get("/store/portal/quotes?order=accepted_ip", claire()).catch(failure)
      expect(badOrder.status).toBe(400)
      expect(badOrder.data.message).toContain("order must be one of")
    })
  },
})
