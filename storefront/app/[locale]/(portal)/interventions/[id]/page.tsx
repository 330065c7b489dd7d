import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations } from "next-intl/server"
import { CancelForm } from "@/components/interventions/cancel-form"
import { formatWindow, plainText } from "@/components/interventions/format"
import { PhotoGallery } from "@/components/interventions/photo-gallery"
import { SlotPicker } from "@/components/interventions/slot-picker"
import { StatusTimeline } from "@/components/interventions/status-timeline"
import { InterventionStatusBadge } from "@/components/interventions/status-badge"
import { PortalActions } from "@/components/interventions/portal-actions"
import { DetailList } from "@/components/portal/detail-list"
import { assertSectionOn } from "@/components/portal/section-page"
import { Link } from "@/i18n/navigation"
import { icsHref, reportPdfHref, listSlots, retrieveIntervention, type Slot, type StoreIntervention, type StoreSlotListResponse, type BookingRule } from "@/lib/data/interventions"
import { can, requirePortalSession, type PortalMe } from "@/lib/data/portal"

type InterventionPageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ requested?: string | string[] }>
}

export async function generateMetadata({ params }: InterventionPageProps): Promise<Metadata> {
  const intervention = await retrieveIntervention((await params).id)
  return intervention ? { title: intervention.number } : {}
}

function mayAct(me: PortalMe): boolean {
  return can(me, "request") && !me.scope.read_only
}

type Offer = { slots: Slot[]; refusal: StoreSlotListResponse["refusal"] }

