import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { text } from "../wording"

const person = (data: PortalEventData, t: Translator) => text(data, "member_name") ?? text(data, "member_email") ?? t("alert.aPerson")
const account = (data: PortalEventData, t: Translator) => text(data, "account_name") ?? t("alert.theirAccount")

/** An account admin changing who may use the portal: staff want to know who now sees the account. */
export const clientAccountAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.client_account.member_invited",
    resource_type: "member_invitation",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data, t) => t("alert.memberInvited", { admin: data.actor_name ?? t("alert.anAccountAdminStart"), person: person(data, t), account: account(data, t) }),
  },
  {
    event: "portal.client_account.member_removed",
    resource_type: "account_member",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data, t) => t("alert.memberRemoved", { person: person(data, t), account: account(data, t), admin: data.actor_name ?? t("alert.anAccountAdmin") }),
  },
]
