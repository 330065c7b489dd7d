import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { BillingSettings } from "../../../modules/billing/contract"
import { sdk } from "../../lib/sdk"
import { useRoutedMutation } from "./routed-mutation"

export type Role = "admin" | "approver" | "requester" | "viewer"
export const ROLES: Role[] = ["admin", "approver", "requester", "viewer"]

export type ClientAccount = {
  id: string
  number: string
  name: string
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  contact_name: string | null
  contact_email: string | null
  contact_phone: string | null
  notes: string | null
  locale: string
  portal_enabled: boolean
  member_count?: number
}
export type ClientAccountBody = Partial<Omit<ClientAccount, "id" | "member_count">>

export type Member = {
  id: string
  customer_id: string
  role: Role
  is_payer: boolean
  site_ids: string[]
  invited_at: string | null
  activated_at: string | null
  last_sign_in_at: string | null
  customer: { email: string; first_name: string | null; last_name: string | null; phone: string | null } | null
}
export type MemberBody = {
  email?: string
  customer_id?: string
  first_name?: string
  last_name?: string
  phone?: string
  role: Role
  is_payer?: boolean
  site_ids?: string[]
  invite?: boolean
}

export type Site = {
  id: string
  name: string
  address_1: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
  latitude: number | null
  longitude: number | null
  contact_name: string | null
  contact_phone: string | null
  notes: string | null
}
export type SiteBody = Partial<Omit<Site, "id">>

export type SecureLink = {
  id: string
  label: string | null
  scope: "account" | "site" | "intervention"
  site_id: string | null
  allow_actions: boolean
  expires_at: string
  revoked_at: string | null
  last_used_at: string | null
  use_count: number
  created_at: string
}
export type CreatedSecureLink = SecureLink & { token: string; url: string }
export type SecureLinkBody = { scope: "account" | "site"; site_id?: string; label?: string; allow_actions?: boolean; expires_at: string }

export type AccessLogEntry = {
  id: string
  event: string
  identifier: string | null
  member_id: string | null
  user_id: string | null
  ip: string | null
  created_at: string
}

export type PortalSettings = {
  business_name: string | null
  logo_url: string | null
  general_information: string | null
  sections: Record<"sales" | "fleet" | "interventions" | "rentals" | "support" | "documents", boolean>
  access_methods: Record<"email_code" | "sms_code" | "secure_link" | "activation_letter", boolean>
  /** Invoicing settings, defaults filled in. */
  billing: BillingSettings
}

export type Membership = { member: Omit<Member, "customer">; account: ClientAccount; secure_links: SecureLink[] } | null

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

const KEY = "client-accounts"
const accountsUrl = "/admin/portal/accounts"

