import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { PendingInvitation } from "@/lib/data/members"
import { personName } from "@/lib/data/portal"
import { cancelInvitationAction } from "./member-actions"

type InvitationsListProps = {
  invitations: PendingInvitation[]
  siteNames: Map<string, string>
  locale: Locale
}

/**
 * The invitations nobody has accepted yet, for account admins: who, with which role and sites, since when,
 * and a plain form to cancel each. A person appears among the members only once they sign in.
 */
export async function InvitationsList({ invitations, siteNames, locale }: InvitationsListProps) {
  const [t, tRoles] = await Promise.all([getTranslations("Members"), getTranslations("Portal.roles")])
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium" })

  return (
    <section aria-labelledby="invitations-title" className="mt-8">
      <h3 id="invitations-title" className="text-base font-semibold text-slate-900">
        {t("invitationsTitle")}
      </h3>
      <p className="mt-1 text-sm text-slate-600">{t("invitationsIntro")}</p>
      <ul className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="invitations-list">
        {invitations.map((invitation) => {
          const name = personName(invitation)
          const sites = invitation.site_ids.map((id) => siteNames.get(id)).filter((value): value is string => Boolean(value))
          return (
            <li key={invitation.id} className="p-4 sm:p-5" data-testid="invitation-row" data-email={invitation.email}>
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <p className="font-semibold break-words text-slate-900">{name ?? invitation.email}</p>
                  {name ? <p className="text-sm break-all text-slate-600">{invitation.email}</p> : null}
                  <p className="mt-1 text-sm text-slate-600">
                    {sites.length ? t("limitedTo", { sites: sites.join(", ") }) : t("allSites")}
                    <span aria-hidden="true"> · </span>
                    {t("invitationSent", { date: dateFormat.format(new Date(invitation.invited_at)) })}
                  </p>
                </div>
                <span className="inline-flex shrink-0 self-start rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-semibold text-brand-800" data-testid="invitation-role">
                  {tRoles(invitation.role)}
                </span>
              </div>
              <form action={cancelInvitationAction} className="mt-3">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="invitation_id" value={invitation.id} />
                <button
                  type="submit"
                  aria-label={t("cancelInvitationOf", { email: invitation.email })}
                  className="text-sm font-medium text-red-700 underline underline-offset-2 hover:text-red-800"
                >
                  {t("cancelInvitation")}
                </button>
              </form>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
