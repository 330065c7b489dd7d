import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { EquipmentList } from "@/components/fleet/equipment-list"
import { RelatedInterventions } from "@/components/interventions/intervention-list"
import { DetailList } from "@/components/portal/detail-list"
import { SiteDocuments } from "@/components/support/site-documents"
import { SiteRequests } from "@/components/support/site-requests"
import { Link } from "@/i18n/navigation"
import { listEquipment } from "@/lib/data/fleet"
import { listInterventions } from "@/lib/data/interventions"
import { can, requirePortalSession, sectionEnabled } from "@/lib/data/portal"
import { retrieveSite, siteAddress } from "@/lib/data/sites"

/** Machines listed on a site's page before "see all in the fleet". */
const SITE_EQUIPMENT = 50
/** Interventions listed on a site's page before "see all". */
const SITE_INTERVENTIONS = 5

type SitePageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: SitePageProps): Promise<Metadata> {
  const site = await retrieveSite((await params).id)
  return site ? { title: site.name } : {}
}

/** One site. Another account's site, or one outside this session's scope, is not found (the backend's 404). */
export default async function SitePage({ params }: SitePageProps) {
  const { id } = await params
  const [site, t, tFleet, { me }] = await Promise.all([retrieveSite(id), getTranslations("Sites"), getTranslations("Fleet.site"), requirePortalSession()])
  if (!site) notFound()
  const [equipment, interventions] = await Promise.all([
    sectionEnabled(me, "fleet") ? listEquipment(site.id, undefined, false, undefined, 0, SITE_EQUIPMENT) : null,
    sectionEnabled(me, "interventions") ? listInterventions(undefined, site.id, undefined, undefined, undefined, 0, SITE_INTERVENTIONS) : null,
  ])
  const canRequest = can(me, "request") && !me.scope.read_only && me.scope.intervention_id === null

  const address = siteAddress(site)
  const hasPosition = typeof site.latitude === "number" && typeof site.longitude === "number"
  const rows = [
    { label: t("address"), value: address },
    { label: t("contact"), value: site.contact_name },
    { label: t("phone"), value: site.contact_phone, href: site.contact_phone ? `tel:${site.contact_phone.replace(/\s+/g, "")}` : undefined },
    { label: t("email"), value: site.contact_email, href: site.contact_email ? `mailto:${site.contact_email}` : undefined },
  ]

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/sites" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="site-name">
          {site.name}
        </h1>
        {address ? <p className="mt-1 text-slate-600">{address}</p> : null}
      </header>
      <section className="mt-8 rounded-2xl border border-slate-200 bg-white p-6">
        <DetailList rows={rows} emptyLabel={t("notProvided")} />
        {hasPosition ? (
          <p className="mt-6 text-sm">
            {/* A plain link, not an embedded map: no third-party script on the portal's pages. */}
            <a
              href={`https://www.openstreetmap.org/?mlat=${site.latitude}&mlon=${site.longitude}#map=16/${site.latitude}/${site.longitude}`}
              target="_blank"
              rel="noopener noreferrer"
              className="font-medium text-brand-700 underline underline-offset-2"
            >
              {t("openMap")}
            </a>
          </p>
        ) : null}
        {site.notes ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <h2 className="text-sm text-slate-500">{t("notes")}</h2>
            <p className="mt-1 text-sm leading-6 whitespace-pre-line text-slate-800">{site.notes}</p>
          </div>
        ) : null}
      </section>
      {equipment ? (
        <section aria-labelledby="site-equipment-title" className="mt-10">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="site-equipment-title" className="text-lg font-semibold text-slate-900" data-testid="site-equipment-count">
              {tFleet("equipmentTitle", { count: site.equipment_count ?? equipment.count })}
            </h2>
            {equipment.count > equipment.equipment.length ? (
              <Link href={{ pathname: "/fleet", query: { site: site.id } }} className="text-sm font-medium text-brand-700 underline underline-offset-2">
                {tFleet("allEquipment")}
              </Link>
            ) : null}
          </div>
          <div className="mt-3">
            {equipment.equipment.length ? (
              <EquipmentList items={equipment.equipment} testId="site-equipment" />
            ) : (
              <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{tFleet("none")}</p>
            )}
          </div>
        </section>
      ) : null}
      {interventions ? (
        <RelatedInterventions
          items={interventions.interventions}
          count={interventions.count}
          allHref={{ pathname: "/interventions", query: { site: site.id } }}
          requestHref={canRequest ? { pathname: "/interventions/new", query: { site: site.id } } : null}
        />
      ) : null}
      {sectionEnabled(me, "documents") ? <SiteDocuments siteId={site.id} /> : null}
      {can(me, "request") && !me.scope.read_only ? <SiteRequests siteId={site.id} support={sectionEnabled(me, "support")} /> : null}
    </>
  )
}
