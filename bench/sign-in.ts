// Run by `npm run bench` through `medusa exec`: the customers the load signs in as. Each is a real Medusa
// customer with a portal-otp identity and the token Medusa issues at the end of a one-time-code sign-in,
// exactly as integration-tests/helpers/actors.ts gets them; the bulk seeder then makes each one the admin
// member of one of the accounts under load. Beside them, one staff user with the token an e-mail and password
// sign-in gives (the invoice issues are staff's). The answer is written to the file BENCH_SIGN_IN_FILE names.
import crypto from "node:crypto"
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { ensurePortalIdentity } from "../src/workflows/client-access/steps/ensure-portal-identity"

export default async function benchSignIn({ container }: ExecArgs) {
  const count = Number(process.env.BENCH_SIGNED_IN_MEMBERS)
  const file = process.env.BENCH_SIGN_IN_FILE
  if (!count || !file) throw new Error("BENCH_SIGNED_IN_MEMBERS and BENCH_SIGN_IN_FILE are required")

  const auth = container.resolve(Modules.AUTH)
  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: Array.from({ length: count }, (_, i) => ({
        email: `bench-member-${i}@bench.example`,
        first_name: "Bench",
        last_name: `Member ${i}`,
        company_name: `Bench client ${i}`,
      })),
    },
  })

  const members: { customer_id: string; email: string; token: string }[] = []
  for (const customer of customers) {
    const { auth_identity_id } = await ensurePortalIdentity(container, { customer_id: customer.id, email: customer.email })
    const authIdentity = await auth.retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] })
    const answer = await generateJwtTokenWithChecks(container, {
      authIdentity,
      actorType: "customer",
      authProvider: "portal-otp",
    })
    if (!("token" in answer) || !answer.token) throw new Error(`no token for ${customer.email}`)
    members.push({ customer_id: customer.id, email: customer.email, token: answer.token })
  }

  const email = "bench-staff@bench.example"
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password: crypto.randomUUID() } })
  if (error || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email, first_name: "Bench", last_name: "Staff" } } })
  const staffAnswer = await generateJwtTokenWithChecks(container, {
    authIdentity: await auth.retrieveAuthIdentity(authIdentity.id, { relations: ["provider_identities"] }),
    actorType: "user",
    authProvider: "emailpass",
  })
  if (!("token" in staffAnswer) || !staffAnswer.token) throw new Error(`no token for ${email}`)
  fs.writeFileSync(file, JSON.stringify({ members, staff: { email, token: staffAnswer.token } }))
}
