import { createHmac } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import jwt, { type JwtPayload } from "jsonwebtoken"
import { generateSecureToken } from "../../../src/lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { PORTAL_OTP_PROVIDER_ID } from "../../../src/providers/portal-otp/service"
import {
  createAdmin,
  createClientCompany,
  createPublishableKey,
  issueCustomerToken,
  type AdminActor,
  type ClientCompany,
} from "../../helpers/actors"
import { createMachine } from "../fleet/fleet-fixtures"

jest.setTimeout(120_000)

/** Both kinds of signed-in portal route: one answered from the actor alone, one reading the account's data. */
const ROUTES = ["/store/portal/me", "/store/portal/equipment"]
const HOUR = 60 * 60

const failure = (e: { response: { status: number } }) => e.response

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url")

/** A token built by hand, so that its header and signature (or none) are exactly what the test says. */
const handMadeToken = (header: object, claims: object, hmacKey: string | null) => {
  const signed = `${base64url(header)}.${base64url(claims)}`
  return `${signed}.${hmacKey === null ? "" : createHmac("sha256", hmacKey).update(signed).digest("base64url")}`
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let secret: string
    let admin: AdminActor
    let acme: ClientCompany
    let rossi: ClientCompany
    const accounts = () => getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const bearer = (token: string) => ({ "x-publishable-api-key": key, authorization: `Bearer ${token}` })
    const tokenOf = (headers: Record<string, string>) => headers.authorization.replace(/^Bearer /, "")

    /** What each portal route answers to these headers: its status, and its body when it answered. */
    type Answer = { status: number; data: unknown }
    const call = (headers: Record<string, string>): Promise<Answer[]> =>
      Promise.all(
        ROUTES.map((url) =>
          api.get(url, { headers }).then(
            ({ status, data }: Answer) => ({ status, data }),
            (e: { response: Answer }) => ({ status: e.response.status, data: e.response.data })
          )
        )
      )
    const statuses = async (headers: Record<string, string>) => (await call(headers)).map((answer) => answer.status)

    /** Claire's own claims (actor, identity, metadata), re-signed with other times, key or algorithm. */
    const claireClaims = () => {
      const { iat: _iat, exp: _exp, ...claims } = jwt.decode(tokenOf(acme.members[0].headers)) as JwtPayload
      return claims
    }

    // The runner snapshots the database after this and restores it before every test: each test starts from
    // these fixtures, whatever the one before it deleted or revoked.
    beforeAll(async () => {
      const container = getContainer()
      // The secret the host under test signs and verifies with (medusa-config reads JWT_SECRET, else a default).
      const { jwtSecret } = container.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
      if (typeof jwtSecret !== "string") throw new Error("the test host is expected to use a shared JWT secret")
      secret = jwtSecret
      admin = await createAdmin(container, api)
      key = await createPublishableKey(container)
      acme = await createClientCompany(container, api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant"],
        members: [
          { email: "claire@acme.test", role: "admin" },
          { email: "paul@acme.test", role: "viewer" },
        ],
      })
      rossi = await createClientCompany(container, api, key, {
        name: "Rossi Impianti",
        sites: ["Milano"],
        members: [{ email: "marco@rossi.test", role: "admin" }],
      })
      await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Lyon press", serial_number: "P-1" })
    })

    it("answers a member's token with the member and the account's machines", async () => {
      const [me, equipment] = await call(acme.members[0].headers)
      expect(me).toMatchObject({ status: 200, data: { member: { email: "claire@acme.test" }, account: { id: acme.account_id } } })
      expect(equipment).toMatchObject({ status: 200, data: { count: 1, equipment: [{ name: "Lyon press" }] } })
    })

    it("refuses 401 without a token, with a malformed one, or with another scheme", async () => {
      expect(await statuses({ "x-publishable-api-key": key })).toEqual([401, 401])
      expect(await statuses(bearer("not-a-token"))).toEqual([401, 401])
      expect(await statuses(bearer("a.b.c"))).toEqual([401, 401])
      expect(await statuses({ "x-publishable-api-key": key, authorization: `Basic ${tokenOf(acme.members[0].headers)}` })).toEqual([401, 401])
    })

    it("refuses 401 a member's claims signed with another secret, unsigned (alg none) or with a tampered signature", async () => {
      const claims = { ...claireClaims(), exp: Math.floor(Date.now() / 1000) + HOUR }
      // The same claims signed with the host's secret pass: what fails below is the signature alone.
      expect(await statuses(bearer(jwt.sign(claims, secret)))).toEqual([200, 200])

      expect(await statuses(bearer(jwt.sign(claims, `${secret}-but-not-quite`)))).toEqual([401, 401])
      expect(await statuses(bearer(handMadeToken({ alg: "none", typ: "JWT" }, claims, null)))).toEqual([401, 401])
      expect(await statuses(bearer(handMadeToken({ alg: "none", typ: "JWT" }, claims, secret)))).toEqual([401, 401])
      const [header, , signature] = jwt.sign(claims, secret).split(".")
      const otherMember = base64url({ ...claims, actor_id: rossi.members[0].customer_id, app_metadata: { customer_id: rossi.members[0].customer_id } })
      expect(await statuses(bearer(`${header}.${otherMember}.${signature}`))).toEqual([401, 401])
    })

    it("refuses 401 an expired token and one not valid yet, signed with the host's secret", async () => {
      const now = Math.floor(Date.now() / 1000)
      const expired = jwt.sign({ ...claireClaims(), iat: now - 2 * HOUR, exp: now - 60 }, secret)
      const notYet = jwt.sign({ ...claireClaims(), nbf: now + HOUR, exp: now + 2 * HOUR }, secret)
      expect(await statuses(bearer(expired))).toEqual([401, 401])
      expect(await statuses(bearer(notYet))).toEqual([401, 401])
    })

    it("refuses 401 a staff token and a customer token issued before registration (no actor)", async () => {
      expect(await statuses({ ...admin.headers, "x-publishable-api-key": key })).toEqual([401, 401])

      const container = getContainer()
      const auth = container.resolve(Modules.AUTH)
      const identity = await auth.createAuthIdentities({
        provider_identities: [{ provider: PORTAL_OTP_PROVIDER_ID, entity_id: "newcomer@elsewhere.test" }],
      })
      const authIdentity = await auth.retrieveAuthIdentity(identity.id, { relations: ["provider_identities"] })
      const answer = await generateJwtTokenWithChecks(container, { authIdentity, actorType: "customer", authProvider: PORTAL_OTP_PROVIDER_ID })
      const token = "token" in answer ? answer.token! : ""
      expect(jwt.decode(token)).toMatchObject({ actor_type: "customer", actor_id: "" })
      expect(await statuses(bearer(token))).toEqual([401, 401])
    })

    it("refuses 403 a signed-in customer who is no member of any account", async () => {
      const { result } = await createCustomersWorkflow(getContainer()).run({
        input: { customersData: [{ email: "shopper@elsewhere.test" }] },
      })
      const token = await issueCustomerToken(getContainer(), { id: result[0].id, email: "shopper@elsewhere.test" })
      expect(await statuses(bearer(token))).toEqual([403, 403])
    })

    it("refuses 403 the members of a soft-deleted account, even a member restored without it", async () => {
      const [marco] = await accounts().listAccountMembers({ customer_id: rossi.members[0].customer_id })
      await accounts().softDeleteClientAccounts([rossi.account_id])
      expect(await statuses(rossi.members[0].headers)).toEqual([403, 403])
      expect(await statuses(acme.members[0].headers)).toEqual([200, 200])

      // Deleting the account deleted its members too; a member brought back alone still opens nothing.
      await accounts().restoreAccountMembers([marco.id])
      expect(await statuses(rossi.members[0].headers)).toEqual([403, 403])
    })

    it("refuses 403 a soft-deleted member, and the members of an account whose portal is disabled", async () => {
      const [paul] = await accounts().listAccountMembers({ customer_id: acme.members[1].customer_id })
      await accounts().softDeleteAccountMembers([paul.id])
      expect(await statuses(acme.members[1].headers)).toEqual([403, 403])
      expect(await statuses(acme.members[0].headers)).toEqual([200, 200])

      await accounts().updateClientAccounts({ id: acme.account_id, portal_enabled: false })
      expect(await statuses(acme.members[0].headers)).toEqual([403, 403])
    })

    /** What the portal does with a view-as URL: exchanges its one-time code, server-side, for the session. */
    const exchangeViewAs = (code: string) =>
      api.post("/store/portal/view-as/exchange", { code }, { headers: { "x-publishable-api-key": key } }).catch(failure)
    const viewAsUrl = async (memberId: string) => {
      const { data } = await api.post(`/admin/portal/accounts/${acme.account_id}/members/${memberId}/impersonate`, {}, { headers: admin.headers })
      return new URL((data as { impersonation: { url: string } }).impersonation.url)
    }
    const viewAsToken = async (memberId: string) => {
      const answer = await exchangeViewAs((await viewAsUrl(memberId)).searchParams.get("code")!)
      return (answer.data as { token: string }).token
    }

    it("opens a view-as session only from a one-time code of a staff action, exchanged once; never from a token in the URL", async () => {
      const [claire] = await accounts().listAccountMembers({ customer_id: acme.members[0].customer_id })
      const url = await viewAsUrl(claire.id)
      expect(url.searchParams.get("token")).toBeNull()
      const code = url.searchParams.get("code")!
      expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/)

      const first = await exchangeViewAs(code)
      expect(first.status).toBe(200)
      const session = (first as unknown as { data: { token: string } }).data.token
      const me = await api.get("/store/portal/me", { headers: bearer(session) })
      expect(me.data.scope).toMatchObject({ kind: "impersonation", read_only: true, impersonated_by: admin.id })
      const [log] = await accounts().listAccessLogEntries({ account_id: acme.account_id, event: "impersonation_started" })
      expect((jwt.decode(session) as JwtPayload).app_metadata.portal_impersonation).toEqual({ user_id: admin.id, log_id: log.id })

      // Single use: the same code again answers 401; a member's or a session token where the code goes is
      // refused too (400: longer than any code).
      expect((await exchangeViewAs(code)).status).toBe(401)
      expect((await exchangeViewAs(tokenOf(acme.members[1].headers))).status).toBe(400)
      expect((await exchangeViewAs(session)).status).toBe(400)
      expect((await exchangeViewAs(code.slice(0, -1) + (code.endsWith("A") ? "B" : "A"))).status).toBe(401)
      // An expired code is refused too.
      const late = (await viewAsUrl(claire.id)).searchParams.get("code")!
      const [lateCode] = await accounts().listViewAsCodes({ used_at: null })
      await accounts().updateViewAsCodes({ id: lateCode.id, expires_at: new Date(Date.now() - 1000) })
      expect((await exchangeViewAs(late)).status).toBe(401)

      // A view-as token no exchanged code issued (a staff action that never happened) opens nothing.
      const forged = jwt.sign(
        {
          actor_id: acme.members[1].customer_id,
          actor_type: "portal_session",
          auth_identity_id: "",
          app_metadata: { customer_id: acme.members[1].customer_id, portal_impersonation: { user_id: admin.id, log_id: log.id } },
          exp: Math.floor(Date.now() / 1000) + HOUR,
        },
        secret
      )
      expect(await statuses(bearer(forged))).toEqual([401, 401])
    })

    it("answers staff viewing the portal as a member read-only, and only while the member's portal is on", async () => {
      const [claire] = await accounts().listAccountMembers({ customer_id: acme.members[0].customer_id })
      const viewAs = bearer(await viewAsToken(claire.id))
      const [me, equipment] = await call(viewAs)
      expect(me).toMatchObject({ status: 200, data: { scope: { kind: "impersonation", read_only: true, impersonated_by: admin.id } } })
      expect(equipment).toMatchObject({ status: 200, data: { count: 1 } })
      // Medusa's own store routes do not take it for the customer, where the session would not be read-only.
      expect((await api.post("/store/customers/me", { first_name: "Changed" }, { headers: viewAs }).catch(failure)).status).toBe(401)

      // A portal session token that names no view-as session does not open the member's full one.
      const bare = jwt.sign({ ...claireClaims(), actor_type: "portal_session", exp: Math.floor(Date.now() / 1000) + HOUR }, secret)
      expect(await statuses(bearer(bare))).toEqual([403, 403])

      await accounts().updateClientAccounts({ id: acme.account_id, portal_enabled: false })
      expect(await statuses(viewAs)).toEqual([403, 403])
    })

    it("ends a secure link's session with 401 once the link is revoked or has expired", async () => {
      const openLink = async () => {
        const { token, hash } = generateSecureToken()
        const link = await accounts().createSecureLinks({
          account_id: acme.account_id,
          token_hash: hash,
          scope: "account",
          expires_at: new Date(Date.now() + 24 * HOUR * 1000),
        })
        const { data } = await api.post("/store/portal/links/exchange", { token }, { headers: { "x-publishable-api-key": key } })
        return { link, session: bearer((data as { token: string }).token) }
      }
      const revoked = await openLink()
      const expired = await openLink()
      expect(await statuses(revoked.session)).toEqual([200, 200])
      expect((await api.get("/store/customers/me", { headers: revoked.session }).catch(failure)).status).toBe(401)

      await accounts().updateSecureLinks({ id: revoked.link.id, revoked_at: new Date() })
      await accounts().updateSecureLinks({ id: expired.link.id, expires_at: new Date(Date.now() - 1000) })
      expect(await statuses(revoked.session)).toEqual([401, 401])
      expect(await statuses(expired.session)).toEqual([401, 401])
    })
  },
})
