import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { AccountMemberRow } from "@/lib/data/members"
import { personName } from "@/lib/data/portal"
import { changeRoleAction, removeMemberAction } from "./member-actions"
import { MEMBER_ROLE_OPTIONS } from "./roles"

type MembersListProps = {
  members: AccountMemberRow[]
  /** Names of the account's sites by id, to say which sites a member is limited to. */
  siteNames: Map<string, string>
  /** The signed-in member, who may not change their own access. */
  selfId: string | null
  /** The signed-in admin's own sites (null: every site): they manage only colleagues within them. */
  ownSiteIds: string[] | null
  canManage: boolean
  locale: Locale
}

/**
 * The account's members as cards (readable on a phone, unlike a wide table). With `manage_users` each
 * card has a role form and a removal behind a <details> confirmation: both plain forms, no JavaScript.
 */
export async function MembersList({ members, siteNames, selfId, ownSiteIds, canManage, locale }: MembersListProps) {
  const [t, tRoles] = await Promise.all([getTranslations("Members"), getTranslations("Portal.roles")])

  return (
    <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="members-list">
      {members.map((member) => {
        const name = personName(member)
        const isSelf = member.id === selfId
        // The backend refuses changes beyond the admin's own sites: offer none.
        const withinScope = ownSiteIds === null || (member.site_ids.length > 0 && member.site_ids.every((id) => ownSiteIds.includes(id)))
        const editable = canManage && !isSelf && withinScope
        const sites = member.site_ids.map((id) => siteNames.get(id)).filter((value): value is string => Boolean(value))
        return (
          <li key={member.id} className="p-4 sm:p-5" data-testid="member-row" data-email={member.email ?? ""}>
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-semibold break-words text-slate-900">
                  {name ?? member.email}
                  {isSelf ? <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{t("you")}</span> : null}
                </p>
                {name && member.email ? <p className="text-sm break-all text-slate-600">{member.email}</p> : null}
                <p className="mt-1 text-sm text-slate-600">
                  {sites.length ? t("limitedTo", { sites: sites.join(", ") }) : t("allSites")}
                  <span aria-hidden="true"> · </span>
                  {member.activated_at ? t("active") : t("invitedPending")}
                </p>
              </div>
              {editable ? (
                <form action={changeRoleAction} className="flex shrink-0 items-center gap-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="member_id" value={member.id} />
                  <label htmlFor={`role-${member.id}`} className="sr-only">
                    {t("roleOf", { name: name ?? member.email ?? "" })}
                  </label>
                  <select
                    id={`role-${member.id}`}
                    name="role"
                    defaultValue={member.role}
                    data-testid="member-role-select"
                    className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm"
                  >
                    {MEMBER_ROLE_OPTIONS.map((role) => (
                      <option key={role} value={role}>
                        {tRoles(role)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100">
                    {t("saveRole")}
                  </button>
                </form>
              ) : (
                <span className="inline-flex shrink-0 self-start rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800" data-testid="member-role">
                  {tRoles(member.role)}
                </span>
              )}
            </div>
            {editable ? (
              <details className="mt-3 text-sm">
                <summary className="inline cursor-pointer font-medium text-red-700 underline underline-offset-2">{t("remove")}</summary>
                <form action={removeMemberAction} className="mt-2 rounded-lg border border-red-200 bg-red-50 p-3">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="member_id" value={member.id} />
                  <p className="text-red-900">{t("removeConfirm", { name: name ?? member.email ?? "" })}</p>
                  <button type="submit" className="mt-2 rounded-lg bg-red-700 px-3 py-1.5 font-semibold text-white hover:bg-red-800">
                    {t("removeYes")}
                  </button>
                </form>
              </details>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
