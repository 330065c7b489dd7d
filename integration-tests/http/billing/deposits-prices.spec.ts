import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, failure, type QuoteWorld } from "../quote/fixtures"

jest.setTimeout(240_000)

useSmtpServer()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const marco = () => ({ headers: world.rossi.members[0].headers })

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
    })

    it("issues a deposit schedule's deposits, then a settlement deducting them all", async () => {
      const created = await api.post(
        "/admin/portal/deposit-schedules",
        { account_id: world.acme.account_id, site_id: world.acme.site_ids[0], title: "Energy 2026", currency_code: "EUR", monthly_amount: 100, start_date: "2026-01-01", count: 2 },
        staff()
      )
      const id = created.data.deposit_schedule.id
      const first = await api.post(`/admin/portal/deposit-schedules/${id}/issue-next`, {}, staff())
      // Paid tax included, taxed for the site's French address as Medusa's tax module taxes it (TVA 20 %).
      expect(first.data.invoice).toMatchObject({ kind: "deposit", total: 100, subtotal: 83.33, tax_total: 16.67, number: expect.stringMatching(/^DEP-/) })
      await api.post(`/admin/portal/deposit-schedules/${id}/issue-next`, {}, staff())
      const missing = await api.post(`/admin/portal/deposit-schedules/${id}/issue-next`, {}, staff()).catch(failure)
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/settlement_total/)
      const settlement = await api.post(`/admin/portal/deposit-schedules/${id}/issue-next`, { settlement_total: 260 }, staff())
      expect(settlement.data.invoice).toMatchObject({ kind: "settlement", subtotal: 216.67, tax_total: 43.33, deposit_total: 200, total: 60 })
      expect(settlement.data.invoice.deducted_deposits.map((d: { tax_total: number }) => d.tax_total)).toEqual([16.67, 16.67])
      expect(settlement.data.invoice.deducted_deposits).toHaveLength(2)

      const mine = await api.get("/store/portal/deposit-schedules", claire())
      expect(mine.data.deposit_schedules[0]).toMatchObject({ id, status: "completed", issued_count: 2, settlement_invoice_id: settlement.data.invoice.id })
      expect(mine.data.deposit_schedules[0].invoices).toHaveLength(3)
      expect((await api.get("/store/portal/deposit-schedules", marco())).data.count).toBe(0)
    })

    it("answers the client's prices (price list of its group) beside the general ones, as JSON, PDF and CSV", async () => {
      const list = await api.get("/store/portal/price-list", claire())
      const pump = list.data.prices.find((p: { variant_id: string }) => p.variant_id === world.pump_id)
      expect(pump).toMatchObject({ price: 900, general_price: 1000, currency_code: "eur", sku: "PUMP-1" })
      const rossi = (await api.get("/store/portal/price-list", marco())).data.prices.find((p: { variant_id: string }) => p.variant_id === world.pump_id)
      expect(rossi).toMatchObject({ price: 1000 })
      const csv = await api.get("/store/portal/price-list/csv", claire())
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.data).toContain("PUMP-1,Booster pump,EUR,1000,900")
      const pdf = await api.get("/store/portal/price-list/pdf", { ...claire(), responseType: "arraybuffer" })
      expect(Buffer.from(pdf.data).subarray(0, 4).toString()).toBe("%PDF")
    })

    it("sums purchases by month and product over a period", async () => {
      const container = getContainer()
      const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(world.acme.members[0].customer_id)
      await createOrderWorkflow(container).run({
        input: { region_id: world.region_id, currency_code: "eur", customer_id: customer.id, email: customer.email, items: [{ variant_id: world.pump_id, title: "Booster pump", quantity: 2, unit_price: 900 }] },
      })
      const { data } = await api.get("/store/portal/statistics", claire())
      expect(data.statistics.currency_code).toBe("eur")
      expect(data.statistics.by_month.reduce((s: number, m: { orders: number }) => s + m.orders, 0)).toBe(1)
      expect(data.statistics.top_products[0]).toMatchObject({ title: "Booster pump", quantity: 2 })
      expect((await api.get("/store/portal/statistics", marco())).data.statistics.top_products).toEqual([])
      expect((await api.get("/store/portal/statistics?from=2026-05-01&to=2020-01-01", claire()).catch(failure)).status).toBe(400)
    })
  },
})
