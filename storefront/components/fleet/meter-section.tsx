import { getFormatter, getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listReadings, type Meter } from "@/lib/data/fleet"
import { MeterChart } from "./meter-chart"
import { ReadingForm } from "./reading-form"

export const CHART_RANGES = ["1m", "3m", "1y", "all"] as const
export type ChartRange = (typeof CHART_RANGES)[number]
export const DEFAULT_RANGE: ChartRange = "1y"

const RANGE_DAYS: Record<Exclude<ChartRange, "all">, number> = { "1m": 31, "3m": 92, "1y": 366 }

/** Points asked for a chart: enough for a wide screen, few enough to draw at once. */
const CHART_POINTS = 500

function rangeStart(range: ChartRange): Date | null {
  return range === "all" ? null : new Date(Date.now() - RANGE_DAYS[range] * 86_400_000)
}

/**
 * One meter: its last reading, a chart over the chosen period (links, so the picker works without
 * JavaScript and keeps its choice in the address), the last values as a table, and the reading form.
 */
export async function MeterSection(props: { equipmentId: string; meter: Meter; range: ChartRange; canSubmit: boolean }) {
  const { equipmentId, meter, range, canSubmit } = props
  const [t, format, locale, readings] = await Promise.all([
    getTranslations("Fleet"),
    getFormatter(),
    getLocale(),
    listReadings(equipmentId, meter.id, rangeStart(range), CHART_POINTS),
  ])
  const points = readings
    // Only what counts: a reading held for review joins the line once staff accept it.
    .filter((reading) => reading.status === "accepted")
    .map((reading) => ({ t: new Date(reading.read_at).getTime(), v: Number(reading.value) }))
    .sort((a, b) => a.t - b.t)
  const latest = points.slice(-5).reverse()
  const headingId = `meter-${meter.id}`

  return (
    <section aria-labelledby={headingId} className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" data-testid="meter-section" data-meter-id={meter.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {meter.name} <span className="text-sm font-normal text-slate-600">({t(`meterKind.${meter.kind}`)}, {meter.unit})</span>
        </h3>
        {meter.last_reading ? (
          <p className="text-sm text-slate-600">
            {t("meters.last", {
              value: format.number(meter.last_reading.value),
              unit: meter.unit,
              date: format.dateTime(new Date(meter.last_reading.read_at), { dateStyle: "medium" }),
            })}
            {meter.last_reading.status === "to_review" ? <span className="ml-1 font-medium text-amber-800">{t("meters.underReview")}</span> : null}
          </p>
        ) : null}
      </div>
      {meter.average_daily_use !== null ? (
        <p className="mt-1 text-sm text-slate-600">{t("meters.average", { value: format.number(meter.average_daily_use, { maximumFractionDigits: 1 }), unit: meter.unit })}</p>
      ) : null}

      <nav aria-label={t("meters.range")} className="mt-4 flex flex-wrap gap-2">
        {CHART_RANGES.map((option) => (
          <Link
            key={option}
            href={{ pathname: `/fleet/${equipmentId}`, query: option === DEFAULT_RANGE ? {} : { range: option } }}
            aria-current={option === range ? "true" : undefined}
            scroll={false}
            className="rounded-full border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:border-brand-600 aria-[current]:border-brand-600 aria-[current]:bg-brand-600 aria-[current]:text-white"
          >
            {t(`meters.ranges.${option}`)}
          </Link>
        ))}
      </nav>

      <div className="mt-4">
        {points.length >= 2 ? (
          <MeterChart points={points} unit={meter.unit} locale={locale} label={t("meters.chartLabel", { name: meter.name, range: t(`meters.ranges.${range}`) })} />
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 p-6 text-sm text-slate-600">{t("meters.noReadings")}</p>
        )}
      </div>

      {latest.length ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2">{t("meters.latest")}</summary>
          <table className="mt-2 w-full text-left">
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-1 font-medium">{t("meters.date")}</th>
                <th scope="col" className="py-1 text-right font-medium">{t("meters.value")}</th>
              </tr>
            </thead>
            <tbody>
              {latest.map((point) => (
                <tr key={point.t} className="border-t border-slate-100">
                  <td className="py-1">{format.dateTime(new Date(point.t), { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="py-1 text-right tabular-nums">
                    {format.number(point.v)} {meter.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}

      {canSubmit ? (
        <div className="mt-6 border-t border-slate-200 pt-4">
          <h4 className="mb-3 font-semibold text-slate-900">{t("reading.title")}</h4>
          <ReadingForm equipmentId={equipmentId} meterId={meter.id} unit={meter.unit} lastValue={meter.last_reading?.value ?? null} />
        </div>
      ) : null}
    </section>
  )
}
