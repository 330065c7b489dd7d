import type { PortalAlertDeclaration, PortalEventData } from "../types"

const text = (data: PortalEventData, key: string): string | null => {
  const value = data[key]
  return typeof value === "string" && value.trim() ? value.trim() : null
}

const person = (data: PortalEventData) => text(data, "member_name") ?? text(data, "member_email") ?? "a person"
const account = (data: PortalEventData) => text(data, "account_name") ?? "their account"

/** An account admin changing who may use the portal: staff want to know who now sees the account. */
export const clientAccountAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.client_account.member_invited",
    resource_type: "member_invitation",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data) => `${data.actor_name ?? "An account admin"} invited ${person(data)} to ${account(data)}`,
  },
  {
    event: "portal.client_account.member_removed",
    resource_type: "account_member",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data) => `${person(data)} was removed from ${account(data)} by ${data.actor_name ?? "an account admin"}`,
  },
]
