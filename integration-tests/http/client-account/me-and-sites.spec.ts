import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { createClientCompany, createPublishableKey, type ClientCompany } from "../../helpers/actors"

jest.setTimeout(120_000)

type ErrorResponse = { status: number; data: { message: string } }
const failure = (e: { response: ErrorResponse }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let acme: ClientCompany
    let rossi: ClientCompany

    beforeEach(async () => {
      key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [
          { email: "claire@acme.test", first_name: "Claire", role: "admin" },
          { email: "paul@acme.test", first_name: "Paul", role: "viewer", site_names: ["Grenoble depot"] },
        ],
      })
      rossi = await createClientCompany(getContainer(), api, key, {
        name: "Rossi Impianti",
        sites: ["Milano"],
        members: [{ email: "marco@rossi.test", role: "approver" }],
      })
    })

    describe("GET /store/portal/me", () => {
      it("answers the member, account, role, capabilities, scope and settings", async () => {
        const { data } = await api.get("/store/portal/me", { headers: acme.members[0].headers })
        expect(data.member).toMatchObject({ email: "claire@acme.test", first_name: "Claire", role: "admin" })
        expect(data.account).toMatchObject({ id: acme.account_id, name: "Acme Industrie" })
        expect(data.capabilities).toEqual(["view", "request", "approve", "manage_users"])
        expect(data.scope).toMatchObject({ kind: "member", site_ids: null, read_only: false })
        expect(data.settings.sections).toMatchObject({ sales: true, fleet: true })
      })

      it("gives a viewer limited to one site that scope and no more than viewing", async () => {
        const { data } = await api.get("/store/portal/me", { headers: acme.members[1].headers })
        expect(data.capabilities).toEqual(["view"])
        expect(data.scope.site_ids).toEqual([acme.site_ids[1]])
      })

      it("refuses a request without a signed-in client", async () => {
        const response = await api.get("/store/portal/me", { headers: { "x-publishable-api-key": key } }).catch(failure)
        expect(response.status).toBe(401)
      })

      it("refuses a member of an account whose portal is disabled", async () => {
        const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
        await accounts.updateClientAccounts({ id: acme.account_id, portal_enabled: false })
        const response = await api.get("/store/portal/me", { headers: acme.members[0].headers }).catch(failure)
        expect(response.status).toBe(403)
      })
    })

    describe("invite-only access", () => {
      it("lets nobody register a customer login of their own", async () => {
        const response = await api
          .post("/auth/customer/emailpass/register", { email: "stranger@elsewhere.test", password: "secret-123" })
          .catch(failure)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      })
    })

    describe("GET /store/portal/sites", () => {
      it("lists the account's sites with paging fields", async () => {
        const { data } = await api.get("/store/portal/sites?limit=1", { headers: acme.members[0].headers })
        expect(data).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(data.sites).toHaveLength(1)
        expect(data.sites[0].name).toBe("Grenoble depot")
      })

      it("lists only the sites a member is limited to", async () => {
        const { data } = await api.get("/store/portal/sites", { headers: acme.members[1].headers })
        expect(data.sites.map((s: { id: string }) => s.id)).toEqual([acme.site_ids[1]])
      })

      it("searches by name", async () => {
        const { data } = await api.get("/store/portal/sites?q=lyon", { headers: acme.members[0].headers })
        expect(data.sites.map((s: { name: string }) => s.name)).toEqual(["Lyon plant"])
      })

      it("names the bad query parameter", async () => {
        const response = await api
          .get("/store/portal/sites?limit=abc", { headers: acme.members[0].headers })
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/limit/)
      })
    })

    describe("GET /store/portal/sites/:id", () => {
      it("answers a site of the caller's account", async () => {
        const { data } = await api.get(`/store/portal/sites/${acme.site_ids[0]}`, { headers: acme.members[0].headers })
        expect(data.site).toMatchObject({ id: acme.site_ids[0], name: "Lyon plant" })
      })

      it("answers 404 for another account's site, exactly like a missing one", async () => {
        const foreign = await api
          .get(`/store/portal/sites/${rossi.site_ids[0]}`, { headers: acme.members[0].headers })
          .catch(failure)
        const missing = await api.get("/store/portal/sites/csite_missing", { headers: acme.members[0].headers }).catch(failure)
        expect(foreign.status).toBe(404)
        expect(missing.status).toBe(404)
      })

      it("answers 404 for a site of the account outside the member's sites", async () => {
        const response = await api
          .get(`/store/portal/sites/${acme.site_ids[0]}`, { headers: acme.members[1].headers })
          .catch(failure)
        expect(response.status).toBe(404)
      })
    })
  },
})