export function useClientAccounts(params: { q?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: [KEY, "list", params],
    queryFn: () =>
      sdk.client.fetch<List<"client_accounts", ClientAccount>>(accountsUrl, {
        query: { ...params, q: params.q || undefined, order: "name" },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useClientAccount(id: string) {
  return useQuery({
    queryKey: [KEY, id],
    queryFn: () => sdk.client.fetch<{ client_account: ClientAccount }>(`${accountsUrl}/${id}`),
    select: (data) => data.client_account,
  })
}

/** Account writes; every success refreshes what the account's pages show. */
const useAccountMutation = <TBody, TResult>(path: (body: TBody) => string, method?: "POST" | "DELETE") =>
  useRoutedMutation<TBody, TResult>(KEY, path, method)

export const useCreateClientAccount = () =>
  useAccountMutation<ClientAccountBody, { client_account: ClientAccount }>(() => accountsUrl)
export const useUpdateClientAccount = (id: string) =>
  useAccountMutation<ClientAccountBody, { client_account: ClientAccount }>(() => `${accountsUrl}/${id}`)
export const useDeleteClientAccount = (id: string) => useAccountMutation<void, unknown>(() => `${accountsUrl}/${id}`, "DELETE")

export function useAccountList<K extends "members" | "sites" | "secure_links" | "access_log", T>(
  accountId: string,
  resource: "members" | "sites" | "secure-links" | "access-log",
  key: K,
  query: Record<string, string | number | undefined> = {}
) {
  return useQuery({
    queryKey: [KEY, accountId, resource, query],
    queryFn: () => sdk.client.fetch<List<K, T>>(`${accountsUrl}/${accountId}/${resource}`, { query }),
    placeholderData: keepPreviousData,
    enabled: !!accountId,
  })
}

export const useMembers = (accountId: string) => useAccountList<"members", Member>(accountId, "members", "members", { limit: 100 })
export const useSites = (accountId: string) => useAccountList<"sites", Site>(accountId, "sites", "sites", { limit: 100 })
export const useSecureLinks = (accountId: string) =>
  useAccountList<"secure_links", SecureLink>(accountId, "secure-links", "secure_links", { limit: 50 })
export const useAccessLog = (accountId: string, offset: number, event?: string) =>
  useAccountList<"access_log", AccessLogEntry>(accountId, "access-log", "access_log", { limit: 20, offset, event })

export const useCreateMember = (accountId: string) =>
  useAccountMutation<MemberBody, { member: Member }>(() => `${accountsUrl}/${accountId}/members`)
export const useUpdateMember = (accountId: string) =>
  useAccountMutation<{ _id: string; role?: Role; is_payer?: boolean; site_ids?: string[] }, { member: Member }>(
    (b) => `${accountsUrl}/${accountId}/members/${b._id}`
  )
export const useRemoveMember = (accountId: string) =>
  useAccountMutation<{ _id: string }, unknown>((b) => `${accountsUrl}/${accountId}/members/${b._id}`, "DELETE")
export const useInviteMember = (accountId: string) =>
  useAccountMutation<{ _id: string }, { email: { status: string } }>((b) => `${accountsUrl}/${accountId}/members/${b._id}/invite`)
export const useIssueActivation = (accountId: string) =>
  useAccountMutation<{ _id: string }, { activation: { id: string; expires_at: string; letter_url: string } }>(
    (b) => `${accountsUrl}/${accountId}/members/${b._id}/activation`
  )
export const useImpersonate = (accountId: string) =>
  useAccountMutation<{ _id: string }, { impersonation: { url: string } }>(
    (b) => `${accountsUrl}/${accountId}/members/${b._id}/impersonate`
  )

export const useCreateSite = (accountId: string) =>
  useAccountMutation<SiteBody, { site: Site }>(() => `${accountsUrl}/${accountId}/sites`)
export const useUpdateSite = (accountId: string) =>
  useAccountMutation<SiteBody & { _id: string }, { site: Site }>((b) => `${accountsUrl}/${accountId}/sites/${b._id}`)
export const useDeleteSite = (accountId: string) =>
  useAccountMutation<{ _id: string }, unknown>((b) => `${accountsUrl}/${accountId}/sites/${b._id}`, "DELETE")

export const useCreateSecureLink = (accountId: string) =>
  useAccountMutation<SecureLinkBody, { secure_link: CreatedSecureLink }>(() => `${accountsUrl}/${accountId}/secure-links`)
export const useRevokeSecureLink = (accountId: string) =>
  useAccountMutation<{ _id: string }, unknown>((b) => `${accountsUrl}/${accountId}/secure-links/${b._id}/revoke`)

/** Downloads the activation letter with the staff session and hands the PDF to the browser. */
export async function downloadLetter(letterUrl: string, filename: string): Promise<void> {
  const response = await fetch(`${import.meta.env.VITE_BACKEND_URL || ""}${letterUrl}`, { credentials: "include" })
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}

export function usePortalSettings() {
  return useQuery({
    queryKey: [KEY, "settings"],
    queryFn: () => sdk.client.fetch<{ settings: PortalSettings }>("/admin/portal/settings"),
    select: (data) => data.settings,
  })
}
export const useUpdatePortalSettings = () =>
  useAccountMutation<Partial<Omit<PortalSettings, "billing">> & { billing?: Partial<BillingSettings> }, { settings: PortalSettings }>(() => "/admin/portal/settings")

export function usePortalMembership(customerId: string) {
  return useQuery({
    queryKey: [KEY, "membership", customerId],
    queryFn: () => sdk.client.fetch<{ membership: Membership }>(`/admin/portal/customers/${customerId}/portal-membership`),
    select: (data) => data.membership,
  })
}
