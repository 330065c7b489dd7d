import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** The ways to ask about a site from its page: a support request about it, a change to its data. */
export async function SiteRequests({ siteId, support }: { siteId: string; support: boolean }) {
  const t = await getTranslations("Support.site")
  return (
    <p className="mt-10 flex flex-wrap gap-x-6 gap-y-2 text-sm" data-testid="site-requests">
      {support ? (
        <Link href={{ pathname: "/support/new", query: { site: siteId } }} className="font-medium text-brand-700 underline underline-offset-2">
          {t("reportProblem")}
        </Link>
      ) : null}
      <Link href={{ pathname: "/account/changes", query: { site: siteId } }} className="font-medium text-brand-700 underline underline-offset-2">
        {t("proposeChange")}
      </Link>
    </p>
  )
}
