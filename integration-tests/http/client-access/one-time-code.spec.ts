import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { createClientCompany, createPublishableKey, signInWithCode, waitForCode, type ClientCompany } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"

jest.setTimeout(120_000)

const smtp = useSmtpServer()

type Failure = { status: number; headers: Record<string, string>; data: { type: string; message: string } }
const failure = (e: { response: Failure }) => e.response
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
// The test's client plays the portal's server, a trusted proxy: its X-Forwarded-For names the visitor.
const TEST_PROXIES = "127.0.0.1, ::1"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let acme: ClientCompany
    const accounts = () => getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const ask = (identifier: string, ip = "198.51.100.1") =>
      api.post("/auth/customer/portal-otp", { identifier }, { headers: { "x-forwarded-for": ip, "user-agent": "jest-portal" } })
    const verify = (identifier: string, code: string) =>
      api.post("/auth/customer/portal-otp/callback", { identifier, code }, { headers: { "x-forwarded-for": "198.51.100.1" } })

    beforeEach(async () => {
      process.env.PORTAL_TRUSTED_PROXIES = TEST_PROXIES
      smtp.mails.length = 0
      key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        members: [{ email: "claire@acme.test", first_name: "Claire", role: "admin" }],
      })
      await accounts().updateClientAccounts({ id: acme.account_id, locale: "fr" })
    })

    it("mails a code in the account's language; the right code gives a customer token that opens the portal", async () => {
      const asked = await ask("  Claire@ACME.test ")
      expect(asked.status).toBe(200)
      expect(asked.data).toEqual({ success: true, expires_in: 600 })
      const mail = await smtp.waitFor("claire@acme.test")
      expect(mail.subject).toMatch(/^\d{6} est votre code de connexion$/)
      const code = mail.subject.slice(0, 6)

      const { data } = await verify("claire@acme.test", code)
      const me = await api.get("/store/portal/me", {
        headers: { "x-publishable-api-key": key, authorization: `Bearer ${data.token}` },
      })
      expect(me.data.member).toMatchObject({ email: "claire@acme.test", role: "admin" })

      const [member] = await accounts().listAccountMembers({ customer_id: acme.members[0].customer_id })
      expect(member.activated_at).not.toBeNull()
      expect(member.last_sign_in_at).not.toBeNull()
      const [row] = await accounts().listAccessCodes({ identifier: "claire@acme.test" })
      expect(row.code_hash).not.toContain(code)
      expect(row.consumed_at).not.toBeNull()

      const log = await accounts().listAccessLogEntries({ account_id: acme.account_id }, { order: { created_at: "ASC" } })
      expect(log.map((e) => e.event)).toEqual(["code_requested", "signed_in"])
      expect(log[0]).toMatchObject({ ip: "198.51.100.1", user_agent: "jest-portal", identifier: "claire@acme.test" })
      expect(log[0].details).toMatchObject({ channel: "email" })

      // A used code does not work twice.
      const reused = await verify("claire@acme.test", code).catch(failure)
      expect(reused.status).toBe(401)
    })

    it("refuses a wrong code, counts it, and kills the code after 5 wrong tries", async () => {
      await ask("claire@acme.test")
      const code = await waitForCode(smtp, "claire@acme.test", 0)
      const wrong = code === "000000" ? "000001" : "000000"
      for (let i = 0; i < 5; i++) {
        const response = await verify("claire@acme.test", wrong).catch(failure)
        expect(response.status).toBe(401)
        expect(response.data.message).toBe("Invalid or expired code")
      }
      const dead = await verify("claire@acme.test", code).catch(failure)
      expect(dead.status).toBe(401)
      const log = await accounts().listAccessLogEntries({ identifier: "claire@acme.test" }, { order: { created_at: "ASC" } })
      // 4 wrong tries, the 5th kills the code, then the right code finds no live code left.
      expect(log.map((e) => e.event)).toEqual([
        "code_requested", "code_failed", "code_failed", "code_failed", "code_failed", "code_locked", "code_failed",
      ])
      expect(log[6].details).toMatchObject({ reason: "no_live_code" })
      const [row] = await accounts().listAccessCodes({ identifier: "claire@acme.test" })
      expect(row).toMatchObject({ failed_attempts: 5, consumed_at: null })
    })

    it("refuses an expired code", async () => {
      await ask("claire@acme.test")
      const code = await waitForCode(smtp, "claire@acme.test", 0)
      const [row] = await accounts().listAccessCodes({ identifier: "claire@acme.test" })
      await accounts().updateAccessCodes({ id: row.id, expires_at: new Date(Date.now() - 1000) })
      const response = await verify("claire@acme.test", code).catch(failure)
      expect(response.status).toBe(401)
    })

    it("answers 400 naming the field for a malformed identifier or code", async () => {
      const badIdentifier = await ask("not an address").catch(failure)
      expect(badIdentifier.status).toBe(400)
      expect(badIdentifier.data.message).toMatch(/^identifier/)
      const badCode = await verify("claire@acme.test", "12ab").catch(failure)
      expect(badCode.status).toBe(400)
      expect(badCode.data.message).toMatch(/^code/)
    })

    it("allows 5 codes per identifier per hour, then answers 429 with Retry-After", async () => {
      for (let i = 0; i < 5; i++) expect((await ask("claire@acme.test", `203.0.113.${i}`)).status).toBe(200)
      const limited = await ask("claire@acme.test", "203.0.113.99").catch(failure)
      expect(limited.status).toBe(429)
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(3500)
      expect(limited.data.type).toBe("too_many_requests")
      const log = await accounts().listAccessLogEntries({ event: "rate_limited" })
      expect(log).toHaveLength(1)
    })

    it("limits codes per IP address, whatever the identifiers", async () => {
      process.env.PORTAL_OTP_CODES_PER_IP = "3"
      try {
        for (let i = 0; i < 3; i++) expect((await ask(`nobody${i}@example.test`, "192.0.2.7")).status).toBe(200)
        const limited = await ask("claire@acme.test", "192.0.2.7").catch(failure)
        expect(limited.status).toBe(429)
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect((await ask("claire@acme.test", "192.0.2.8")).status).toBe(200)
      } finally {
        delete process.env.PORTAL_OTP_CODES_PER_IP
      }
    })

    it("believes X-Forwarded-For only from a trusted proxy: a rotated header does not escape the limit on wrong codes", async () => {
      const wrongCodes = (ip: string) =>
        Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            api
              .post("/auth/customer/portal-otp/callback", { identifier: `nobody${i}@example.test`, code: "000000" }, { headers: { "x-forwarded-for": ip } })
              .catch(failure)
          )
        )
      const tryFrom = (ip: string) =>
        api.post("/auth/customer/portal-otp/callback", { identifier: "claire@acme.test", code: "000000" }, { headers: { "x-forwarded-for": ip } }).catch(failure)

      delete process.env.PORTAL_TRUSTED_PROXIES
      expect((await wrongCodes("10.9.8.1")).map((r) => r.status)).toEqual(Array(30).fill(401))
      // No proxy trusted: the header is the client's own writing, and the address is the socket's.
      for (const rotated of ["10.9.8.7", "198.51.100.77, 10.9.8.8"]) {
        const answer = await tryFrom(rotated)
        expect(answer.status).toBe(429)
        expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0)
      }
      const failed = await accounts().listAccessLogEntries({ event: "code_failed" })
      expect(new Set(failed.map((e) => e.ip))).toEqual(new Set([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]))

      // With the test's address trusted as a proxy, the forwarded address is the one counted.
      process.env.PORTAL_TRUSTED_PROXIES = TEST_PROXIES
      expect((await wrongCodes("203.0.113.30")).every((r) => r.status === 401)).toBe(true)
      expect((await tryFrom("203.0.113.30")).status).toBe(429)
      expect((await tryFrom("203.0.113.31")).status).toBe(401)
      // Only the hop the trusted proxy appended counts: what a client wrote left of it is ignored.
      expect((await tryFrom("203.0.113.31, 203.0.113.30")).status).toBe(429)
    })

    it("answers an unknown identifier, a non-member and a disabled account exactly like a member, and sends nothing", async () => {
      const known = await ask("claire@acme.test")
      await smtp.waitFor("claire@acme.test")
      const customers = getContainer().resolve(Modules.CUSTOMER)
      await customers.createCustomers({ email: "shopper@example.test" })
      const unknown = await ask("ghost@example.test")
      const notMember = await ask("shopper@example.test")
      await accounts().updateClientAccounts({ id: acme.account_id, portal_enabled: false })
      smtp.mails.length = 0
      const disabled = await ask("claire@acme.test")
      for (const response of [unknown, notMember, disabled]) {
        expect(response.status).toBe(known.status)
        expect(response.data).toEqual(known.data)
      }
      await sleep(1500)
      expect(smtp.mails).toHaveLength(0)
      const refusals = (await accounts().listAccessLogEntries({ event: "code_requested" })).map(
        (e) => (e.details as { refusal: string | null }).refusal
      )
      expect(refusals.sort()).toEqual([null, "not_a_member", "portal_disabled", "unknown_identifier"].sort())
    })

    it("sends the code by SMS when the member has a mobile and SMS is configured, and no e-mail", async () => {
      process.env.PORTAL_SMS_PROVIDER = "log"
      try {
        await getContainer().resolve(Modules.CUSTOMER).updateCustomers(acme.members[0].customer_id, { phone: "+39 333 123 4567" })
        expect((await ask("claire@acme.test")).status).toBe(200)
        await sleep(1500)
        expect(smtp.mails).toHaveLength(0)
        const [entry] = await accounts().listAccessLogEntries({ event: "code_requested" })
        expect(entry.details).toMatchObject({ channel: "sms", delivery: "sent", sms_provider: "log" })
        // The phone number is an identifier too.
        expect((await ask("0039 333 1234567")).status).toBe(200)
        const rows = await accounts().listAccessCodes({ identifier: "+393331234567" })
        expect(rows[0].channel).toBe("sms")
      } finally {
        delete process.env.PORTAL_SMS_PROVIDER
      }
    })

    it("signs in through the helper other tests use, and records the sign-in with the account", async () => {
      const token = await signInWithCode(api, smtp, "claire@acme.test")
      const { data } = await api.get("/store/portal/sites", {
        headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` },
      })
      expect(data.count).toBe(0)
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await db.raw("select count(*)::int as n from provider_identity where provider = 'portal-otp'")
      expect(rows[0].n).toBe(1)
    })
  },
})
