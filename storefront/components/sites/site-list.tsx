import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { siteAddress, type PortalSite } from "@/lib/data/sites"
import { SectionIcon } from "@/components/portal/section-icon"

/** Sites as cards linking to their page; used by the dashboard, the sites page and the account page. */
export async function SiteList({ sites, testId }: { sites: PortalSite[]; testId?: string }) {
  const [t, tFleet] = await Promise.all([getTranslations("Sites"), getTranslations("Fleet.site")])
  if (sites.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("none")}</p>
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid={testId}>
      {sites.map((site) => {
        const address = siteAddress(site)
        return (
          <li key={site.id}>
            <Link
              href={`/sites/${site.id}`}
              data-testid="site-link"
              className="flex h-full gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <SectionIcon section="sites" className="mt-0.5 size-5 shrink-0 text-brand-700" />
              <span className="min-w-0">
                <span className="block font-semibold break-words text-slate-900">{site.name}</span>
                {address ? <span className="mt-1 block text-sm break-words text-slate-600">{address}</span> : null}
                {typeof site.equipment_count === "number" ? (
                  <span className="mt-1 block text-sm text-slate-500" data-testid="site-equipment-count">
                    {tFleet("equipmentCount", { count: site.equipment_count })}
                  </span>
                ) : null}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
