import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { codeHashSecret, generateActivationCodes, generateSecureToken } from "../../../src/lib/secure-token"
import { createClientCompany, createPublishableKey, type ClientCompany } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"

jest.setTimeout(120_000)

useSmtpServer()

type Failure = { status: number; headers: Record<string, string>; data: { type: string; message: string } }
const failure = (e: { response: Failure }) => e.response
const DAY = 24 * 60 * 60 * 1000
// The test's client plays the portal's server, a trusted proxy: its X-Forwarded-For names the visitor.
process.env.PORTAL_TRUSTED_PROXIES = "127.0.0.1, ::1"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let acme: ClientCompany
    const accounts = () => getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const headers = () => ({ "x-publishable-api-key": key, "x-forwarded-for": "198.51.100.9" })
    const createLink = async (data: { scope?: "account" | "site"; site_id?: string; allow_actions?: boolean; expires_at?: Date }) => {
      const { token, hash } = generateSecureToken()
      const link = await accounts().createSecureLinks({
        account_id: acme.account_id,
        token_hash: hash,
        scope: data.scope ?? "account",
        site_id: data.site_id ?? null,
        allow_actions: data.allow_actions ?? false,
        expires_at: data.expires_at ?? new Date(Date.now() + DAY),
      })
      return { token, link }
    }
    const exchange = (token: string) => api.post("/store/portal/links/exchange", { token }, { headers: headers() })
    const as = (token: string) => ({ headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` } })

    beforeEach(async () => {
      key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [{ email: "claire@acme.test", role: "admin" }],
      })
    })

    describe("secure links", () => {
      it("opens a site-scoped, read-only session that sees only that site", async () => {
        const lyon = acme.site_ids[0]
        const { token, link } = await createLink({ scope: "site", site_id: lyon })
        const { data } = await exchange(token)
        expect(data.scope).toMatchObject({ kind: "site", account_id: acme.account_id, site_id: lyon, read_only: true })

        const me = await api.get("/store/portal/me", as(data.token))
        expect(me.data.capabilities).toEqual(["view"])
        expect(me.data.scope).toMatchObject({ kind: "link", site_ids: [lyon], read_only: true })
        const sites = await api.get("/store/portal/sites", as(data.token))
        expect(sites.data.sites.map((s: { id: string }) => s.id)).toEqual([lyon])
        const other = await api.get(`/store/portal/sites/${acme.site_ids[1]}`, as(data.token)).catch(failure)
        expect(other.status).toBe(404)

        const [used] = await accounts().listSecureLinks({ id: link.id })
        expect(used.use_count).toBe(1)
        expect(used.last_used_at).not.toBeNull()
        const [entry] = await accounts().listAccessLogEntries({ event: "link_opened" })
        expect(entry).toMatchObject({ secure_link_id: link.id, ip: "198.51.100.9" })
      })

      it("gives actions only when staff allowed them", async () => {
        const { token } = await createLink({ allow_actions: true })
        const { data } = await exchange(token)
        const me = await api.get("/store/portal/me", as(data.token))
        expect(me.data.capabilities).toEqual(["view", "request"])
        expect(me.data.scope.site_ids).toBeNull()
      })

      it("refuses a tampered, expired or revoked link with 401, and logs the refusal", async () => {
        const { token } = await createLink({})
        const tampered = await exchange(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A")).catch(failure)
        expect(tampered.status).toBe(401)
        expect(tampered.data.message).toBe("This link is invalid, has expired or was revoked")

        const expired = await createLink({ expires_at: new Date(Date.now() - 1000) })
        expect((await exchange(expired.token).catch(failure)).status).toBe(401)

        const revoked = await createLink({})
        const { data } = await exchange(revoked.token)
        await accounts().updateSecureLinks({ id: revoked.link.id, revoked_at: new Date() })
        expect((await exchange(revoked.token).catch(failure)).status).toBe(401)
        // A session opened before the revocation ends with it.
        expect((await api.get("/store/portal/me", as(data.token)).catch(failure)).status).toBe(401)

        const reasons = (await accounts().listAccessLogEntries({ event: "link_refused" })).map(
          (e) => (e.details as { reason: string }).reason
        )
        expect(reasons.sort()).toEqual(["expired", "revoked", "unknown"])
      })

      it("answers 400 naming the field without a token", async () => {
        const response = await api.post("/store/portal/links/exchange", {}, { headers: headers() }).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/token/)
      })
    })

    describe("two-part activation", () => {
      const issue = async (expiresAt = new Date(Date.now() + DAY)) => {
        const [member] = await accounts().listAccountMembers({ customer_id: acme.members[0].customer_id })
        const codes = generateActivationCodes(codeHashSecret(getContainer()))
        const activation = await accounts().createActivations({
          member_id: member.id,
          letter_code_hash: codes.letter_code_hash,
          email_code_hash: codes.email_code_hash,
          expires_at: expiresAt,
        })
        return { ...codes, activation, member }
      }
      const activate = (letter_code: string, email_code: string) =>
        api.post("/store/portal/activations/exchange", { letter_code, email_code }, { headers: headers() })

      it("signs the member in with both parts (typed loosely), once", async () => {
        const { letter_code, email_code, activation, member } = await issue()
        const { data } = await activate(letter_code.toLowerCase().replace("-", " "), email_code)
        const me = await api.get("/store/portal/me", as(data.token))
        expect(me.data.member).toMatchObject({ email: "claire@acme.test", role: "admin" })

        expect((await accounts().retrieveActivation(activation.id)).used_at).not.toBeNull()
        expect((await accounts().retrieveAccountMember(member.id)).activated_at).not.toBeNull()
        const [entry] = await accounts().listAccessLogEntries({ event: "activation_used" })
        expect(entry).toMatchObject({ member_id: member.id, account_id: acme.account_id })

        expect((await activate(letter_code, email_code).catch(failure)).status).toBe(401)
      })

      it("refuses one wrong part with 401 and marks nothing used", async () => {
        const { letter_code, email_code, activation, member } = await issue()
        const other = generateActivationCodes(codeHashSecret(getContainer()))
        expect((await activate(letter_code, other.email_code).catch(failure)).status).toBe(401)
        expect((await activate(other.letter_code, email_code).catch(failure)).status).toBe(401)
        expect((await accounts().retrieveActivation(activation.id)).used_at).toBeNull()
        expect((await accounts().retrieveAccountMember(member.id)).activated_at).toBeNull()
        expect(await accounts().listAccessLogEntries({ event: "activation_refused" })).toHaveLength(2)
      })

      it("refuses an expired activation", async () => {
        const { letter_code, email_code } = await issue(new Date(Date.now() - 1000))
        expect((await activate(letter_code, email_code).catch(failure)).status).toBe(401)
      })
    })
  },
})
