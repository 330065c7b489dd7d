import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { Link } from "@/i18n/navigation"
import { getPlanning, type StorePlanningResponse } from "@/lib/data/interventions"
import { requirePortalSession } from "@/lib/data/portal"

const DAY = 86_400_000
const DAYS = 7

type PlanningPageProps = { searchParams: Promise<{ from?: string | string[] }> }

type Technician = StorePlanningResponse["technicians"][number]
type Entry = { kind: "free" | "busy" | "yours"; start: number; end: number; visit: Technician["busy"][number]["intervention"] }

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Planning"))("title") }
}

/** A calendar day "YYYY-MM-DD" of the address, or today (UTC) when absent or not one. */
function firstDay(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value
  const parsed = text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN
  if (!Number.isNaN(parsed)) return parsed
  const today = new Date()
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
}

const dayParam = (t: number) => new Date(t).toISOString().slice(0, 10)

/** One technician's day: working time not taken is free; the rest is busy, or the client's own visit. */
function entriesOf(technician: Technician, dayStart: number): Entry[] {
  const dayEnd = dayStart + DAY
  const within = <T extends { start: string; end: string }>(list: T[]) =>
    list
      .map((i) => ({ ...i, s: Math.max(Date.parse(i.start), dayStart), e: Math.min(Date.parse(i.end), dayEnd) }))
      .filter((i) => i.e > i.s)
  const busy = within(technician.busy)
  const entries: Entry[] = busy.map((b) => ({ kind: b.intervention ? "yours" : "busy", start: b.s, end: b.e, visit: b.intervention }))
  for (const w of within(technician.working)) {
    let cursor = w.s
    for (const b of busy.filter((b) => b.e > w.s && b.s < w.e).sort((a, b) => a.s - b.s)) {
      if (b.s > cursor) entries.push({ kind: "free", start: cursor, end: b.s, visit: null })
      cursor = Math.max(cursor, b.e)
    }
    if (w.e > cursor) entries.push({ kind: "free", start: cursor, end: w.e, visit: null })
  }
  return entries.sort((a, b) => a.start - b.start)
}

const STYLE: Record<Entry["kind"], string> = {
  free: "border-green-300 bg-green-50 text-green-900",
  busy: "border-slate-300 bg-slate-100 text-slate-800",
  yours: "border-brand-600 bg-brand-50 text-brand-800",
}

/**
 * The technicians' week as a grid (technicians × days), when staff show it to clients: free time, busy time,
 * and the client's own visits linked to their page. Hidden (404) while the settings keep it private.
 */
export default async function PlanningPage({ searchParams }: PlanningPageProps) {
  await assertSectionOn("interventions")
  const { me } = await requirePortalSession()
  if (me.scope.intervention_id !== null) notFound()
  const from = firstDay((await searchParams).from)
  const [planning, t, format] = await Promise.all([getPlanning(new Date(from).toISOString(), DAYS), getTranslations("Planning"), getFormatter()])
  if (!planning) notFound()
  const days = Array.from({ length: DAYS }, (_, i) => from + i * DAY)
  const time = (ms: number) => format.dateTime(new Date(ms), { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })
  const dayLabel = (ms: number) => format.dateTime(new Date(ms), { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/interventions" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <h1 className="mt-3 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-600">{t("intro")}</p>

      <nav aria-label={t("title")} className="mt-6 flex flex-wrap items-center gap-3 text-sm">
        <Link href={{ pathname: "/interventions/planning", query: { from: dayParam(from - DAYS * DAY) } }} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-medium text-slate-900 hover:border-brand-600" data-testid="planning-previous">
          {t("previous")}
        </Link>
        <Link href="/interventions/planning" className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-medium text-slate-900 hover:border-brand-600">
          {t("thisWeek")}
        </Link>
        <Link href={{ pathname: "/interventions/planning", query: { from: dayParam(from + DAYS * DAY) } }} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-medium text-slate-900 hover:border-brand-600" data-testid="planning-next">
          {t("next")}
        </Link>
        <span className="text-slate-600" data-testid="planning-period">
          {t("period", { from: dayLabel(from), to: dayLabel(from + (DAYS - 1) * DAY) })}
        </span>
      </nav>

      <ul aria-label={t("legend")} className="mt-4 flex flex-wrap gap-3 text-sm">
        {(["free", "busy", "yours"] as const).map((kind) => (
          <li key={kind} className={`rounded-md border px-2 py-1 ${STYLE[kind]}`}>
            {t(kind === "free" ? "legendFree" : kind === "busy" ? "legendBusy" : "legendYours")}
          </li>
        ))}
      </ul>

      {planning.technicians.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600" data-testid="planning-empty">
          {t("none")}
        </p>
      ) : (
        <div role="region" aria-label={t("gridLabel")} tabIndex={0} className="mt-6 overflow-x-auto rounded-2xl border border-slate-200 bg-white focus:outline-2 focus:outline-brand-600" data-testid="planning-grid">
          <table className="w-full min-w-[56rem] border-collapse text-sm">
            <caption className="sr-only">{t("period", { from: dayLabel(from), to: dayLabel(from + (DAYS - 1) * DAY) })}</caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 bg-white p-3 text-left font-semibold text-slate-900">
                  {t("technician")}
                </th>
                {days.map((d) => (
                  <th key={d} scope="col" className="p-3 text-left font-semibold text-slate-900">
                    {dayLabel(d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {planning.technicians.map((technician) => (
                <tr key={technician.id} className="border-t border-slate-200 align-top" data-testid="planning-technician">
                  <th scope="row" className="sticky left-0 bg-white p-3 text-left font-medium text-slate-900">
                    {technician.name}
                  </th>
                  {days.map((d) => {
                    const entries = entriesOf(technician, d)
                    return (
                      <td key={d} className="p-2">
                        {entries.length === 0 ? (
                          <span className="text-slate-600">{t("notWorking")}</span>
                        ) : (
                          <ul className="space-y-1">
                            {entries.map((entry) => {
                              const span = { from: time(entry.start), to: time(entry.end) }
                              return (
                                <li key={`${entry.kind}-${entry.start}`} className={`rounded-md border px-2 py-1 ${STYLE[entry.kind]}`} data-kind={entry.kind}>
                                  {entry.kind === "yours" && entry.visit ? (
                                    <Link href={`/interventions/${entry.visit.id}`} className="font-medium underline underline-offset-2" data-testid="planning-own-visit">
                                      {t("yours", { number: entry.visit.number, ...span })}
                                    </Link>
                                  ) : (
                                    t(entry.kind, span)
                                  )}
                                </li>
                              )
                            })}
                          </ul>
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
