import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import type { PortalActor } from "../portal-actor"

/** The client as staff read them in the history and alerts: "Claire Martin (Acme Industrie)". */
export async function describeClient(req: AuthenticatedMedusaRequest, actor: PortalActor) {
  return describeClientIn(req.scope, actor)
}

/** The same description where no request is at hand (a subscriber acting for the client, such as a payment webhook). */
export async function describeClientIn(container: MedusaContainer, actor: Pick<PortalActor, "account_id" | "customer_id">) {
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(actor.account_id)
  let person = "Secure link"
  if (actor.customer_id) {
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id)
    person = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  }
  return { account_id: actor.account_id, customer_id: actor.customer_id, name: `${person} (${account.name})` }
}

/** The staff member signed in to the admin, for the history. */
export async function describeStaff(req: AuthenticatedMedusaRequest) {
  const id = req.auth_context.actor_id
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id })
  return { id, name: user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : null }
}
