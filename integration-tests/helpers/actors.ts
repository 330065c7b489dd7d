import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  createUserAccountWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from "@medusajs/medusa/core-flows"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import { ensurePortalIdentity } from "../../src/workflows/client-access/steps/ensure-portal-identity"
import type { MemberRole } from "../../src/modules/clientAccount/models/account-member"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"

type Api = {
  post: (url: string, body?: unknown, config?: { headers?: Record<string, string> }) => Promise<{ data: unknown }>
}

async function signIn(api: Api, route: string, email: string, password: string): Promise<string> {
  const { data } = await api.post(route, { email, password })
  return (data as { token: string }).token
}

export type AdminActor = { id: string; email: string; headers: { authorization: string } }

/** A staff user with an admin token, as the admin dashboard would have after signing in. */
export async function createAdmin(
  container: MedusaContainer,
  api: Api,
  email = "staff@portal.test",
  password = "staff-password"
): Promise<AdminActor> {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Sam", last_name: "Staff" } },
  })
  const token = await signIn(api, "/auth/user/emailpass", email, password)
  return { id: user.id, email, headers: { authorization: `Bearer ${token}` } }
}

/** A publishable key on a sales channel: every /store route needs one. */
export async function createPublishableKey(container: MedusaContainer): Promise<string> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({}, { take: 1 })
  const channel = existing ?? (await salesChannels.createSalesChannels({ name: "Test channel" }))
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Test portal", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [channel.id] } })
  return result[0].token
}

export type ClientMember = {
  customer_id: string
  email: string
  /** Headers of a signed-in member: publishable key and bearer token. */
  headers: Record<string, string>
}

export type ClientCompany = { group_id: string; account_id: string; name: string; site_ids: string[]; members: ClientMember[] }

/**
 * A client company: a client account (and a customer group of the same name) with sites and members who
 * are signed-in Medusa customers, each with the token issueCustomerToken gives.
 */
export async function createClientCompany(
  container: MedusaContainer,
  api: Api,
  publishableKey: string,
  {
    name,
    members,
    sites = [],
  }: {
    name: string
    members: { email: string; first_name?: string; last_name?: string; role?: MemberRole; site_names?: string[] }[]
    sites?: string[]
  }
): Promise<ClientCompany> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const account = await accounts.createClientAccounts({ number: `T-${Date.now()}-${Math.round(Math.random() * 1e6)}`, name })
  const createdSites = sites.length
    ? await accounts.createSites(sites.map((siteName) => ({ name: siteName, account_id: account.id })))
    : []
  const { result: groups } = await createCustomerGroupsWorkflow(container).run({
    input: { customersData: [{ name }] },
  })
  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: members.map(({ email, first_name, last_name }) => ({ email, first_name, last_name, company_name: name })),
    },
  })
  await accounts.createAccountMembers(
    customers.map((customer, i) => ({
      account_id: account.id,
      customer_id: customer.id,
      role: members[i].role ?? "admin",
      site_ids: (members[i].site_names ?? []).map((n) => createdSites.find((s) => s.name === n)!.id),
    }))
  )
  await linkCustomersToCustomerGroupWorkflow(container).run({
    input: { id: groups[0].id, add: customers.map((c) => c.id) },
  })

  const signedIn: ClientMember[] = []
  for (const customer of customers) {
    const token = await issueCustomerToken(container, customer)
    signedIn.push({
      customer_id: customer.id,
      email: customer.email,
      headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
    })
  }
  return { group_id: groups[0].id, account_id: account.id, name, site_ids: createdSites.map((s) => s.id), members: signedIn }
}

/**
 * The token Medusa issues to a customer at the end of a one-time-code sign-in, without the mail round trip;
 * the tests of sign-in itself go through the codes.
 */
export async function issueCustomerToken(container: MedusaContainer, customer: { id: string; email: string }): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { auth_identity_id } = await ensurePortalIdentity(container, { customer_id: customer.id, email: customer.email })
  const authIdentity = await auth.retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] })
  const answer = await generateJwtTokenWithChecks(container, { authIdentity, actorType: "customer", authProvider: "portal-otp" })
  if (!("token" in answer) || !answer.token) throw new Error(`no token for ${customer.email}`)
  return answer.token
}

type SmtpInbox = { mails: { to: string[]; subject: string }[] }

/**
 * Signs a member in the way a client does: asks for a one-time code, reads it from the mail the real SMTP
 * server received (the code is in the subject) and exchanges it for a customer token. Returns the token.
 */
export async function signInWithCode(api: Api, smtp: SmtpInbox, email: string, timeoutMs = 10_000): Promise<string> {
  const seen = smtp.mails.length
  await api.post("/auth/customer/portal-otp", { identifier: email })
  const code = await waitForCode(smtp, email, seen, timeoutMs)
  const { data } = await api.post("/auth/customer/portal-otp/callback", { identifier: email, code })
  return (data as { token: string }).token
}

/** The 6-digit code of the first mail to `email` received after the `seen` first mails. */
export async function waitForCode(smtp: SmtpInbox, email: string, seen: number, timeoutMs = 10_000): Promise<string> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const mail = smtp.mails.slice(seen).find((m) => m.to.includes(email))
    const code = mail?.subject.match(/\b(\d{6})\b/)?.[1]
    if (code) return code
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`No sign-in code mailed to ${email} within ${timeoutMs} ms`)
}
