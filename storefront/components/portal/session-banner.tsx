import { getTranslations } from "next-intl/server"
import { personName, type PortalMe } from "@/lib/data/portal"
import { listSites } from "@/lib/data/sites"

/**
 * A band across every signed-in page when the session is not the person's own sign-in: staff viewing
 * the portal as a client (prominent: they must not mistake it for their own tool), or a shared secure
 * link (smaller: says what the link covers). A member's own session shows nothing.
 */
export async function SessionBanner({ me }: { me: PortalMe }) {
  const t = await getTranslations("Banner")

  if (me.scope.kind === "impersonation") {
    const who = (me.member && (personName(me.member) ?? me.member.email)) || me.account.name
    return (
      <div role="status" data-testid="impersonation-banner" className="bg-amber-400 text-amber-950">
        <p className="mx-auto flex max-w-7xl items-start gap-2 px-4 py-2.5 text-sm font-semibold sm:px-6 lg:px-8">
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="mt-0.5 size-4 shrink-0">
            <path d="M10 4C5.5 4 2.2 7.2 1 10c1.2 2.8 4.5 6 9 6s7.8-3.2 9-6c-1.2-2.8-4.5-6-9-6Zm0 10a4 4 0 1 1 0-8 4 4 0 0 1 0 8Zm0-2a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z" />
          </svg>
          <span>{t("impersonation", { name: who, account: me.account.name })}</span>
        </p>
      </div>
    )
  }

  if (me.scope.kind === "link") {
    const scope = await linkScope(me)
    return (
      <div role="status" data-testid="link-banner" className="border-b border-sky-200 bg-sky-50 text-sky-950">
        <p className="mx-auto max-w-7xl px-4 py-2 text-sm sm:px-6 lg:px-8">
          <span className="font-semibold">{me.scope.read_only ? t("linkReadOnly") : t("link")}</span>
          <span aria-hidden="true"> · </span>
          <span>{scope}</span>
        </p>
      </div>
    )
  }

  return null
}

/** What a secure link opens, in words: the whole account, named sites, or one intervention. */
async function linkScope(me: PortalMe): Promise<string> {
  const t = await getTranslations("Banner")
  if (me.scope.intervention_id) return t("scopeIntervention")
  if (!me.scope.site_ids) return t("scopeAccount", { account: me.account.name })
  // The backend lists only the link's sites for a site-scoped session.
  const { sites } = await listSites()
  const names = sites.map((site) => site.name).join(", ")
  return names ? t("scopeSites", { sites: names, count: sites.length }) : t("scopeAccount", { account: me.account.name })
}
