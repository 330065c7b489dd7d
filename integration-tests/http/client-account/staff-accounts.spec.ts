import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { hashSecureToken } from "../../../src/lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"

jest.setTimeout(120_000)

const smtp = useSmtpServer({ PORTAL_BUSINESS_NAME: "Staff Test Machines", PORTAL_URL: "https://portal.test.example" })

type ErrorResponse = { status: number; data: { type: string; message: string } }
const failure = (e: { response: ErrorResponse }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor
    const accounts = () => getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const createAccount = async (body: Record<string, unknown> = {}) =>
      (
        await api.post(
          "/admin/portal/accounts",
          { number: "C-1001", name: "Acme Industrie", locale: "fr", country_code: "FR", city: "Lyon", ...body },
          { headers: admin.headers }
        )
      ).data.client_account as { id: string; number: string; locale: string; country_code: string }

    beforeEach(async () => {
      admin = await createAdmin(getContainer(), api)
    })

    describe("accounts", () => {
      it("creates, lists with search and member count, updates and deletes an account", async () => {
        const acme = await createAccount()
        expect(acme).toMatchObject({ number: "C-1001", locale: "fr", country_code: "fr" })
        await createAccount({ number: "C-1002", name: "Rossi Impianti", locale: "it" })

        const { data } = await api.get("/admin/portal/accounts?q=rossi", { headers: admin.headers })
        expect(data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(data.client_accounts[0]).toMatchObject({ name: "Rossi Impianti", member_count: 0 })

        const updated = await api.post(`/admin/portal/accounts/${acme.id}`, { portal_enabled: false }, { headers: admin.headers })
        expect(updated.data.client_account.portal_enabled).toBe(false)

        await api.delete(`/admin/portal/accounts/${acme.id}`, { headers: admin.headers })
        const gone = await api.get(`/admin/portal/accounts/${acme.id}`, { headers: admin.headers }).catch(failure)
        expect(gone.status).toBe(404)
      })

      it("answers 409 naming number for a taken number, and writes nothing", async () => {
        await createAccount()
        const response = await api
          .post("/admin/portal/accounts", { number: "C-1001", name: "Other" }, { headers: admin.headers })
          .catch(failure)
        expect(response.status).toBe(409)
        expect(response.data.message).toMatch(/number/)
        expect(await accounts().listClientAccounts({ name: "Other" })).toHaveLength(0)
      })

      it("answers 400 naming the field for bad input", async () => {
        const missing = await api.post("/admin/portal/accounts", { name: "No number" }, { headers: admin.headers }).catch(failure)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/number/)
        const email = await api
          .post("/admin/portal/accounts", { number: "X", name: "Y", contact_email: "nope" }, { headers: admin.headers })
          .catch(failure)
        expect(email.status).toBe(400)
        expect(email.data.message).toMatch(/contact_email/)
        expect(await accounts().listClientAccounts({})).toHaveLength(0)
      })
    })

    describe("sites", () => {
      it("creates, updates and deletes a site, refusing a latitude out of range", async () => {
        const acme = await createAccount()
        const { data } = await api.post(
          `/admin/portal/accounts/${acme.id}/sites`,
          { name: "Lyon plant", latitude: 45.75, longitude: 4.85 },
          { headers: admin.headers }
        )
        expect(data.site).toMatchObject({ name: "Lyon plant", latitude: 45.75 })

        const bad = await api
          .post(`/admin/portal/accounts/${acme.id}/sites`, { name: "Nowhere", latitude: 91 }, { headers: admin.headers })
          .catch(failure)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/latitude/)
        const badLng = await api
          .post(`/admin/portal/accounts/${acme.id}/sites/${data.site.id}`, { longitude: -181 }, { headers: admin.headers })
          .catch(failure)
        expect(badLng.status).toBe(400)
        expect(badLng.data.message).toMatch(/longitude/)
        expect((await accounts().retrieveSite(data.site.id)).longitude).toBe(4.85)

        await api.post(`/admin/portal/accounts/${acme.id}/sites/${data.site.id}`, { name: "Lyon" }, { headers: admin.headers })
        const list = await api.get(`/admin/portal/accounts/${acme.id}/sites`, { headers: admin.headers })
        expect(list.data).toMatchObject({ count: 1, sites: [{ name: "Lyon" }] })
        await api.delete(`/admin/portal/accounts/${acme.id}/sites/${data.site.id}`, { headers: admin.headers })
        expect((await api.get(`/admin/portal/accounts/${acme.id}/sites`, { headers: admin.headers })).data.count).toBe(0)
      })
    })

    describe("members", () => {
      it("invites a new person: customer and member created, invitation mailed in the account's language", async () => {
        const acme = await createAccount()
        const site = (
          await api.post(`/admin/portal/accounts/${acme.id}/sites`, { name: "Lyon plant" }, { headers: admin.headers })
        ).data.site
        const { data } = await api.post(
          `/admin/portal/accounts/${acme.id}/members`,
          { email: "Claire@Acme.test", first_name: "Claire", role: "admin", is_payer: true, site_ids: [site.id], invite: true },
          { headers: admin.headers }
        )
        expect(data.member).toMatchObject({ role: "admin", is_payer: true, site_ids: [site.id], invited_by: admin.id })
        expect(data.member.invited_at).toBeTruthy()
        expect(data.email.status).toBe("sent")

        const mail = await smtp.waitFor("claire@acme.test")
        expect(mail.subject).toBe("Votre invitation à l'espace client de Staff Test Machines")
        expect(mail.raw).toContain("https://portal.test.example/fr/sign-in")

        const list = await api.get(`/admin/portal/accounts/${acme.id}/members`, { headers: admin.headers })
        expect(list.data.members[0].customer).toMatchObject({ email: "claire@acme.test", first_name: "Claire" })
        const log = await api.get(`/admin/portal/accounts/${acme.id}/access-log?event=member_invited`, { headers: admin.headers })
        expect(log.data.access_log).toHaveLength(1)
      })

      it("refuses another account's site (400 site_ids) and a customer already in an account (409), writing nothing", async () => {
        const acme = await createAccount()
        const rossi = await createAccount({ number: "C-1002", name: "Rossi" })
        const rossiSite = (
          await api.post(`/admin/portal/accounts/${rossi.id}/sites`, { name: "Milano" }, { headers: admin.headers })
        ).data.site
        const foreign = await api
          .post(
            `/admin/portal/accounts/${acme.id}/members`,
            { email: "paul@acme.test", role: "viewer", site_ids: [rossiSite.id] },
            { headers: admin.headers }
          )
          .catch(failure)
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/site_ids/)
        expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "paul@acme.test" })).toHaveLength(0)

        await api.post(`/admin/portal/accounts/${acme.id}/members`, { email: "paul@acme.test", role: "viewer" }, { headers: admin.headers })
        const twice = await api
          .post(`/admin/portal/accounts/${rossi.id}/members`, { email: "paul@acme.test", role: "viewer" }, { headers: admin.headers })
          .catch(failure)
        expect(twice.status).toBe(409)
        expect(twice.data.message).toMatch(/email/)
        expect(await accounts().listAccountMembers({ account_id: rossi.id })).toHaveLength(0)

        const noEmail = await api
          .post(`/admin/portal/accounts/${acme.id}/members`, { role: "viewer" }, { headers: admin.headers })
          .catch(failure)
        expect(noEmail.status).toBe(400)
        expect(noEmail.data.message).toMatch(/email/)
      })

      it("updates and removes a member; the customer stays", async () => {
        const acme = await createAccount()
        const { data } = await api.post(
          `/admin/portal/accounts/${acme.id}/members`,
          { email: "paul@acme.test", role: "viewer" },
          { headers: admin.headers }
        )
        const updated = await api.post(
          `/admin/portal/accounts/${acme.id}/members/${data.member.id}`,
          { role: "approver", is_payer: true },
          { headers: admin.headers }
        )
        expect(updated.data.member).toMatchObject({ role: "approver", is_payer: true })
        await api.delete(`/admin/portal/accounts/${acme.id}/members/${data.member.id}`, { headers: admin.headers })
        expect(await accounts().listAccountMembers({ account_id: acme.id })).toHaveLength(0)
        expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "paul@acme.test" })).toHaveLength(1)
      })
    })

    describe("secure links", () => {
      it("returns the raw token once, stores only its hash, lists without it, revokes", async () => {
        const acme = await createAccount()
        const site = (await api.post(`/admin/portal/accounts/${acme.id}/sites`, { name: "Lyon" }, { headers: admin.headers })).data.site
        const expires = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString()
        const { data } = await api.post(
          `/admin/portal/accounts/${acme.id}/secure-links`,
          { scope: "site", site_id: site.id, expires_at: expires, label: "Lyon visit" },
          { headers: admin.headers }
        )
        const { token, url, id } = data.secure_link
        expect(url).toBe(`https://portal.test.example/fr/link/${token}`)
        expect(data.secure_link.token_hash).toBeUndefined()
        const stored = await accounts().retrieveSecureLink(id)
        expect(stored.token_hash).toBe(hashSecureToken(token))
        expect(stored.token_hash).not.toContain(token)

        const list = await api.get(`/admin/portal/accounts/${acme.id}/secure-links`, { headers: admin.headers })
        expect(list.data.count).toBe(1)
        expect(JSON.stringify(list.data)).not.toContain(token)
        expect(list.data.secure_links[0]).toMatchObject({ scope: "site", site_id: site.id, use_count: 0, last_used_at: null })

        const revoked = await api.post(`/admin/portal/accounts/${acme.id}/secure-links/${id}/revoke`, {}, { headers: admin.headers })
        expect(revoked.data.secure_link.revoked_at).toBeTruthy()
      })

      it("refuses a past expiry, a missing expiry and a foreign site, naming the field", async () => {
        const acme = await createAccount()
        const rossi = await createAccount({ number: "C-1002", name: "Rossi" })
        const rossiSite = (await api.post(`/admin/portal/accounts/${rossi.id}/sites`, { name: "Milano" }, { headers: admin.headers })).data.site
        const post = (body: Record<string, unknown>) =>
          api.post(`/admin/portal/accounts/${acme.id}/secure-links`, body, { headers: admin.headers }).catch(failure)
        const past = await post({ scope: "account", expires_at: "2020-01-01T00:00:00Z" })
        expect(past.status).toBe(400)
        expect(past.data.message).toMatch(/expires_at/)
        const none = await post({ scope: "account" })
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/expires_at/)
        const foreign = await post({ scope: "site", site_id: rossiSite.id, expires_at: new Date(Date.now() + 3600_000).toISOString() })
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toMatch(/site_id/)
        expect(await accounts().listSecureLinks({})).toHaveLength(0)
      })
    })

    describe("activation and impersonation", () => {
      it("issues an activation: a real PDF letter, and the e-mail half arrives", async () => {
        const acme = await createAccount({ address_1: "12 rue des Ateliers", postal_code: "69003" })
        const { data } = await api.post(
          `/admin/portal/accounts/${acme.id}/members`,
          { email: "new@acme.test", first_name: "Émile", role: "requester" },
          { headers: admin.headers }
        )
        const issued = await api.post(`/admin/portal/accounts/${acme.id}/members/${data.member.id}/activation`, {}, { headers: admin.headers })
        expect(issued.status).toBe(201)
        const { activation } = issued.data
        expect(activation.letter_url).toBe(`/admin/portal/accounts/${acme.id}/members/${data.member.id}/activations/${activation.id}/letter`)
        expect(new Date(activation.expires_at).getTime()).toBeGreaterThan(Date.now())

        const letter = await api.get(activation.letter_url, { headers: admin.headers, responseType: "arraybuffer" })
        expect(letter.headers["content-type"]).toMatch(/application\/pdf/)
        expect(Buffer.from(letter.data).subarray(0, 4).toString("latin1")).toBe("%PDF")

        const mail = await smtp.waitFor("new@acme.test")
        expect(mail.subject).toBe("Votre code d'activation de l'espace client")
        const stored = (await accounts().listActivations({ member_id: data.member.id }))[0]
        expect(stored.email_code_hash).toMatch(/^[0-9a-f]{64}$/)
      })

      it("view as client: logs the impersonation and gives a read-only session", async () => {
        const key = await createPublishableKey(getContainer())
        const company = await createClientCompany(getContainer(), api, key, {
          name: "Acme Industrie",
          members: [{ email: "claire@acme.test", first_name: "Claire", role: "admin" }],
        })
        const [member] = await accounts().listAccountMembers({ account_id: company.account_id })
        const { data } = await api.post(
          `/admin/portal/accounts/${company.account_id}/members/${member.id}/impersonate`,
          {},
          { headers: admin.headers }
        )
        const url = new URL(data.impersonation.url)
        expect(url.origin + url.pathname).toBe("https://portal.test.example/en/view-as")
        const { data: exchanged } = await api.post(
          "/store/portal/view-as/exchange",
          { code: url.searchParams.get("code") },
          { headers: { "x-publishable-api-key": key } }
        )
        const token = exchanged.token

        const log = await accounts().listAccessLogEntries({ account_id: company.account_id, event: "impersonation_started" })
        expect(log).toHaveLength(1)
        expect(log[0]).toMatchObject({ user_id: admin.id, member_id: member.id })

        const me = await api.get("/store/portal/me", { headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` } })
        expect(me.data.scope).toMatchObject({ kind: "impersonation", read_only: true, impersonated_by: admin.id })
        expect(me.data.capabilities).toEqual(["view"])
      })
    })

    describe("settings and customer membership", () => {
      it("round-trips settings into branding and /store/portal/me", async () => {
        const key = await createPublishableKey(getContainer())
        const company = await createClientCompany(getContainer(), api, key, {
          name: "Acme Industrie",
          members: [{ email: "claire@acme.test", role: "admin" }],
        })
        const bad = await api.post("/admin/portal/settings", { logo_url: "javascript:alert(1)" }, { headers: admin.headers }).catch(failure)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/logo_url/)

        const { data } = await api.post(
          "/admin/portal/settings",
          {
            business_name: "Atelier Dupont",
            logo_url: "https://cdn.test.example/logo.png",
            general_information: "Open 8-18",
            sections: { rentals: false },
            access_methods: { sms_code: false },
          },
          { headers: admin.headers }
        )
        expect(data.settings.sections).toMatchObject({ rentals: false, sales: true })
        await api.post("/admin/portal/settings", { sections: { fleet: false } }, { headers: admin.headers })

        const branding = await api.get("/store/portal/branding", { headers: { "x-publishable-api-key": key } })
        expect(branding.data.branding).toMatchObject({ name: "Atelier Dupont", logo_url: "https://cdn.test.example/logo.png" })
        const me = await api.get("/store/portal/me", { headers: company.members[0].headers })
        expect(me.data.settings).toMatchObject({
          business_name: "Atelier Dupont",
          general_information: "Open 8-18",
          sections: { rentals: false, fleet: false, sales: true },
          access_methods: { sms_code: false, email_code: true },
        })
      })

      it("answers a customer's membership, or null", async () => {
        const key = await createPublishableKey(getContainer())
        const company = await createClientCompany(getContainer(), api, key, {
          name: "Acme Industrie",
          members: [{ email: "claire@acme.test", role: "approver" }],
        })
        const { data } = await api.get(`/admin/portal/customers/${company.members[0].customer_id}/portal-membership`, {
          headers: admin.headers,
        })
        expect(data.membership.member.role).toBe("approver")
        expect(data.membership.account).toMatchObject({ id: company.account_id, name: "Acme Industrie" })
        const none = await api.get("/admin/portal/customers/cus_unknown/portal-membership", { headers: admin.headers })
        expect(none.data.membership).toBeNull()
      })
    })
  },
})
