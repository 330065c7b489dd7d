import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { accountOrdering } from "../lib/billing/order-pad"
import { ORDER_PAD_SOURCE } from "../modules/billing/contract"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"

type PlacedOrder = {
  id: string
  display_id: number
  customer_id: string | null
  currency_code: string
  total: unknown
  metadata: Record<string, unknown> | null
  customer?: { first_name: string | null; last_name: string | null; email: string } | null
}

/**
 * Medusa's `order.placed` of a cart the order pad started becomes `portal.order.placed` for the staff alerts
 * pipeline (the account's salesperson is told). The account is the one the customer is a member of, never
 * only what the cart's metadata says.
 */
export default async function portalOrderPlacedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "currency_code", "total", "metadata", "customer.first_name", "customer.last_name", "customer.email"],
    filters: { id: event.data.id },
  })
  const order = data[0] as unknown as PlacedOrder | undefined
  if (!order?.customer_id || order.metadata?.source !== ORDER_PAD_SOURCE) return
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const member = await accounts.memberAccess(order.customer_id)
  if (!member || member.account_id !== order.metadata?.account_id) return
  const account = await accounts.retrieveClientAccount(member.account_id)
  const person = [order.customer?.first_name, order.customer?.last_name].filter(Boolean).join(" ") || order.customer?.email || "A member"
  await container.resolve(Modules.EVENT_BUS).emit({
    name: "portal.order.placed",
    data: {
      id: order.id,
      account_id: member.account_id,
      actor_customer_id: order.customer_id,
      actor_name: `${person} (${account.name})`,
      staff_user_id: (await accountOrdering(container, member.account_id)).salesperson_id,
      display_id: order.display_id,
      total: Number(order.total ?? 0),
      currency_code: order.currency_code,
      site_id: typeof order.metadata?.site_id === "string" ? order.metadata.site_id : null,
    },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "portal-order-placed-alert" },
}
