import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { createMachine, type Machine } from "../fleet/fleet-fixtures"

jest.setTimeout(120_000)

const failure = (e: { response: { status: number } }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor
    let acme: ClientCompany
    let rossi: ClientCompany
    let machine: Machine
    let quoteId: string
    let rossiQuoteId: string
    const fleet = () => getContainer().resolve<FleetModuleService>(FLEET_MODULE)
    const quotes = () => getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)
    const staff = () => ({ headers: admin.headers })

    const sentQuote = async (account_id: string, number: string) => {
      const quote = await quotes().createQuotes({
        number,
        account_id,
        title: "Pump replacement",
        status: "sent",
        sent_at: new Date(),
        currency_code: "eur",
        region_id: "reg_test",
        valid_until: new Date(Date.now() + 86_400_000),
      })
      await quotes().createQuoteVersions({ quote_id: quote.id, account_id, version: 1, status: "sent", sent_at: new Date() })
      return quote.id
    }

    beforeEach(async () => {
      admin = await createAdmin(getContainer(), api)
      const key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant"],
        members: [{ email: "claire@acme.test", role: "admin" }],
      })
      rossi = await createClientCompany(getContainer(), api, key, {
        name: "Rossi Impianti",
        sites: ["Milano"],
        members: [{ email: "marco@rossi.test", role: "admin" }],
      })
      machine = await createMachine(api, admin, {
        account_id: acme.account_id,
        site_id: acme.site_ids[0],
        name: "Lyon press",
        serial_number: "P-1",
        readings: [{ value: 10, read_at: new Date(Date.now() - 86_400_000) }],
      })
      await createMachine(api, admin, { account_id: rossi.account_id, site_id: rossi.site_ids[0], name: "Milano press", serial_number: "M-1" })
      quoteId = await sentQuote(acme.account_id, "Q-ACME-1")
      rossiQuoteId = await sentQuote(rossi.account_id, "Q-ROSSI-1")
    })

    it("deleting an account settles its machines (meters, readings) and quotes: none stays reachable, others' stay", async () => {
      // Query follows an account's quotes through the module link.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: accounts } = await query.graph({ entity: "client_account", fields: ["id", "quotes.id"], filters: { id: acme.account_id } })
      expect(accounts[0].quotes.map((q: { id: string }) => q.id)).toEqual([quoteId])

      await api.delete(`/admin/portal/accounts/${acme.account_id}`, staff())

      expect((await api.get(`/admin/portal/equipment/${machine.id}`, staff()).catch(failure)).status).toBe(404)
      expect((await api.get(`/admin/portal/quotes/${quoteId}`, staff()).catch(failure)).status).toBe(404)
      expect(await fleet().listEquipment({ account_id: acme.account_id })).toHaveLength(0)
      expect(await fleet().listMeters({ id: machine.meter_id })).toHaveLength(0)
      expect(await fleet().listMeterReadings({ meter_id: machine.meter_id })).toHaveLength(0)
      expect(await quotes().listQuotes({ account_id: acme.account_id })).toHaveLength(0)
      expect(await quotes().listQuoteVersions({ quote_id: quoteId })).toHaveLength(0)
      const equipmentList = await api.get("/admin/portal/equipment", staff())
      expect(equipmentList.data.equipment.map((e: { name: string }) => e.name)).toEqual(["Milano press"])

      expect(await fleet().listEquipment({ account_id: rossi.account_id })).toHaveLength(1)
      expect((await api.get(`/admin/portal/quotes/${rossiQuoteId}`, staff())).status).toBe(200)
      expect((await api.get("/store/portal/quotes", { headers: rossi.members[0].headers })).data.count).toBe(1)
    })

    it("disabling an account cuts its portal at once and leaves its quotes and machines to staff as they were", async () => {
      expect((await api.get("/store/portal/quotes", { headers: acme.members[0].headers })).data.count).toBe(1)
      await api.post(`/admin/portal/accounts/${acme.account_id}`, { portal_enabled: false }, staff())
      for (const url of ["/store/portal/quotes", `/store/portal/quotes/${quoteId}`, "/store/portal/equipment", `/store/portal/equipment/${machine.id}`]) {
        expect((await api.get(url, { headers: acme.members[0].headers }).catch(failure)).status).toBe(403)
      }
      const accept = await api.post(`/store/portal/quotes/${quoteId}/accept`, {}, { headers: acme.members[0].headers }).catch(failure)
      expect(accept.status).toBe(403)
      expect((await api.get(`/admin/portal/quotes/${quoteId}`, staff())).data.quote.status).toBe("sent")
      expect((await api.get(`/admin/portal/equipment/${machine.id}`, staff())).status).toBe(200)
    })
  },
})
