import { getTranslations } from "next-intl/server"
import { EquipmentList, groupBySite } from "@/components/fleet/equipment-list"
import { FleetFilters, Pager, type FleetFilterValues } from "@/components/fleet/fleet-filters"
import { assertSectionOn, SectionEmptyState, SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { Link } from "@/i18n/navigation"
import { EQUIPMENT_STATUSES, FLEET_PAGE_SIZE, listEquipment, type EquipmentStatus } from "@/lib/data/fleet"
import { listSites } from "@/lib/data/sites"

export const generateMetadata = sectionMetadata("fleet")

type FleetPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

function isStatus(value: string): value is EquipmentStatus {
  return (EQUIPMENT_STATUSES as readonly string[]).includes(value)
}

/** The client's machines by site, with search, filters (site, status, due soon) and pages; no JavaScript needed. */
export default async function FleetPage({ searchParams }: FleetPageProps) {
  await assertSectionOn("fleet")
  const params = await searchParams
  const status = single(params.status)
  const values: FleetFilterValues = {
    q: single(params.q).slice(0, 100),
    site: single(params.site).slice(0, 64),
    status: isStatus(status) ? status : "",
    due: single(params.due) === "1",
  }
  const page = Math.max(1, Math.floor(Number(single(params.page)) || 1))
  const [list, sites, t] = await Promise.all([
    listEquipment(values.site || undefined, values.status || undefined, values.due, values.q || undefined, (page - 1) * FLEET_PAGE_SIZE, FLEET_PAGE_SIZE),
    listSites("", 0, 100),
    getTranslations("Fleet"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / FLEET_PAGE_SIZE))
  const filtered = Boolean(values.q || values.site || values.status || values.due)
  const query: Record<string, string> = {
    ...(values.q ? { q: values.q } : {}),
    ...(values.site ? { site: values.site } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.due ? { due: "1" } : {}),
  }

  if (!filtered && list.count === 0) {
    return (
      <>
        <SectionHeader section="fleet" />
        <SectionEmptyState section="fleet" />
      </>
    )
  }

  return (
    <>
      <SectionHeader section="fleet" />
      <FleetFilters values={values} sites={sites.sites} />
      <p className="mt-4 text-sm text-slate-600" aria-live="polite" data-testid="fleet-count">
        {filtered ? t("countFiltered", { count: list.count }) : t("count", { count: list.count })}
      </p>
      {list.equipment.length === 0 ? (
        <div className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600" data-testid="fleet-no-match">
          <p>{t("noMatch")}</p>
          <Link href="/fleet" className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2">
            {t("filters.reset")}
          </Link>
        </div>
      ) : (
        groupBySite(list.equipment).map((group) => (
          <section key={group.key} aria-labelledby={`site-${group.key || "none"}`} className="mt-8">
            <h2 id={`site-${group.key || "none"}`} className="text-lg font-semibold text-slate-900">
              {group.site ? (
                <Link href={`/sites/${group.site.id}`} className="hover:text-brand-800 hover:underline">
                  {group.site.name}
                </Link>
              ) : (
                t("noSite")
              )}
            </h2>
            <div className="mt-3">
              <EquipmentList items={group.items} testId="fleet-list" />
            </div>
          </section>
        ))
      )}
      <Pager page={page} pages={pages} pathname="/fleet" query={query} />
    </>
  )
}
