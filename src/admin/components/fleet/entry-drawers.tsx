import { Trash } from "@medusajs/icons"
import { Button, Checkbox, IconButton, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type ComponentProps } from "react"
import { useTranslation } from "react-i18next"
import { FormDrawer } from "../common/form-drawer"
import { Field } from "../common/query-state"
import { VariantField, type VariantOption } from "../common/variant-picker"
import {
  LOG_KINDS,
  METER_KINDS,
  useAddLogEntry,
  useAddReading,
  useCreateMeter,
  useCreatePlan,
  type LogKind,
  type Meter,
  type MeterKind,
  type Plan,
} from "../../hooks/api/fleet"
import { dayToIso, localToIso } from "./format"

/** A drawer adding one entry to a machine: it closes once the entry is saved. */
function EntryDrawer({ onSubmit, onClose, ...props }: ComponentProps<typeof FormDrawer> & { onSubmit: () => Promise<unknown> }) {
  const { t } = useTranslation()
  const save = async () => {
    await onSubmit()
    toast.success(t("clientPortal.fleet.savedEntry"))
    onClose()
  }
  return <FormDrawer {...props} onClose={onClose} onSubmit={save} />
}

const optionalNumber = (value: string) => (value.trim() === "" ? undefined : Number(value))

function MeterSelect({ id, meters, value, onChange, allowNone }: { id: string; meters: Meter[]; value: string; onChange: (v: string) => void; allowNone?: boolean }) {
  const { t } = useTranslation()
  return (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id}>
        <Select.Value placeholder={t("clientPortal.fleet.choose")} />
      </Select.Trigger>
      <Select.Content>
        {allowNone ? <Select.Item value="none">{t("clientPortal.fleet.plans.noMeter")}</Select.Item> : null}
        {meters.map((meter) => (
          <Select.Item key={meter.id} value={meter.id}>
            {meter.name} ({meter.unit})
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** A part line as the form holds it: the quantity stays a string while staff type it. */
export type PartLine = { key: number; variant: VariantOption | null; quantity: string }

let partKeys = 0
const newPart = (): PartLine => ({ key: ++partKeys, variant: null, quantity: "1" })

type PartProblem = { field: "variant" | "quantity"; message: string }

/** What is wrong with a part line, in words naming the line and the field; null when it can be saved. */
export function partProblem(part: PartLine, n: number, t: (key: string, options: { n: number }) => string): PartProblem | null {
  if (!part.variant) return { field: "variant", message: t("clientPortal.fleet.log.parts.errors.variant", { n }) }
  const quantity = Number(part.quantity)
  if (part.quantity.trim() === "" || !Number.isInteger(quantity) || quantity < 1) {
    return { field: "quantity", message: t("clientPortal.fleet.log.parts.errors.quantity", { n }) }
  }
  return null
}

/** The parts used, each a catalogue variant and a whole quantity of at least one. */
export function PartLines({ parts, onChange, showProblems }: { parts: PartLine[]; onChange: (parts: PartLine[]) => void; showProblems: boolean }) {
  const { t } = useTranslation()
  const update = (key: number, values: Partial<PartLine>) => onChange(parts.map((p) => (p.key === key ? { ...p, ...values } : p)))
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="log-parts">
      <legend className="txt-compact-small-plus mb-1">{t("clientPortal.fleet.log.parts.title")}</legend>
      {parts.map((part, index) => {
        const n = index + 1
        const problem = showProblems ? partProblem(part, n, t) : null
        return (
          <div key={part.key} className="flex flex-col gap-y-2 rounded-md border p-3" data-testid="log-part">
            <div className="flex items-start gap-x-2">
              <div className="flex min-w-0 flex-1 flex-col gap-y-1">
                <label htmlFor={`log-part-${part.key}-variant`} className="txt-compact-xsmall text-ui-fg-subtle">
                  {t("clientPortal.fleet.log.parts.part", { n })}
                </label>
                <VariantField
                  id={`log-part-${part.key}-variant`}
                  value={part.variant}
                  onChange={(variant) => update(part.key, { variant })}
                  labels={{ search: t("clientPortal.fleet.picker.search"), empty: t("clientPortal.fleet.picker.empty"), clear: t("clientPortal.fleet.picker.clear") }}
                />
              </div>
              <div className="flex w-24 flex-col gap-y-1">
                <label htmlFor={`log-part-${part.key}-quantity`} className="txt-compact-xsmall text-ui-fg-subtle">
                  {t("clientPortal.fleet.log.parts.quantity")}
                </label>
                <Input
                  id={`log-part-${part.key}-quantity`}
                  size="small"
                  type="number"
                  inputMode="numeric"
                  // No min/step: the browser's own bubble would say "value must be ≥ 1" without naming the line;
                  // partProblem says which part and which field.
                  value={part.quantity}
                  aria-invalid={problem?.field === "quantity"}
                  onChange={(e) => update(part.key, { quantity: e.target.value })}
                />
              </div>
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                // Level with the controls, below their labels.
                className="mt-6"
                aria-label={t("clientPortal.fleet.log.parts.remove", { n })}
                onClick={() => onChange(parts.filter((p) => p.key !== part.key))}
              >
                <Trash />
              </IconButton>
            </div>
            {problem ? (
              <Text size="xsmall" className="text-ui-fg-error" role="alert" data-testid="log-part-problem">
                {problem.message}
              </Text>
            ) : null}
          </div>
        )
      })}
      <Button type="button" size="small" variant="secondary" className="self-start" onClick={() => onChange([...parts, newPart()])}>
        {t("clientPortal.fleet.log.parts.add")}
      </Button>
    </fieldset>
  )
}

export function LogEntryDrawer({ equipmentId, meters, plans, onClose }: { equipmentId: string; meters: Meter[]; plans: Plan[]; onClose: () => void }) {
  const { t } = useTranslation()
  const add = useAddLogEntry(equipmentId)
  const [kind, setKind] = useState<LogKind>("preventive")
  const [values, setValues] = useState({ performed_at: new Date().toISOString().slice(0, 10), description: "", technician: "", duration_minutes: "" })
  const [meterValues, setMeterValues] = useState<Record<string, string>>({})
  const [planIds, setPlanIds] = useState<string[]>([])
  const [parts, setParts] = useState<PartLine[]>([])
  const [showProblems, setShowProblems] = useState(false)
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value })
  const submit = async () => {
    const problem = parts.map((part, i) => partProblem(part, i + 1, t)).find((p) => p !== null)
    if (problem) {
      setShowProblems(true)
      throw new Error(problem.message)
    }
    return add.mutateAsync({
      performed_at: dayToIso(values.performed_at) ?? new Date().toISOString(),
      kind,
      description: values.description.trim(),
      technician: values.technician.trim() || undefined,
      duration_minutes: optionalNumber(values.duration_minutes),
      parts: parts.flatMap((part) => (part.variant ? [{ variant_id: part.variant.id, quantity: Number(part.quantity) }] : [])),
      meter_values: Object.entries(meterValues)
        .filter(([, v]) => v.trim() !== "")
        .map(([meter_id, v]) => ({ meter_id, value: Number(v) })),
      plan_ids: planIds,
    })
  }
  return (
    <EntryDrawer
      title={t("clientPortal.fleet.log.add")}
      testId="log-entry-drawer"
      onClose={onClose}
      isPending={add.isPending}
      onSubmit={submit}
    >
      <Field id="log-performed_at" label={t("clientPortal.fleet.log.performed_at")}>
        <Input id="log-performed_at" type="date" required value={values.performed_at} onChange={set("performed_at")} />
      </Field>
      <Field id="log-kind" label={t("clientPortal.fleet.log.kindLabel")}>
        <Select value={kind} onValueChange={(v) => setKind(v as LogKind)}>
          <Select.Trigger id="log-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {LOG_KINDS.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`clientPortal.fleet.log.kind.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id="log-description" label={t("clientPortal.fleet.log.description")}>
        <Textarea id="log-description" required value={values.description} onChange={set("description")} />
      </Field>
      <Field id="log-technician" label={t("clientPortal.fleet.log.technician")}>
        <Input id="log-technician" value={values.technician} onChange={set("technician")} />
      </Field>
      <Field id="log-duration" label={t("clientPortal.fleet.log.duration")}>
        <Input id="log-duration" type="number" min={0} value={values.duration_minutes} onChange={set("duration_minutes")} />
      </Field>
      <PartLines parts={parts} onChange={setParts} showProblems={showProblems} />
      {meters.map((meter) => (
        <Field key={meter.id} id={`log-meter-${meter.id}`} label={t("clientPortal.fleet.log.meterValue", { name: meter.name, unit: meter.unit })}>
          <Input
            id={`log-meter-${meter.id}`}
            type="number"
            step="any"
            min={0}
            value={meterValues[meter.id] ?? ""}
            onChange={(e) => setMeterValues({ ...meterValues, [meter.id]: e.target.value })}
          />
        </Field>
      ))}
      {plans.length ? (
        <fieldset className="flex flex-col gap-y-2">
          <legend className="txt-compact-small-plus mb-1">{t("clientPortal.fleet.log.plansDone")}</legend>
          {plans.map((plan) => (
            <label key={plan.id} className="txt-compact-small flex items-center gap-x-2">
              <Checkbox
                checked={planIds.includes(plan.id)}
                onCheckedChange={(checked) => setPlanIds(checked === true ? [...planIds, plan.id] : planIds.filter((id) => id !== plan.id))}
              />
              {plan.name}
            </label>
          ))}
        </fieldset>
      ) : null}
    </EntryDrawer>
  )
}

export function PlanDrawer({ equipmentId, meters, onClose }: { equipmentId: string; meters: Meter[]; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreatePlan(equipmentId)
  const [meterId, setMeterId] = useState("none")
  const [values, setValues] = useState({ name: "", interval_days: "", interval_units: "", last_done_at: "", last_done_value: "" })
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [key]: e.target.value })
  const hasMeter = meterId !== "none"
  return (
    <EntryDrawer
      title={t("clientPortal.fleet.plans.add")}
      testId="plan-drawer"
      onClose={onClose}
      isPending={create.isPending}
      onSubmit={() =>
        create.mutateAsync({
          name: values.name.trim(),
          interval_days: optionalNumber(values.interval_days) ?? null,
          interval_units: hasMeter ? (optionalNumber(values.interval_units) ?? null) : null,
          meter_id: hasMeter ? meterId : null,
          last_done_at: dayToIso(values.last_done_at),
          last_done_value: hasMeter ? (optionalNumber(values.last_done_value) ?? null) : null,
        })
      }
    >
      <Field id="plan-name" label={t("clientPortal.fleet.plans.name")}>
        <Input id="plan-name" required value={values.name} onChange={set("name")} />
      </Field>
      <Field id="plan-days" label={t("clientPortal.fleet.plans.interval_days")} hint={t("clientPortal.fleet.plans.intervalHint")}>
        <Input id="plan-days" type="number" min={1} value={values.interval_days} onChange={set("interval_days")} />
      </Field>
      <Field id="plan-meter" label={t("clientPortal.fleet.plans.meter")}>
        <MeterSelect id="plan-meter" meters={meters} value={meterId} onChange={setMeterId} allowNone />
      </Field>
      {hasMeter ? (
        <>
          <Field id="plan-units" label={t("clientPortal.fleet.plans.interval_units")}>
            <Input id="plan-units" type="number" min={0} step="any" value={values.interval_units} onChange={set("interval_units")} />
          </Field>
          <Field id="plan-last-value" label={t("clientPortal.fleet.plans.last_done_value")}>
            <Input id="plan-last-value" type="number" min={0} step="any" value={values.last_done_value} onChange={set("last_done_value")} />
          </Field>
        </>
      ) : null}
      <Field id="plan-last-at" label={t("clientPortal.fleet.plans.last_done_at")}>
        <Input id="plan-last-at" type="date" value={values.last_done_at} onChange={set("last_done_at")} />
      </Field>
    </EntryDrawer>
  )
}

