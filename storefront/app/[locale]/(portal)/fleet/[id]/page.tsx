import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations } from "next-intl/server"
import { DueBadge, EquipmentStatusBadge } from "@/components/fleet/badges"
import { equipmentSubtitle } from "@/components/fleet/equipment-list"
import { MaintenanceTimeline, PlansList } from "@/components/fleet/maintenance-timeline"
import { CHART_RANGES, DEFAULT_RANGE, MeterSection, type ChartRange } from "@/components/fleet/meter-section"
import { RelatedInterventions } from "@/components/interventions/intervention-list"
import { assertSectionOn } from "@/components/portal/section-page"
import { DetailList } from "@/components/portal/detail-list"
import { Link } from "@/i18n/navigation"
import { fileHref, retrieveEquipment } from "@/lib/data/fleet"
import { listInterventions } from "@/lib/data/interventions"
import { can, requirePortalSession, sectionEnabled } from "@/lib/data/portal"

/** Interventions listed on a machine's page before "see all". */
const RELATED_INTERVENTIONS = 5

type EquipmentPageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ range?: string | string[] }>
}

export async function generateMetadata({ params }: EquipmentPageProps): Promise<Metadata> {
  const equipment = await retrieveEquipment((await params).id)
  return equipment ? { title: equipment.name } : {}
}

function toRange(value: string | string[] | undefined): ChartRange {
  const single = Array.isArray(value) ? value[0] : value
  return (CHART_RANGES as readonly string[]).includes(single ?? "") ? (single as ChartRange) : DEFAULT_RANGE
}

/** One machine. Another account's machine, or one on a site outside this session's scope, is not found. */
export default async function EquipmentPage({ params, searchParams }: EquipmentPageProps) {
  await assertSectionOn("fleet")
  const [{ id }, { range }] = await Promise.all([params, searchParams])
  const [equipment, { me }, t, format] = await Promise.all([retrieveEquipment(id), requirePortalSession(), getTranslations("Fleet"), getFormatter()])
  if (!equipment) notFound()
  const interventions = sectionEnabled(me, "interventions") ? await listInterventions(undefined, undefined, equipment.id, undefined, undefined, 0, RELATED_INTERVENTIONS) : null

  const date = (value: string | null) => (value ? format.dateTime(new Date(value), { dateStyle: "medium" }) : null)
  const canSubmit = can(me, "request") && !me.scope.read_only
  const rows = [
    { label: t("fields.site"), value: equipment.site?.name ?? null, href: equipment.site ? `/sites/${equipment.site.id}` : undefined, internal: true },
    { label: t("fields.brand"), value: equipment.brand },
    { label: t("fields.model"), value: equipment.model },
    { label: t("fields.serial"), value: equipment.serial_number },
    { label: t("fields.installed"), value: date(equipment.installation_date) },
    { label: t("fields.warranty"), value: date(equipment.warranty_end) },
  ]

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/fleet" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="equipment-name">
            {equipment.name}
          </h1>
          <p className="mt-1 break-words text-slate-600">{equipmentSubtitle(equipment, t("serialShort"))}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <EquipmentStatusBadge status={equipment.status} />
          <DueBadge due={equipment.next_due} />
        </div>
      </header>

      <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="details-title" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="details-title" className="sr-only">
            {t("details")}
          </h2>
          <DetailList rows={rows} emptyLabel={t("unknown")} />
          {equipment.notes ? <p className="mt-4 border-t border-slate-200 pt-4 text-sm leading-6 whitespace-pre-line text-slate-800">{equipment.notes}</p> : null}
        </section>

        <section aria-labelledby="next-due-title" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" data-testid="next-due">
          <h2 id="next-due-title" className="text-sm text-slate-500">
            {t("nextDue.title")}
          </h2>
          {equipment.next_due ? (
            <>
              <p className="mt-1 text-xl font-semibold text-slate-900">{date(equipment.next_due.date)}</p>
              <p className="mt-1 text-slate-700">{equipment.next_due.plan_name}</p>
              <div className="mt-2">
                <DueBadge due={equipment.next_due} />
              </div>
            </>
          ) : (
            <p className="mt-1 text-slate-600">{t("nextDue.none")}</p>
          )}
        </section>
      </div>

      {equipment.photos.length ? (
        <section aria-labelledby="photos-title" className="mt-8">
          <h2 id="photos-title" className="text-lg font-semibold text-slate-900">
            {t("photos")}
          </h2>
          <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {equipment.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={fileHref(equipment.id, photo.id)} target="_blank" rel="noopener" className="block overflow-hidden rounded-xl border border-slate-200 bg-white">
                  {/* Private files stream through the portal's own route, which next/image could not call with the session. */}
                  <img src={fileHref(equipment.id, photo.id)} alt={t("photoAlt", { name: equipment.name, number: index + 1 })} className="aspect-[4/3] w-full object-cover" loading="lazy" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="meters-title" className="mt-10">
        <h2 id="meters-title" className="text-lg font-semibold text-slate-900">
          {t("meters.title")}
        </h2>
        <div className="mt-3 space-y-6">
          {equipment.meters.length ? (
            equipment.meters.map((meter) => (
              <MeterSection key={meter.id} equipmentId={equipment.id} meter={meter} range={toRange(range)} canSubmit={canSubmit} />
            ))
          ) : (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("meters.none")}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="plans-title" className="mt-10">
        <h2 id="plans-title" className="text-lg font-semibold text-slate-900">
          {t("plans.title")}
        </h2>
        <div className="mt-3">
          <PlansList plans={equipment.plans} meters={equipment.meters} />
        </div>
      </section>

      {interventions ? (
        <RelatedInterventions
          items={interventions.interventions}
          count={interventions.count}
          allHref={{ pathname: "/interventions", query: { equipment: equipment.id } }}
          requestHref={canSubmit && me.scope.intervention_id === null ? { pathname: "/interventions/new", query: { equipment: equipment.id } } : null}
        />
      ) : null}

      <section aria-labelledby="log-title" className="mt-10">
        <h2 id="log-title" className="text-lg font-semibold text-slate-900">
          {t("log.title")}
        </h2>
        <div className="mt-4">
          <MaintenanceTimeline entries={equipment.maintenance_log} meters={equipment.meters} />
        </div>
      </section>

      <section aria-labelledby="documents-title" className="mt-10">
        <h2 id="documents-title" className="text-lg font-semibold text-slate-900">
          {t("documents.title")}
        </h2>
        {equipment.documents.length ? (
          <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" data-testid="equipment-documents">
            {equipment.documents.map((document) => (
              <li key={document.id}>
                <a href={fileHref(equipment.id, document.id)} className="flex items-center justify-between gap-3 p-4 font-medium break-all text-brand-700 hover:bg-slate-50">
                  {document.name}
                  <span className="shrink-0 text-sm text-slate-500">{t("documents.open")}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("documents.none")}</p>
        )}
      </section>
    </>
  )
}
