import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { CHANGEABLE_FIELDS, type ChangeTarget } from "../../modules/support/statuses"

/** Billing details kept in the account's metadata (the account model has no column for them). */
export const METADATA_FIELDS = ["vat_number", "invoice_email"] as const
/** Account fields that are the billing address: approved, they also update the members' billing addresses. */
export const ADDRESS_FIELDS = ["address_1", "address_2", "postal_code", "city", "country_code"] as const

export const isChangeable = (target: ChangeTarget, field: string): boolean => (CHANGEABLE_FIELDS[target] as readonly string[]).includes(field)

type Record_ = Record<string, unknown> & { metadata?: Record<string, unknown> | null }

const text = (value: unknown): string | null => (value === null || value === undefined || value === "" ? null : String(value))

/** A field's value as it is stored now. */
export function currentValue(target: ChangeTarget, record: Record_, field: string): string | null {
  if (target === "account" && (METADATA_FIELDS as readonly string[]).includes(field)) return text(record.metadata?.[field])
  return text(record[field])
}

/** The account or site a change concerns, or null (a site of another account is null too). */
export async function loadTarget(scope: MedusaContainer, accountId: string, target: ChangeTarget, siteId: string | null): Promise<Record_ | null> {
  const accounts = scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  if (target === "account") return (await accounts.listClientAccounts({ id: accountId }))[0] ?? null
  if (!siteId) return null
  return (await accounts.listSites({ id: siteId, account_id: accountId }))[0] ?? null
}
