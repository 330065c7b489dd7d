import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { createClientCompany, createPublishableKey, type ClientCompany } from "../../helpers/actors"

jest.setTimeout(120_000)

type Answer = { status: number; data: Record<string, unknown> & { message?: string; type?: string } }
const answer = (e: { response: Answer }) => e.response

const STAFF_NOTE = "staff-only note about this client"

/** Issue 11, findings 1 and 6: what a client's query string may ask of a list, and what it never gets. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let acme: ClientCompany
    const claire = () => ({ headers: acme.members[0].headers })
    const get = (url: string) => api.get(url, claire()).catch(answer) as Promise<Answer>

    beforeEach(async () => {
      const key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [{ email: "claire@acme.test", role: "admin" }, { email: "paul@acme.test", role: "viewer" }],
      })
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      await accounts.updateClientAccounts({ id: acme.account_id, notes: STAFF_NOTE })
      await accounts.createAccessLogEntries({ account_id: acme.account_id, event: "code_requested", identifier: "claire@acme.test", ip: "203.0.113.9" })
    })

    it("never answers the account, its members, access log or notes through `fields`", async () => {
      for (const fields of ["*account.access_log,*account.members", "account.notes", "+account.notes,+account.id", "*account", "account.*"]) {
        const response = await get(`/store/portal/sites?fields=${encodeURIComponent(fields)}`)
        const text = JSON.stringify(response.data)
        expect([200, 400]).toContain(response.status)
        expect(text).not.toContain(STAFF_NOTE)
        expect(text).not.toContain("203.0.113.9")
        expect(text).not.toContain('"account"')
        expect(text).not.toContain("access_log")
      }
    })

    it("answers 400 naming the field, never 500, for malformed paging, order and text filters", async () => {
      const cases = [
        ["/store/portal/equipment", "limit=-5", "limit"],
        ["/store/portal/quotes", "limit=-5", "limit"],
        ["/store/portal/sites", "limit=-5", "limit"],
        ["/store/portal/members", "limit=-5", "limit"],
        ["/store/portal/equipment", "offset=-1", "offset"],
        ["/store/portal/quotes", "offset=-1", "offset"],
        ["/store/portal/sites", "offset=-1", "offset"],
        ["/store/portal/members", "offset=-1", "offset"],
        ["/store/portal/equipment", "offset=99999999999999999999", "offset"],
        ["/store/portal/equipment", "q=%00", "q"],
        ["/store/portal/sites", "q=%00", "q"],
        ["/store/portal/sites", `q=${"x".repeat(300)}`, "q"],
        ["/store/portal/quotes", "order=(select 1)", "order"],
        ["/store/portal/sites", "order=(select 1)", "order"],
        ["/store/portal/members", "limit=1.5", "limit"],
        ["/store/portal/quotes", "limit=ten", "limit"],
        ["/store/portal/sites", "offset=1&offset=2", "offset"],
      ]
      for (const [route, query, field] of cases) {
        const response = await get(`${route}?${query}`)
        expect({ route, query, status: response.status, type: response.data.type }).toEqual({ route, query, status: 400, type: "invalid_data" })
        expect(response.data.message).toContain(field)
      }
    })

    it("caps `limit` at 100 and sorts by the route's own columns", async () => {
      const capped = await get("/store/portal/sites?limit=5000")
      expect(capped.status).toBe(200)
      expect(capped.data).toMatchObject({ limit: 100, offset: 0, count: 2 })
      const sorted = await get("/store/portal/sites?order=-name")
      expect((sorted.data.sites as { name: string }[]).map((s) => s.name)).toEqual(["Lyon plant", "Grenoble depot"])
      const members = await get("/store/portal/members?limit=1&offset=1&order=created_at")
      expect(members.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
    })
  },
})
