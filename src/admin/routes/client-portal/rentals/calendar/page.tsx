import { Button, Container, Input, Select, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import Timeline, { DateHeader, SidebarHeader, TimelineHeaders, TimelineMarkers, TodayMarker, type ItemRendererProps, type TimelineItem } from "react-calendar-timeline"
import "react-calendar-timeline/lib/Timeline.css"
import "./units-timeline.css"
import { PageHeader } from "../../../../components/common/page-header"
import { Field, QueryState } from "../../../../components/common/query-state"
import { formatPeriod } from "../../../../components/rentals/rental-format"
import { useRentalCalendar, useRentalModels, type RentalCalendar } from "../../../../hooks/api/rentals"

const DAY_MS = 86_400_000
const SPANS = [14, 30, 60, 90] as const
const ALL = "all"

/** Bar colours by what holds the unit; the legend repeats them in words. */
const COLORS: Record<string, { background: string; border: string; color: string }> = {
  requested: { background: "#fde68a", border: "#d97706", color: "#451a03" },
  confirmed: { background: "#bfdbfe", border: "#2563eb", color: "#172554" },
  out: { background: "#bbf7d0", border: "#16a34a", color: "#052e16" },
  returned: { background: "#e5e7eb", border: "#6b7280", color: "#111827" },
  block: { background: "#d1d5db", border: "#374151", color: "#111827" },
}

/** One bar of the timeline: a reservation's hold on a unit, or a maintenance block. */
type CalendarEntry = {
  id: string
  unit_id: string
  kind: "reservation" | "block"
  starts_at: string
  ends_at: string
  blocked_until: string | null
  reservation_id: string | null
  number: string | null
  status: string | null
  account_name: string | null
  reason: string | null
}

function entriesOf(calendar: RentalCalendar | undefined): CalendarEntry[] {
  if (!calendar) return []
  return [
    ...calendar.bars.map((bar) => ({
      id: `${bar.reservation_id}:${bar.unit_id}`,
      unit_id: bar.unit_id,
      kind: "reservation" as const,
      starts_at: bar.starts_at,
      ends_at: bar.ends_at,
      blocked_until: bar.blocked_until,
      reservation_id: bar.reservation_id,
      number: bar.number,
      status: bar.status,
      account_name: bar.account_name,
      reason: null,
    })),
    ...calendar.blocks.map((block) => ({
      id: block.id,
      unit_id: block.unit_id,
      kind: "block" as const,
      starts_at: block.starts_at,
      ends_at: block.ends_at,
      blocked_until: null,
      reservation_id: null,
      number: null,
      status: null,
      account_name: null,
      reason: block.reason,
    })),
  ]
}

const todayUtc = () => new Date().toISOString().slice(0, 10)

function barsOf(entry: CalendarEntry, label: string, bufferLabel: string): TimelineItem[] {
  const palette = COLORS[entry.kind === "block" ? "block" : (entry.status ?? "confirmed")] ?? COLORS.confirmed
  const style = { background: palette.background, borderColor: palette.border, color: palette.color }
  const bars: TimelineItem[] = [
    {
      id: entry.id,
      group: entry.unit_id,
      title: label,
      start_time: new Date(entry.starts_at).getTime(),
      end_time: new Date(entry.ends_at).getTime(),
      itemProps: { style, title: label, "data-testid": entry.kind === "block" ? "calendar-block" : "calendar-reservation" },
    },
  ]
  // The buffer after a reservation (cleaning and checks) holds the unit too: a lighter bar of its own.
  if (entry.blocked_until && new Date(entry.blocked_until).getTime() > new Date(entry.ends_at).getTime()) {
    bars.push({
      id: `${entry.id}:buffer`,
      group: entry.unit_id,
      title: "",
      start_time: new Date(entry.ends_at).getTime(),
      end_time: new Date(entry.blocked_until).getTime(),
      itemProps: { style: { ...style, opacity: 0.45 }, title: `${bufferLabel} · ${label}` },
    })
  }
  return bars
}

/**
 * A bar as the library draws it, plus its test id and tooltip: the library's `getItemProps` keeps only the
 * class and style of `itemProps` (the rest, `data-testid` included, never reached the page).
 */
function CalendarBar({ item, itemContext, getItemProps }: ItemRendererProps) {
  const { style, className, title, "data-testid": testId } = item.itemProps ?? {}
  return (
    <div {...getItemProps({ style, className })} title={title} data-testid={testId}>
      <div className="rct-item-content" style={{ maxHeight: itemContext.dimensions.height }}>
        {itemContext.title}
      </div>
    </div>
  )
}

/** Units × days (Gantt style): reservations as bars with their buffer, maintenance blocks in grey; a bar opens its reservation. */
const RentalCalendarPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [from, setFrom] = useState(todayUtc())
  const [span, setSpan] = useState<(typeof SPANS)[number]>(30)
  const [modelId, setModelId] = useState(ALL)
  const start = new Date(`${from}T00:00:00.000Z`).getTime()
  const end = start + span * DAY_MS
  const models = useRentalModels({ limit: 100, offset: 0 })
  const { data, isPending, error } = useRentalCalendar(new Date(start).toISOString(), new Date(end).toISOString(), modelId === ALL ? undefined : modelId)
  const k = (key: string) => `clientPortal.rentals.calendar.${key}`

  const label = (entry: CalendarEntry) =>
    entry.kind === "block"
      ? `${t(k("block"))}${entry.reason ? ` · ${entry.reason}` : ""}`
      : [entry.number, entry.account_name, entry.status ? t(`clientPortal.rentals.statuses.${entry.status}`) : null].filter(Boolean).join(" · ")
  const entries = useMemo(() => entriesOf(data), [data])
  const groups = useMemo(() => (data?.units ?? []).map((unit) => ({ id: unit.id, title: `${unit.name} · ${unit.serial_number}` })), [data])
  const items = useMemo(() => entries.flatMap((entry) => barsOf(entry, label(entry), t(k("buffer")))), [entries, i18n.language])
  // A buffer bar's id is its reservation bar's id with ":buffer" after it.
  const reservationOf = (itemId: string) => entries.find((entry) => entry.id === itemId.replace(/:buffer$/, ""))?.reservation_id

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="rental-calendar-page">
        <PageHeader title={t(k("title"))} subtitle={t(k("subtitle"))}>
          <Button size="small" variant="secondary" asChild>
            <Link to="/client-portal/rentals">{t("clientPortal.rentals.menu")}</Link>
          </Button>
        </PageHeader>
        <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-3">
          <Field id="calendar-from" label={t(k("from"))}>
            <Input id="calendar-from" type="date" size="small" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
          </Field>
          <Field id="calendar-span" label={t(k("days"))}>
            <Select size="small" value={String(span)} onValueChange={(value) => setSpan(Number(value) as (typeof SPANS)[number])}>
              <Select.Trigger id="calendar-span">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SPANS.map((days) => (
                  <Select.Item key={days} value={String(days)}>
                    {days}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field id="calendar-model" label={t(k("model"))}>
            <Select size="small" value={modelId} onValueChange={setModelId}>
              <Select.Trigger id="calendar-model">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>{t(k("allModels"))}</Select.Item>
                {(models.data?.models ?? []).map((model) => (
                  <Select.Item key={model.id} value={model.id}>
                    {model.title}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 px-6 py-3">
          {(["requested", "confirmed", "out", "block"] as const).map((key) => (
            <li key={key} className="flex items-center gap-x-2">
              <span aria-hidden="true" className="inline-block size-3 rounded-sm border" style={{ background: COLORS[key].background, borderColor: COLORS[key].border }} />
              <Text size="small">{t(k(`legend${key.charAt(0).toUpperCase()}${key.slice(1)}`))}</Text>
            </li>
          ))}
        </ul>
        <QueryState isPending={isPending} error={error} isEmpty={!groups.length} empty={t(k("empty"))}>
          <div className="units-timeline overflow-x-auto px-2 py-2" data-testid="units-timeline">
            <Timeline
              // A new period or model starts a new view rather than keeping the one scrolled before.
              key={`${from}:${span}:${modelId}`}
              groups={groups}
              items={items}
              defaultTimeStart={new Date(start)}
              defaultTimeEnd={new Date(end)}
              canMove={false}
              canResize={false}
              stackItems
              lineHeight={36}
              sidebarWidth={220}
              minZoom={7 * DAY_MS}
              maxZoom={365 * DAY_MS}
              itemRenderer={CalendarBar}
              onItemClick={(itemId) => {
                const reservation = reservationOf(itemId)
                if (reservation) navigate(`/client-portal/rentals/${reservation}`)
              }}
              onItemSelect={(itemId) => {
                const reservation = reservationOf(itemId)
                if (reservation) navigate(`/client-portal/rentals/${reservation}`)
              }}
            >
              <TimelineHeaders>
                <SidebarHeader>{({ getRootProps }) => <div {...getRootProps()} className="flex items-end p-2 txt-compact-small-plus">{t(k("unit"))}</div>}</SidebarHeader>
                <DateHeader unit="primaryHeader" />
                <DateHeader unit="day" labelFormat="D" />
              </TimelineHeaders>
              <TimelineMarkers>
                <TodayMarker />
              </TimelineMarkers>
            </Timeline>
          </div>
          <details className="px-6 py-3">
            <summary className="txt-compact-small-plus cursor-pointer">{t(k("listView"))}</summary>
            <ul className="mt-2 flex flex-col gap-y-1">
              {entries.map((entry) => {
                const unit = data?.units.find((u) => u.id === entry.unit_id)
                return (
                  <li key={entry.id} className="txt-compact-small">
                    {unit ? `${unit.name} · ${unit.serial_number} — ` : ""}
                    {formatPeriod(entry.starts_at, entry.ends_at, i18n.language)} — {label(entry)}
                    {entry.reservation_id ? (
                      <>
                        {" "}
                        <Link to={`/client-portal/rentals/${entry.reservation_id}`} className="text-ui-fg-interactive hover:underline">
                          {entry.number ?? entry.reservation_id}
                        </Link>
                      </>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          </details>
        </QueryState>
      </Container>
    </div>
  )
}

export default RentalCalendarPage