/** The assistant's slots when the business's rules let the client book or move now; null when they may not. */
async function offeredSlots(intervention: StoreIntervention): Promise<Offer | null> {
  const wanted = intervention.scheduled_start ? intervention.allowed.reschedule : intervention.allowed.book
  if (!wanted) return null
  try {
    return await listSlots(intervention.id)
  } catch (error) {
    console.warn(`[portal] slots of ${intervention.id} unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}

/** One intervention. Another account's, or one outside this session's scope, is not found (the backend's 404). */
export default async function InterventionPage({ params, searchParams }: InterventionPageProps) {
  await assertSectionOn("interventions")
  const [{ id }, query] = await Promise.all([params, searchParams])
  const [intervention, { me }, t, format] = await Promise.all([retrieveIntervention(id), requirePortalSession(), getTranslations("Interventions"), getFormatter()])
  if (!intervention) notFound()

  const acting = mayAct(me)
  const offer = acting ? await offeredSlots(intervention) : null
  // Why the client may not move or cancel now, in their words: the rule, then the backend's own sentence.
  const moveRefusal = intervention.scheduled_start ? intervention.refusals.reschedule : null
  const cancelRefusal = intervention.status === "requested" || intervention.status === "scheduled" ? intervention.refusals.cancel : null
  const window = formatWindow(format, intervention.scheduled_start, intervention.scheduled_end)
  const address = [
    intervention.address.address_1,
    intervention.address.address_2,
    [intervention.address.postal_code, intervention.address.city].filter(Boolean).join(" "),
    intervention.address.country_code?.toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")
  const title = intervention.type_texts ? plainText(intervention.type_texts.title) : (intervention.type?.name ?? null)
  const rows = [
    { label: t("fields.type"), value: title },
    { label: t("fields.window"), value: window },
    { label: t("fields.technician"), value: intervention.technician?.name ?? null },
    // A link that opens one intervention does not open the machine's page.
    { label: t("fields.equipment"), value: intervention.equipment ? (intervention.equipment.name ?? t("fields.equipmentLink")) : null, href: intervention.equipment_id && me.scope.intervention_id === null ? `/fleet/${intervention.equipment_id}` : undefined, internal: true },
    { label: t("fields.address"), value: address || null },
    { label: t("fields.contact"), value: intervention.contact_name },
    { label: t("fields.phone"), value: intervention.contact_phone, href: intervention.contact_phone ? `tel:${intervention.contact_phone.replace(/\s+/g, "")}` : undefined },
    { label: t("fields.email"), value: intervention.contact_email, href: intervention.contact_email ? `mailto:${intervention.contact_email}` : undefined },
  ]
  const justRequested = (Array.isArray(query.requested) ? query.requested[0] : query.requested) === "1"
  const scheduled = Boolean(intervention.scheduled_start) && intervention.status !== "cancelled"

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/interventions" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      {justRequested ? (
        <p role="status" className="mt-4 rounded-xl border border-green-200 bg-green-50 px-4 py-3 text-green-900" data-testid="request-confirmation">
          {t("request.confirmation", { number: intervention.number })}
        </p>
      ) : null}
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="intervention-number">
            {intervention.number}
          </h1>
          <p className="mt-1 break-words text-slate-600">{title ?? t("noType")}</p>
        </div>
        <InterventionStatusBadge status={intervention.status} />
      </header>

      <div className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="details-title" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="details-title" className="sr-only">
            {t("details")}
          </h2>
          <DetailList rows={rows} emptyLabel={t("notYet")} />
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="text-sm text-slate-500">{t("fields.description")}</h3>
            <p className="mt-1 text-sm leading-6 whitespace-pre-line text-slate-800" data-testid="intervention-description">
              {intervention.description}
            </p>
          </div>
          {intervention.type_texts?.long_description ? (
            <p className="mt-4 border-t border-slate-200 pt-4 text-sm leading-6 whitespace-pre-line text-slate-700">{plainText(intervention.type_texts.long_description)}</p>
          ) : null}
          {scheduled ? (
            <p className="mt-4 border-t border-slate-200 pt-4">
              <a href={icsHref(intervention.id)} download className="font-medium text-brand-700 underline underline-offset-2" data-testid="download-ics">
                {t("ics")}
              </a>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="timeline-title" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="timeline-title" className="text-sm text-slate-500">
            {t("timeline")}
          </h2>
          <div className="mt-3">
            <StatusTimeline intervention={intervention} />
          </div>
        </section>
      </div>

      {offer ? (
        <section aria-labelledby="booking-title" className="mt-10 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" data-testid="booking">
          <h2 id="booking-title" className="text-lg font-semibold text-slate-900">
            {intervention.scheduled_start ? t("booking.moveTitle") : t("booking.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{intervention.scheduled_start ? t("booking.moveIntro") : t("booking.intro")}</p>
          <div className="mt-4">
            {offer.refusal ? (
              <RuleNotice rule={offer.refusal.rule} message={offer.refusal.message} />
            ) : (
              <SlotPicker interventionId={intervention.id} slots={offer.slots} mode={intervention.scheduled_start ? "reschedule" : "book"} />
            )}
          </div>
        </section>
      ) : null}

      {acting && (moveRefusal || cancelRefusal) ? (
        <section aria-labelledby="limits-title" className="mt-6 rounded-2xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" data-testid="intervention-limits">
          <h2 id="limits-title" className="font-semibold">
            {t("limits.title")}
          </h2>
          {moveRefusal ? <RuleNotice label={t("limits.move")} rule={moveRefusal.rule} message={moveRefusal.message} /> : null}
          {cancelRefusal ? <RuleNotice label={t("limits.cancel")} rule={cancelRefusal.rule} message={cancelRefusal.message} /> : null}
        </section>
      ) : null}

      {acting ? <PortalActions intervention={intervention} linkable={me.scope.intervention_id === null} /> : null}

      {acting && intervention.allowed.cancel ? (
        <div className="mt-6">
          <CancelForm interventionId={intervention.id} />
        </div>
      ) : null}

      {intervention.photos.length ? <PhotoGallery intervention={intervention} /> : null}

      {intervention.report ? (
        <section aria-labelledby="report-title" className="mt-10 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" data-testid="intervention-report">
          <h2 id="report-title" className="text-lg font-semibold text-slate-900">
            {t("report.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">{t("report.completed", { date: format.dateTime(new Date(intervention.report.completed_at), { dateStyle: "medium", timeStyle: "short" }) })}</p>
          <p className="mt-3">
            <a href={reportPdfHref(intervention.id)} download className="font-medium text-brand-700 underline underline-offset-2" data-testid="download-report-pdf">
              {t("report.pdf")}
            </a>
          </p>
          <h3 className="mt-4 text-sm text-slate-500">{t("report.workDone")}</h3>
          <p className="mt-1 text-sm leading-6 whitespace-pre-line text-slate-800">{intervention.report.work_done}</p>
          <dl className="mt-4 grid gap-4 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-slate-500">{t("report.duration")}</dt>
              <dd className="mt-1 font-medium text-slate-900">
                {intervention.report.duration_minutes !== null ? t("report.minutes", { minutes: intervention.report.duration_minutes }) : t("notYet")}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-500">{t("report.signature")}</dt>
              <dd className="mt-1 font-medium text-slate-900">{intervention.report.signature_name ?? t("notYet")}</dd>
            </div>
          </dl>
          {intervention.report.parts.length ? (
            <>
              <h3 className="mt-4 text-sm text-slate-500">{t("report.parts")}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
                {intervention.report.parts.map((part, index) => (
                  <li key={`${part.variant_id ?? part.title}-${index}`}>
                    {t("report.part", { quantity: part.quantity, title: part.title })}
                    {part.sku ? <span className="text-slate-600"> · {part.sku}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {intervention.report.meter_values.length ? (
            <>
              <h3 className="mt-4 text-sm text-slate-500">{t("report.meters")}</h3>
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
                {intervention.report.meter_values.map((meter) => (
                  <li key={meter.meter_id}>{format.number(meter.value)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  )
}

/** A rule that refuses a change, said in the client's language, with the backend's own detail under it. */
async function RuleNotice({ label, rule, message }: { label?: string; rule: BookingRule; message: string }) {
  const t = await getTranslations("Interventions")
  return (
    <p className="mt-2" data-testid="rule-notice" data-rule={rule}>
      {label ? <span className="font-medium">{label} </span> : null}
      {t(`rules.${rule}`)}
      <span className="block text-amber-800">{message}</span>
    </p>
  )
}