export function MeterDrawer({ equipmentId, onClose }: { equipmentId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreateMeter(equipmentId)
  const [kind, setKind] = useState<MeterKind>("hours")
  const [name, setName] = useState("")
  const [unit, setUnit] = useState("h")
  return (
    <EntryDrawer
      title={t("clientPortal.fleet.meters.add")}
      testId="meter-drawer"
      onClose={onClose}
      isPending={create.isPending}
      onSubmit={() => create.mutateAsync({ name: name.trim(), kind, unit: unit.trim() })}
    >
      <Field id="meter-name" label={t("clientPortal.fleet.meters.name")}>
        <Input id="meter-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="meter-kind" label={t("clientPortal.fleet.meters.kindLabel")}>
        <Select value={kind} onValueChange={(v) => setKind(v as MeterKind)}>
          <Select.Trigger id="meter-kind">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {METER_KINDS.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`clientPortal.fleet.meters.kind.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id="meter-unit" label={t("clientPortal.fleet.meters.unit")}>
        <Input id="meter-unit" required value={unit} onChange={(e) => setUnit(e.target.value)} />
      </Field>
    </EntryDrawer>
  )
}

export function ReadingDrawer({ equipmentId, meter, onClose }: { equipmentId: string; meter: Meter; onClose: () => void }) {
  const { t } = useTranslation()
  const add = useAddReading(equipmentId)
  const [value, setValue] = useState("")
  const [readAt, setReadAt] = useState("")
  const [note, setNote] = useState("")
  const [replacement, setReplacement] = useState(false)
  return (
    <EntryDrawer
      title={t("clientPortal.fleet.readings.add", { name: meter.name })}
      testId="reading-drawer"
      onClose={onClose}
      isPending={add.isPending}
      onSubmit={() =>
        add.mutateAsync({ _meterId: meter.id, value: Number(value), read_at: localToIso(readAt), note: note.trim() || undefined, replacement })
      }
    >
      <Field id="reading-value" label={t("clientPortal.fleet.readings.value", { unit: meter.unit })}>
        <Input id="reading-value" type="number" step="any" min={0} required value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      <Field id="reading-read-at" label={t("clientPortal.fleet.readings.read_at")} hint={t("clientPortal.fleet.readings.readAtHint")}>
        <Input id="reading-read-at" type="datetime-local" value={readAt} onChange={(e) => setReadAt(e.target.value)} />
      </Field>
      <Field id="reading-note" label={t("clientPortal.fleet.readings.note")}>
        <Input id="reading-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <label className="txt-compact-small flex items-center gap-x-2">
        <Checkbox checked={replacement} onCheckedChange={(checked) => setReplacement(checked === true)} />
        {t("clientPortal.fleet.readings.replacement")}
      </label>
    </EntryDrawer>
  )
}
