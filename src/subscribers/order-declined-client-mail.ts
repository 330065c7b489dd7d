import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { documentTranslator } from "../lib/billing/labels"
import { notifyClients } from "../lib/notifications/deliver"
import { BILLING_MODULE } from "../modules/billing"
import type BillingModuleService from "../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"

/**
 * Tells the member who asked for an order that an approver declined it, with the approver's reason, through the
 * client notification registry (`sales.order.declined`): in their notification centre and, as they chose, by
 * e-mail in their own language. Only the requester: the order was theirs, and the approvers know already. Once
 * per approval however often the event comes (the registry's key).
 */
export default async function orderDeclinedClientMailHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const [approval] = await container.resolve<BillingModuleService>(BILLING_MODULE).listOrderApprovals({ id: event.data.id, status: "declined" })
  if (!approval) return
  const [requester] = await container
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listAccountMembers({ account_id: approval.account_id, customer_id: approval.requested_by_customer_id }, { select: ["id"] })
  // A requester who has left the account since has no portal to be told in.
  if (!requester) return
  await notifyClients(container, {
    event: "sales.order.declined",
    account_id: approval.account_id,
    member_ids: [requester.id],
    params: (locale) => ({
      approver: approval.decided_by_name ?? "",
      total: documentTranslator(locale).money(Number(approval.total), approval.currency_code),
      reason: approval.decline_reason ?? "",
    }),
    link: "/orders/approvals",
    key: `order-declined:${approval.id}`,
    data: { order_approval_id: approval.id },
  })
}

export const config: SubscriberConfig = {
  event: "portal.order.declined",
  context: { subscriberId: "portal-order-declined-client-mail" },
}
