import { Button, Container, Select, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useRef, useState, type ChangeEvent } from "react"
import { useTranslation } from "react-i18next"
import { SectionHeader } from "../common/section-header"
import { formatDate } from "../common/query-state"
import { fileUrl, useDeletePlan, useMeterReadings, useUploadEquipmentFile, type EquipmentDetail, type Meter } from "../../hooks/api/fleet"
import { DueLabel, ReadingStatusBadge } from "./badges"
import { LogEntryDrawer, MeterDrawer, PlanDrawer, ReadingDrawer } from "./entry-drawers"
import { formatDay, formatNumber } from "./format"
import { Sparkline } from "./sparkline"

const Empty = ({ children }: { children: string }) => (
  <Text size="small" className="text-ui-fg-muted px-6 py-4">
    {children}
  </Text>
)

export function MaintenanceLogSection({ equipment }: { equipment: EquipmentDetail }) {
  const { t, i18n } = useTranslation()
  const [adding, setAdding] = useState(false)
  const meterName = new Map(equipment.meters.map((m) => [m.id, `${m.name}`]))
  const unit = new Map(equipment.meters.map((m) => [m.id, m.unit]))
  return (
    <Container className="divide-y p-0" data-testid="equipment-log">
      <SectionHeader title={t("clientPortal.fleet.log.title")}>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t("clientPortal.fleet.log.add")}
        </Button>
      </SectionHeader>
      {equipment.maintenance_log.length ? (
        <ol className="divide-y">
          {equipment.maintenance_log.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-y-1 px-6 py-3">
              <Text size="small" weight="plus">
                {formatDay(entry.performed_at, i18n.language)} · {t(`clientPortal.fleet.log.kind.${entry.kind}`)}
                {entry.technician ? ` · ${entry.technician}` : ""}
                {entry.duration_minutes ? ` · ${entry.duration_minutes} min` : ""}
              </Text>
              <Text size="small" className="whitespace-pre-line">
                {entry.description}
              </Text>
              {entry.parts.length ? (
                <Text size="xsmall" className="text-ui-fg-subtle" data-testid="log-entry-parts">
                  {t("clientPortal.fleet.log.parts.used", {
                    parts: entry.parts.map((p) => `${formatNumber(p.quantity, i18n.language)} × ${p.title}${p.sku ? ` (${p.sku})` : ""}`).join(" · "),
                  })}
                </Text>
              ) : null}
              {entry.meter_values.length ? (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {entry.meter_values
                    .map((v) => `${meterName.get(v.meter_id) ?? v.meter_id}: ${formatNumber(v.value, i18n.language)} ${unit.get(v.meter_id) ?? ""}`)
                    .join(" · ")}
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <Empty>{t("clientPortal.fleet.log.empty")}</Empty>
      )}
      {adding ? <LogEntryDrawer equipmentId={equipment.id} meters={equipment.meters} plans={equipment.plans} onClose={() => setAdding(false)} /> : null}
    </Container>
  )
}

export function PlansSection({ equipment }: { equipment: EquipmentDetail }) {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const [adding, setAdding] = useState(false)
  const remove = useDeletePlan(equipment.id)
  const meters = new Map(equipment.meters.map((m) => [m.id, m]))
  const onDelete = async (id: string, name: string) => {
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.fleet.plans.deleteConfirm", { name }) }))) return
    remove.mutate({ _id: id }, { onError: (e) => toast.error(e.message) })
  }
  return (
    <Container className="divide-y p-0" data-testid="equipment-plans">
      <SectionHeader title={t("clientPortal.fleet.plans.title")}>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t("clientPortal.fleet.plans.add")}
        </Button>
      </SectionHeader>
      {equipment.plans.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.fleet.plans.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.plans.rule")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.plans.last_done_at")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.fields.next_due")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {equipment.plans.map((plan) => {
              const meter = plan.meter_id ? meters.get(plan.meter_id) : undefined
              const rule = [
                plan.interval_days ? t("clientPortal.fleet.plans.everyDays", { count: plan.interval_days }) : null,
                plan.interval_units && meter ? t("clientPortal.fleet.plans.everyUnits", { units: formatNumber(plan.interval_units, i18n.language), unit: meter.unit }) : null,
              ]
                .filter(Boolean)
                .join(" / ")
              return (
                <Table.Row key={plan.id}>
                  <Table.Cell>{plan.name}</Table.Cell>
                  <Table.Cell>{rule || "—"}</Table.Cell>
                  <Table.Cell>
                    {formatDay(plan.last_done_at, i18n.language)}
                    {plan.last_done_value !== null && meter ? ` · ${formatNumber(plan.last_done_value, i18n.language)} ${meter.unit}` : ""}
                  </Table.Cell>
                  <Table.Cell>
                    {plan.next_due_date ? <DueLabel due={{ date: plan.next_due_date, overdue: plan.overdue, due_soon: plan.due_soon }} /> : "—"}
                    {plan.projected ? <div className="txt-compact-xsmall text-ui-fg-subtle">{t("clientPortal.fleet.plans.projected")}</div> : null}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => onDelete(plan.id, plan.name)}>
                      {t("clientPortal.common.delete")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      ) : (
        <Empty>{t("clientPortal.fleet.plans.empty")}</Empty>
      )}
      {adding ? <PlanDrawer equipmentId={equipment.id} meters={equipment.meters} onClose={() => setAdding(false)} /> : null}
    </Container>
  )
}

