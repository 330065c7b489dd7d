import "server-only"
import { describeError, fetchAllPages, httpStatusOf, messageOf, sdk } from "./client"
import { sessionHeaders, type MemberRole } from "./portal"

export type AccountMemberRow = {
  id: string
  customer_id: string
  email: string | null
  first_name: string | null
  last_name: string | null
  role: MemberRole
  is_payer: boolean
  site_ids: string[]
  activated_at: string | null
  invited_at: string | null
}

/** A member as the backend sends it: the contract's flat names, or the person nested under `customer`. */
type MemberAnswer = Omit<AccountMemberRow, "email" | "first_name" | "last_name"> &
  Partial<Pick<AccountMemberRow, "email" | "first_name" | "last_name">> & {
    customer?: { email: string | null; first_name: string | null; last_name: string | null } | null
  }

/** Accepts both shapes, so the page does not depend on where the backend puts the person's name. */
function toRow(member: MemberAnswer): AccountMemberRow {
  const { customer, ...rest } = member
  return {
    ...rest,
    email: member.email ?? customer?.email ?? null,
    first_name: member.first_name ?? customer?.first_name ?? null,
    last_name: member.last_name ?? customer?.last_name ?? null,
    site_ids: member.site_ids ?? [],
    activated_at: member.activated_at ?? null,
    invited_at: member.invited_at ?? null,
  }
}

/**
 * The account's members, or null when this session may not list them (a secure link, for example, is
 * answered 403/401 by the backend); the account page then leaves the table out.
 */
export async function listMembers(): Promise<AccountMemberRow[] | null> {
  try {
    const members = await fetchAllPages<MemberAnswer>("/store/portal/members", "members", await sessionHeaders())
    return members.map(toRow)
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401 || status === 403 || status === 404) {
      if (status === 404) console.warn("[portal] members: GET /store/portal/members is not available")
      return null
    }
    throw error
  }
}

export type InviteMemberInput = {
  email: string
  first_name: string
  last_name: string
  role: MemberRole
  site_ids: string[]
}

/** Why a members call failed, in terms the account page can show next to a field or above the table. */
export type MemberFailure =
  | { reason: "invalid"; field: keyof InviteMemberInput | null; message: string | undefined }
  | { reason: "forbidden" }
  | { reason: "not_found" }
  | { reason: "unavailable" }

export type MemberResult = { ok: true } | ({ ok: false } & MemberFailure)

const FIELDS: (keyof InviteMemberInput)[] = ["email", "first_name", "last_name", "role", "site_ids"]

/** The backend's 400 names the field in its message ("email: ..."); find which. */
function fieldOf(message: string | undefined): keyof InviteMemberInput | null {
  if (!message) return null
  const lower = message.toLowerCase()
  return FIELDS.find((name) => lower.includes(name)) ?? null
}

function bodyOf(error: unknown): string | undefined {
  // The SDK's FetchError carries the backend's `message` as its own.
  return error instanceof Error ? error.message : messageOf(error)
}

async function call(path: string, method: "POST" | "DELETE", body: object | undefined, step: string): Promise<MemberResult> {
  try {
    await sdk.client.fetch<unknown>(path, {
      method,
      ...(body ? { body } : {}),
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return { ok: true }
  } catch (error) {
    const status = httpStatusOf(error)
    const message = bodyOf(error)
    if (status === 400) return { ok: false, reason: "invalid", field: fieldOf(message), message }
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    console.warn(`[portal] ${step} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

/**
 * Invites a colleague. The backend answers the same whatever the address: the person joins when they sign
 * in with the code sent there, so the page lists the invitation, not a member.
 */
export function inviteMember(input: InviteMemberInput): Promise<MemberResult> {
  return call("/store/portal/invitations", "POST", input, "member invitation")
}

export function cancelInvitation(id: string): Promise<MemberResult> {
  return call(`/store/portal/invitations/${encodeURIComponent(id)}`, "DELETE", undefined, "invitation cancellation")
}

/** An invitation nobody has accepted yet, as the admin typed it. */
export type PendingInvitation = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  role: MemberRole
  site_ids: string[]
  invited_at: string
}

/** The account's invitations waiting to be accepted, or null when this session may not manage users. */
export async function listInvitations(): Promise<PendingInvitation[] | null> {
  try {
    const { invitations } = await sdk.client.fetch<{ invitations: PendingInvitation[] }>("/store/portal/invitations", {
      method: "GET",
      query: { limit: 100, offset: 0 },
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return invitations
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401 || status === 403) return null
    throw error
  }
}

export function updateMember(id: string, changes: { role?: MemberRole; site_ids?: string[] }): Promise<MemberResult> {
  return call(`/store/portal/members/${encodeURIComponent(id)}`, "POST", changes, "member update")
}

export function removeMember(id: string): Promise<MemberResult> {
  return call(`/store/portal/members/${encodeURIComponent(id)}`, "DELETE", undefined, "member removal")
}
