import { getTranslations } from "next-intl/server"
import { Pager } from "@/components/fleet/fleet-filters"
import { InterventionFilters, type InterventionFilterValues } from "@/components/interventions/intervention-filters"
import { InterventionList } from "@/components/interventions/intervention-list"
import { assertSectionOn, SectionEmptyState, SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { Link } from "@/i18n/navigation"
import { listEquipment } from "@/lib/data/fleet"
import { getPlanning, INTERVENTION_STATUSES, INTERVENTIONS_PAGE_SIZE, listInterventions, type InterventionStatus } from "@/lib/data/interventions"
import { can, requirePortalSession, sectionEnabled } from "@/lib/data/portal"
import { listSites } from "@/lib/data/sites"

export const generateMetadata = sectionMetadata("interventions")

type InterventionsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> }

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

function isStatus(value: string): value is InterventionStatus {
  return (INTERVENTION_STATUSES as readonly string[]).includes(value)
}

/** A calendar day of the address, or "" when it is not one (a hand-typed address must not reach the backend as a 400). */
function day(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : ""
}

/** The client's interventions, newest first, with filters (status, site, machine, period) and pages; no JavaScript needed. */
export default async function InterventionsPage({ searchParams }: InterventionsPageProps) {
  await assertSectionOn("interventions")
  const params = await searchParams
  const status = single(params.status)
  const values: InterventionFilterValues = {
    status: isStatus(status) ? status : "",
    site: single(params.site).slice(0, 64),
    equipment: single(params.equipment).slice(0, 64),
    from: day(single(params.from)),
    to: day(single(params.to)),
  }
  const page = Math.max(1, Math.floor(Number(single(params.page)) || 1))
  const { me } = await requirePortalSession()
  // A link that opens one intervention sees no site, machine or planning: the backend refuses them.
  const wholeAccount = me.scope.intervention_id === null
  const [list, sites, equipment, t, planning] = await Promise.all([
    listInterventions(
      values.status || undefined,
      values.site || undefined,
      values.equipment || undefined,
      values.from || undefined,
      values.to || undefined,
      (page - 1) * INTERVENTIONS_PAGE_SIZE,
      INTERVENTIONS_PAGE_SIZE
    ),
    wholeAccount ? listSites("", 0, 100) : { sites: [] },
    wholeAccount && sectionEnabled(me, "fleet") ? listEquipment(values.site || undefined, undefined, false, undefined, 0, 100) : null,
    getTranslations("Interventions"),
    wholeAccount ? getPlanning(undefined, 1).catch(() => null) : null,
  ])
  const canRequest = can(me, "request") && !me.scope.read_only && me.scope.intervention_id === null
  const pages = Math.max(1, Math.ceil(list.count / INTERVENTIONS_PAGE_SIZE))
  const filtered = Boolean(values.status || values.site || values.equipment || values.from || values.to)
  const query = Object.fromEntries(Object.entries(values).filter(([, value]) => value)) as Record<string, string>
  const request = canRequest ? (
    <Link href="/interventions/new" className="inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700" data-testid="request-intervention">
      {t("request.cta")}
    </Link>
  ) : null
  const planningLink = planning ? (
    <Link href="/interventions/planning" className="inline-block rounded-lg border border-brand-600 px-5 py-2.5 font-semibold text-brand-700 hover:bg-brand-50" data-testid="planning-link">
      {t("portalActions.planningLink")}
    </Link>
  ) : null
  const requestButton =
    request || planningLink ? (
      <div className="flex flex-wrap gap-3">
        {request}
        {planningLink}
      </div>
    ) : null

  if (!filtered && list.count === 0) {
    return (
      <>
        <SectionHeader section="interventions" />
        <SectionEmptyState section="interventions">{requestButton ? <div className="mt-6">{requestButton}</div> : null}</SectionEmptyState>
      </>
    )
  }

  return (
    <>
      <SectionHeader section="interventions" />
      {requestButton ? <div className="mt-6">{requestButton}</div> : null}
      <InterventionFilters
        values={values}
        sites={sites.sites.map(({ id, name }) => ({ id, name }))}
        equipment={(equipment?.equipment ?? []).map(({ id, name }) => ({ id, name }))}
      />
      <p className="mt-4 text-sm text-slate-600" aria-live="polite" data-testid="intervention-count">
        {filtered ? t("countFiltered", { count: list.count }) : t("count", { count: list.count })}
      </p>
      {list.interventions.length === 0 ? (
        <div className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600" data-testid="intervention-no-match">
          <p>{t("noMatch")}</p>
          <Link href="/interventions" className="mt-2 inline-block font-medium text-brand-700 underline underline-offset-2">
            {t("filters.reset")}
          </Link>
        </div>
      ) : (
        <div className="mt-4">
          <InterventionList items={list.interventions} />
        </div>
      )}
      <Pager page={page} pages={pages} pathname="/interventions" query={query} />
    </>
  )
}