const RANGES = { "3m": 92, "1y": 366, all: 0 } as const
type Range = keyof typeof RANGES

function MeterPanel({ equipmentId, meter }: { equipmentId: string; meter: Meter }) {
  const { t, i18n } = useTranslation()
  const [range, setRange] = useState<Range>("1y")
  const [adding, setAdding] = useState(false)
  // Rounded to the hour so that the query key (and its cache) stays put between renders.
  const [from] = useState(() => new Map((Object.keys(RANGES) as Range[]).map((r) => [r, RANGES[r] ? new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - RANGES[r] * 86_400_000).toISOString() : undefined])))
  const { data: readings = [], isPending } = useMeterReadings(equipmentId, meter.id, from.get(range))
  const recent = [...readings].sort((a, b) => b.read_at.localeCompare(a.read_at)).slice(0, 5)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="admin-meter" data-meter-id={meter.id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Text size="small" weight="plus">
            {meter.name} · {t(`clientPortal.fleet.meters.kind.${meter.kind}`)} ({meter.unit})
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {meter.last_reading
              ? t("clientPortal.fleet.meters.last", { value: formatNumber(meter.last_reading.value, i18n.language), unit: meter.unit, date: formatDay(meter.last_reading.read_at, i18n.language) })
              : t("clientPortal.fleet.meters.noReading")}
            {meter.average_daily_use !== null ? ` · ${t("clientPortal.fleet.meters.average", { value: formatNumber(meter.average_daily_use, i18n.language), unit: meter.unit })}` : ""}
          </Text>
        </div>
        <div className="flex items-center gap-2">
          <Select size="small" value={range} onValueChange={(v) => setRange(v as Range)}>
            <Select.Trigger aria-label={t("clientPortal.fleet.meters.range")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(Object.keys(RANGES) as Range[]).map((r) => (
                <Select.Item key={r} value={r}>
                  {t(`clientPortal.fleet.meters.ranges.${r}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Button size="small" variant="secondary" className="whitespace-nowrap" onClick={() => setAdding(true)}>
            {t("clientPortal.fleet.readings.addShort")}
          </Button>
        </div>
      </div>
      {isPending ? null : readings.length >= 2 ? (
        <Sparkline points={readings.filter((r) => r.status !== "rejected")} unit={meter.unit} label={t("clientPortal.fleet.meters.chartLabel", { name: meter.name })} />
      ) : (
        <Text size="small" className="text-ui-fg-muted">
          {t("clientPortal.fleet.meters.notEnough")}
        </Text>
      )}
      {recent.length ? (
        <Table>
          <Table.Body>
            {recent.map((reading) => (
              <Table.Row key={reading.id}>
                <Table.Cell>{formatDate(reading.read_at, i18n.language)}</Table.Cell>
                <Table.Cell>
                  {formatNumber(reading.value, i18n.language)} {meter.unit}
                </Table.Cell>
                <Table.Cell>{t(`clientPortal.fleet.readings.source.${reading.source}`)}</Table.Cell>
                <Table.Cell>
                  <ReadingStatusBadge status={reading.status} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : null}
      {adding ? <ReadingDrawer equipmentId={equipmentId} meter={meter} onClose={() => setAdding(false)} /> : null}
    </div>
  )
}

export function MetersSection({ equipment }: { equipment: EquipmentDetail }) {
  const { t } = useTranslation()
  const [adding, setAdding] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="equipment-meters">
      <SectionHeader title={t("clientPortal.fleet.meters.title")}>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t("clientPortal.fleet.meters.add")}
        </Button>
      </SectionHeader>
      {equipment.meters.length ? (
        equipment.meters.map((meter) => <MeterPanel key={meter.id} equipmentId={equipment.id} meter={meter} />)
      ) : (
        <Empty>{t("clientPortal.fleet.meters.none")}</Empty>
      )}
      {adding ? <MeterDrawer equipmentId={equipment.id} onClose={() => setAdding(false)} /> : null}
    </Container>
  )
}

export function FilesSection({ equipment }: { equipment: EquipmentDetail }) {
  const { t } = useTranslation()
  const upload = useUploadEquipmentFile(equipment.id)
  const photoInput = useRef<HTMLInputElement>(null)
  const documentInput = useRef<HTMLInputElement>(null)
  const send = (kind: "photo" | "document") => (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ""
    if (!file) return
    upload.mutate(
      { file, kind },
      { onSuccess: () => toast.success(t("clientPortal.fleet.files.uploaded", { name: file.name })), onError: (e) => toast.error(e.message) }
    )
  }
  return (
    <Container className="divide-y p-0" data-testid="equipment-files">
      <SectionHeader title={t("clientPortal.fleet.files.title")}>
        <div className="flex gap-2">
          <input ref={photoInput} type="file" accept="image/*" className="hidden" onChange={send("photo")} aria-label={t("clientPortal.fleet.files.addPhoto")} />
          <input ref={documentInput} type="file" className="hidden" onChange={send("document")} aria-label={t("clientPortal.fleet.files.addDocument")} />
          <Button size="small" variant="secondary" isLoading={upload.isPending} onClick={() => photoInput.current?.click()}>
            {t("clientPortal.fleet.files.addPhoto")}
          </Button>
          <Button size="small" variant="secondary" isLoading={upload.isPending} onClick={() => documentInput.current?.click()}>
            {t("clientPortal.fleet.files.addDocument")}
          </Button>
        </div>
      </SectionHeader>
      {equipment.photos.length ? (
        <div className="grid grid-cols-3 gap-2 px-6 py-4 md:grid-cols-6">
          {equipment.photos.map((photo) => (
            <a key={photo.id} href={fileUrl(photo.url)} target="_blank" rel="noreferrer" className="overflow-hidden rounded-md border">
              <img src={fileUrl(photo.url)} alt={equipment.name} className="aspect-square w-full object-cover" />
            </a>
          ))}
        </div>
      ) : null}
      {equipment.documents.length ? (
        <ul className="divide-y">
          {equipment.documents.map((doc) => (
            <li key={doc.id} className="px-6 py-3">
              <a href={fileUrl(doc.url)} target="_blank" rel="noreferrer" className="txt-small text-ui-fg-interactive hover:underline">
                {doc.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {!equipment.photos.length && !equipment.documents.length ? <Empty>{t("clientPortal.fleet.files.none")}</Empty> : null}
    </Container>
  )
}
