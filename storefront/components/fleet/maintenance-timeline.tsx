import { getFormatter, getTranslations } from "next-intl/server"
import type { MaintenanceLogEntry, MaintenancePlan, Meter } from "@/lib/data/fleet"
import { DueBadge } from "./badges"

const KIND_DOT: Record<MaintenanceLogEntry["kind"], string> = {
  preventive: "bg-brand-600",
  corrective: "bg-amber-500",
  inspection: "bg-slate-500",
}

/** The machine's maintenance log, newest first, as a vertical timeline. */
export async function MaintenanceTimeline({ entries, meters }: { entries: MaintenanceLogEntry[]; meters: Meter[] }) {
  const [t, format] = await Promise.all([getTranslations("Fleet"), getFormatter()])
  if (entries.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("log.empty")}</p>
  }
  const meterById = new Map(meters.map((meter) => [meter.id, meter]))
  return (
    <ol className="relative ml-2 border-l-2 border-slate-200" data-testid="maintenance-log">
      {entries.map((entry) => (
        <li key={entry.id} className="relative mb-6 ml-6 last:mb-0">
          <span className={`absolute top-1.5 -left-[33px] size-4 rounded-full ring-4 ring-slate-50 ${KIND_DOT[entry.kind]}`} aria-hidden="true" />
          <div className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <time dateTime={entry.performed_at} className="font-semibold text-slate-900">
                {format.dateTime(new Date(entry.performed_at), { dateStyle: "medium" })}
              </time>
              <span className="text-sm font-medium text-slate-600">{t(`log.kind.${entry.kind}`)}</span>
            </p>
            {entry.description ? <p className="mt-2 text-sm leading-6 whitespace-pre-line text-slate-800">{entry.description}</p> : null}
            <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
              {entry.technician ? (
                <div className="flex gap-1">
                  <dt>{t("log.technician")}:</dt>
                  <dd className="text-slate-900">{entry.technician}</dd>
                </div>
              ) : null}
              {entry.duration_minutes ? (
                <div className="flex gap-1">
                  <dt>{t("log.duration")}:</dt>
                  <dd className="text-slate-900">{t("log.minutes", { minutes: entry.duration_minutes })}</dd>
                </div>
              ) : null}
              {entry.meter_values.map((value) => {
                const meter = meterById.get(value.meter_id)
                return meter ? (
                  <div key={value.meter_id} className="flex gap-1">
                    <dt>{meter.name}:</dt>
                    <dd className="text-slate-900">
                      {format.number(value.value)} {meter.unit}
                    </dd>
                  </div>
                ) : null
              })}
            </dl>
            {entry.parts.length ? (
              <div className="mt-2 text-sm">
                <p className="text-slate-600">{t("log.parts")}</p>
                <ul className="mt-1 list-inside list-disc text-slate-800">
                  {entry.parts.map((part, index) => (
                    <li key={`${part.variant_id ?? "part"}-${index}`}>
                      {part.quantity} × {part.title ?? part.sku ?? t("log.unknownPart")}
                      {part.sku && part.title ? <span className="text-slate-500"> ({part.sku})</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  )
}

/** The maintenance plans with their rule ("every 90 days", "every 250 h") and what is due next. */
export async function PlansList({ plans, meters }: { plans: MaintenancePlan[]; meters: Meter[] }) {
  const [t, format] = await Promise.all([getTranslations("Fleet"), getFormatter()])
  if (plans.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("plans.empty")}</p>
  }
  const meterById = new Map(meters.map((meter) => [meter.id, meter]))
  return (
    <ul className="grid gap-3 sm:grid-cols-2" data-testid="maintenance-plans">
      {plans.map((plan) => {
        const meter = plan.meter_id ? meterById.get(plan.meter_id) : undefined
        const rules = [
          plan.interval_days ? t("plans.everyDays", { days: plan.interval_days }) : null,
          plan.interval_units && meter ? t("plans.everyUnits", { units: format.number(plan.interval_units), unit: meter.unit }) : null,
        ].filter(Boolean)
        return (
          <li key={plan.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold break-words text-slate-900">{plan.name}</span>
              {plan.next_due_date ? <DueBadge due={{ date: plan.next_due_date, overdue: plan.overdue, due_soon: plan.due_soon }} showLater /> : null}
            </p>
            <p className="mt-1 text-sm text-slate-600">{rules.join(t("plans.or"))}</p>
            <dl className="mt-2 space-y-1 text-sm">
              <div className="flex flex-wrap gap-1">
                <dt className="text-slate-600">{t("plans.lastDone")}:</dt>
                <dd className="text-slate-900">
                  {[
                    plan.last_done_at ? format.dateTime(new Date(plan.last_done_at), { dateStyle: "medium" }) : null,
                    plan.last_done_value !== null && meter ? `${format.number(plan.last_done_value)} ${meter.unit}` : null,
                  ]
                    .filter(Boolean)
                    .join(" · ") || t("plans.never")}
                </dd>
              </div>
              {plan.next_due_value !== null && meter ? (
                <div className="flex flex-wrap gap-1">
                  <dt className="text-slate-600">{t("plans.dueAt")}:</dt>
                  <dd className="text-slate-900">
                    {format.number(plan.next_due_value)} {meter.unit}
                  </dd>
                </div>
              ) : null}
              {plan.projected ? <p className="text-xs text-slate-500">{t("plans.projected")}</p> : null}
            </dl>
          </li>
        )
      })}
    </ul>
  )
}
