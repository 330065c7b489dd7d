"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { cancelInvitation, inviteMember, removeMember, updateMember, type MemberFailure } from "@/lib/data/members"
import { MEMBER_ROLES, type MemberRole } from "@/lib/data/portal"
import type { InviteError, InviteField, InviteState, InviteValues } from "./invite-state"
import { emptyInviteValues } from "./invite-state"

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function isRole(value: string): value is MemberRole {
  return (MEMBER_ROLES as readonly string[]).includes(value)
}

/** The page shows what changed: the account page re-renders with the members as the backend has them. */
function refreshAccountPage(): void {
  revalidatePath("/[locale]/account", "page")
}

function inviteErrorOf(failure: MemberFailure): { error: InviteError; errorField: InviteField | null } {
  switch (failure.reason) {
    case "invalid":
      // The backend's 400 names the field; show its problem there.
      if (failure.field === "email") return { error: "email_invalid", errorField: "email" }
      if (failure.field === "role") return { error: "role_invalid", errorField: "role" }
      if (failure.field === "site_ids") return { error: "site_ids_invalid", errorField: "site_ids" }
      if (failure.field === "first_name") return { error: "first_name_required", errorField: "first_name" }
      if (failure.field === "last_name") return { error: "last_name_required", errorField: "last_name" }
      return { error: "invalid", errorField: null }
    case "forbidden":
      return { error: "forbidden", errorField: null }
    default:
      return { error: "unavailable", errorField: null }
  }
}

/** Invites a colleague: checks the fields here first so each error appears next to its field. */
export async function inviteMemberAction(previous: InviteState, formData: FormData): Promise<InviteState> {
  const values: InviteValues = {
    email: field(formData, "email").toLowerCase(),
    first_name: field(formData, "first_name"),
    last_name: field(formData, "last_name"),
    role: field(formData, "role"),
    site_ids: formData.getAll("site_ids").filter((value): value is string => typeof value === "string" && value !== ""),
  }
  const version = previous.version + 1
  const fail = (error: InviteError, errorField: InviteField | null): InviteState => ({ values, error, errorField, invited: null, version })

  if (!values.email) return fail("email_required", "email")
  if (!EMAIL_PATTERN.test(values.email) || values.email.length > 254) return fail("email_invalid", "email")
  if (!values.first_name) return fail("first_name_required", "first_name")
  if (!values.last_name) return fail("last_name_required", "last_name")
  if (!isRole(values.role)) return fail("role_invalid", "role")

  const result = await inviteMember({ ...values, role: values.role })
  if (!result.ok) {
    const { error, errorField } = inviteErrorOf(result)
    return fail(error, errorField)
  }
  refreshAccountPage()
  return { values: emptyInviteValues, error: null, errorField: null, invited: values.email, version }
}

/** Outcome keys of the row actions, shown by the account page from its query string. */
type RowOutcome =
  | "role_changed"
  | "removed"
  | "invitation_cancelled"
  | "role_refused"
  | "remove_refused"
  | "forbidden"
  | "not_found"
  | "unavailable"

function outcomeOf(failure: MemberFailure, refused: RowOutcome): RowOutcome {
  if (failure.reason === "invalid") return refused
  if (failure.reason === "forbidden" || failure.reason === "not_found") return failure.reason
  return "unavailable"
}

/**
 * The row actions answer with a redirect to the account page carrying the outcome, so they work as plain
 * form posts and the notice survives the reload.
 */
function backToAccount(locale: string, outcome: RowOutcome): never {
  refreshAccountPage()
  return redirect({ href: `/account?outcome=${outcome}#members`, locale: toLocale(locale) })
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  const locale = field(formData, "locale")
  const role = field(formData, "role")
  if (!isRole(role)) backToAccount(locale, "role_refused")
  const result = await updateMember(field(formData, "member_id"), { role: role as MemberRole })
  backToAccount(locale, result.ok ? "role_changed" : outcomeOf(result, "role_refused"))
}

export async function removeMemberAction(formData: FormData): Promise<void> {
  const locale = field(formData, "locale")
  const result = await removeMember(field(formData, "member_id"))
  backToAccount(locale, result.ok ? "removed" : outcomeOf(result, "remove_refused"))
}

export async function cancelInvitationAction(formData: FormData): Promise<void> {
  const locale = field(formData, "locale")
  const result = await cancelInvitation(field(formData, "invitation_id"))
  backToAccount(locale, result.ok ? "invitation_cancelled" : outcomeOf(result, "not_found"))
}
