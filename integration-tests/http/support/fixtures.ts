import type { MedusaContainer } from "@medusajs/framework/types"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import seedDemo from "../../../scripts/seed-demo"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { issueCustomerToken } from "../../helpers/actors"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: { token: string } }> }
export type Headers = Record<string, string>

/** The demo seeded once per file, and the people the support tests act as. */
export async function supportWorld(container: MedusaContainer, api: Api) {
  await seedDemo({ container, args: [] } as unknown as ExecArgs)
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Client portal" })
  const store = { "x-publishable-api-key": key.token }
  const signIn = await api.post("/auth/user/emailpass", { email: "admin@portal.example", password: "portal-demo" })
  const admin = { authorization: `Bearer ${signIn.data.token}` }
  const [staff] = await container.resolve(Modules.USER).listUsers({ email: "admin@portal.example" })
  const emails = ["claire@acme.example", "paul@acme.example", "marco@rossi.example"]
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: emails })
  const as = async (email: string) => {
    const customer = customers.find((c) => c.email === email)!
    const [member] = await accounts.listAccountMembers({ customer_id: customer.id })
    return { headers: { ...store, authorization: `Bearer ${await issueCustomerToken(container, customer)}` } as Headers, member }
  }
  const [acme] = await accounts.listClientAccounts({ number: "C-1001" })
  const [rossi] = await accounts.listClientAccounts({ number: "C-1002" })
  return { store, admin, staff, acme, rossi, claire: await as("claire@acme.example"), paul: await as("paul@acme.example"), marco: await as("marco@rossi.example") }
}

/** An axios failure's answer, so a test reads its status and message. */
export const failure = (error: { response?: { status: number; data: unknown } }) => {
  if (!error.response) throw error
  return error.response as { status: number; data: { message: string } }
}

export const pdf = (bytes = 0) =>
  Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(bytes, 32), Buffer.from("\n%%EOF\n")]).toString("base64")
