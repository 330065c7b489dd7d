import { getTranslations } from "next-intl/server"
import { InvitationsList } from "@/components/account/invitations-list"
import { InviteForm } from "@/components/account/invite-form"
import { MembersList } from "@/components/account/members-list"
import { SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { SiteList } from "@/components/sites/site-list"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { listInvitations, listMembers } from "@/lib/data/members"
import { can, requirePortalSession } from "@/lib/data/portal"
import { listSites } from "@/lib/data/sites"

export const generateMetadata = sectionMetadata("account")

type AccountPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ outcome?: string | string[] }>
}

const OUTCOMES = ["role_changed", "removed", "invitation_cancelled", "role_refused", "remove_refused", "forbidden", "not_found", "unavailable"] as const
type Outcome = (typeof OUTCOMES)[number]
const isOutcome = (value: unknown): value is Outcome => (OUTCOMES as readonly unknown[]).includes(value)

/** Company data, sites, and the account's members (managed by those with `manage_users`). */
export default async function AccountPage({ params, searchParams }: AccountPageProps) {
  const locale = toLocale((await params).locale)
  const { outcome } = await searchParams
  const [{ me }, sites, members, t, tMembers] = await Promise.all([
    requirePortalSession(),
    listSites("", 0, 200),
    listMembers(),
    getTranslations("Account"),
    getTranslations("Members"),
  ])
  const tChanges = await getTranslations("Support.changes")
  const canManage = can(me, "manage_users")
  const invitations = canManage ? await listInvitations() : null
  const { account } = me
  const town = [account.postal_code, account.city].filter(Boolean).join(" ")
  const address = [account.address_1, account.address_2, town, account.country_code?.toUpperCase()].filter(Boolean)
  const rows = [
    { label: t("companyName"), value: account.name },
    { label: t("number"), value: account.number },
    { label: t("address"), value: address.join(", ") },
    { label: t("contact"), value: account.contact_name },
    { label: t("email"), value: account.contact_email },
    { label: t("phone"), value: account.contact_phone },
  ]
  const notice = isOutcome(outcome) ? outcome : null
  const good = notice === "role_changed" || notice === "removed" || notice === "invitation_cancelled"

  return (
    <>
      <SectionHeader section="account" />

      <section aria-labelledby="company-title" className="mt-8 rounded-2xl border border-slate-200 bg-white p-6">
        <h2 id="company-title" className="text-lg font-semibold text-slate-900">
          {t("companyTitle")}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          {rows.map((row) => (
            <div key={row.label}>
              <dt className="text-sm text-slate-500">{row.label}</dt>
              <dd className="mt-1 font-medium break-words text-slate-900">
                {row.value || <span className="font-normal text-slate-500">{t("notProvided")}</span>}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-slate-600">{t("changeHint")}</p>
        <p className="mt-2 text-sm">
          <Link href="/account/changes" className="font-medium text-brand-700 underline underline-offset-2" data-testid="request-changes">
            {tChanges("link")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="sites-title" className="mt-10">
        <h2 id="sites-title" className="text-lg font-semibold text-slate-900">
          {t("sitesTitle")}
        </h2>
        <div className="mt-4">
          <SiteList sites={sites.sites} testId="account-sites" />
        </div>
      </section>

      {members ? (
        <section id="members" aria-labelledby="members-title" className="mt-10 scroll-mt-8">
          <h2 id="members-title" className="text-lg font-semibold text-slate-900">
            {tMembers("title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{canManage ? tMembers("introManage") : tMembers("introReadOnly")}</p>
          {notice ? (
            <p
              role={good ? "status" : "alert"}
              data-testid="members-notice"
              className={
                good
                  ? "mt-4 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800"
                  : "mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
              }
            >
              {tMembers(`outcomes.${notice}`)}
            </p>
          ) : null}
          <div className="mt-4">
            <MembersList
              members={members}
              siteNames={new Map(sites.sites.map((site) => [site.id, site.name]))}
              selfId={me.member?.id ?? null}
              ownSiteIds={me.scope.site_ids}
              canManage={canManage}
              locale={locale}
            />
          </div>
          {canManage ? (
            <div className="mt-8 rounded-2xl border border-slate-200 bg-white p-6">
              <h3 className="text-base font-semibold text-slate-900">{tMembers("inviteTitle")}</h3>
              <p className="mt-1 mb-4 text-sm text-slate-600">{tMembers("inviteIntro")}</p>
              <InviteForm sites={sites.sites.map(({ id, name }) => ({ id, name }))} sitesLimited={me.scope.site_ids !== null} />
            </div>
          ) : null}
          {invitations?.length ? (
            <InvitationsList invitations={invitations} siteNames={new Map(sites.sites.map((site) => [site.id, site.name]))} locale={locale} />
          ) : null}
        </section>
      ) : null}
    </>
  )
}
