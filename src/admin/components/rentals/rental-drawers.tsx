import { Button, Checkbox, IconButton, Input, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FormDrawer } from "../common/form-drawer"
import { Field } from "../common/query-state"
import { useEquipment } from "../../hooks/api/fleet"
import {
  useConfirmRental,
  useRecordExit,
  useRecordReturn,
  useRejectRental,
  useRentalUnits,
  type AdminRentalDetail,
  type ChargeBody,
  type SlipUnitBody,
} from "../../hooks/api/rentals"

type DrawerProps = { rental: AdminRentalDetail; onClose: () => void }

/** The units of one line's model, ticked as assigned; the line needs exactly its quantity. */
function LineUnits({ line, chosen, onChange }: { line: AdminRentalDetail["lines"][number]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation()
  const { data } = useRentalUnits({ model_id: line.model_id, limit: 100, offset: 0 })
  return (
    <fieldset className="flex flex-col gap-y-2" data-testid="confirm-line">
      <legend className="txt-compact-small-plus mb-1">{t("clientPortal.rentals.confirm.pickUnits", { title: line.title, count: line.quantity })}</legend>
      {(data?.rental_units ?? []).map((unit) => {
        const id = `unit-${line.id}-${unit.id}`
        return (
          <label key={unit.id} htmlFor={id} className="flex items-center gap-x-2 txt-compact-small">
            <Checkbox
              id={id}
              checked={chosen.includes(unit.id)}
              disabled={!unit.active}
              onCheckedChange={(checked) => onChange(checked === true ? [...chosen, unit.id] : chosen.filter((c) => c !== unit.id))}
            />
            {unit.name} · {unit.serial_number}
          </label>
        )
      })}
    </fieldset>
  )
}

/** Confirming a request: the units assigned at request time, changeable, and whether it is a loan. */
export function ConfirmDrawer({ rental, onClose }: DrawerProps) {
  const { t } = useTranslation()
  const confirm = useConfirmRental()
  const [isLoan, setIsLoan] = useState(rental.is_loan)
  const [units, setUnits] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(rental.lines.map((line) => [line.id, rental.assignments.filter((a) => a.line_id === line.id).map((a) => a.unit_id)]))
  )
  const submit = async () => {
    const wrong = rental.lines.find((line) => (units[line.id] ?? []).length !== line.quantity)
    if (wrong) {
      toast.error(t("clientPortal.rentals.confirm.wrongCount", { count: wrong.quantity, title: wrong.title }))
      return
    }
    await confirm.mutateAsync({
      _id: rental.id,
      is_loan: isLoan,
      assignments: rental.lines.map((line) => ({ line_id: line.id, unit_ids: units[line.id] ?? [] })),
    })
    toast.success(t("clientPortal.rentals.confirm.done"))
    onClose()
  }
  return (
    <FormDrawer title={t("clientPortal.rentals.confirm.title")} onClose={onClose} onSubmit={submit} isPending={confirm.isPending} testId="confirm-form" saveTestId="confirm-save">
      <Text size="small" className="text-ui-fg-subtle">
        {t("clientPortal.rentals.confirm.hint")}
      </Text>
      {rental.lines.map((line) => (
        <LineUnits key={line.id} line={line} chosen={units[line.id] ?? []} onChange={(ids) => setUnits({ ...units, [line.id]: ids })} />
      ))}
      <label htmlFor="confirm-loan" className="flex items-center gap-x-2 txt-compact-small-plus">
        <Switch id="confirm-loan" checked={isLoan} onCheckedChange={setIsLoan} />
        {t("clientPortal.rentals.confirm.loan")}
      </label>
    </FormDrawer>
  )
}

export function RejectDrawer({ rental, onClose }: DrawerProps) {
  const { t } = useTranslation()
  const reject = useRejectRental()
  const [reason, setReason] = useState("")
  const submit = async () => {
    await reject.mutateAsync({ _id: rental.id, reason: reason.trim() })
    toast.success(t("clientPortal.rentals.reject.done"))
    onClose()
  }
  return (
    <FormDrawer title={t("clientPortal.rentals.reject.title")} onClose={onClose} onSubmit={submit} isPending={reject.isPending} testId="reject-form" saveTestId="reject-save">
      <Field id="reject-reason" label={t("clientPortal.rentals.reject.reason")}>
        <Textarea id="reject-reason" required maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

type UnitEntry = { condition: string; readings: Record<string, string> }

/** One unit's condition and the readings of its fleet meters (the fleet's reading checks apply on save). */
function UnitSlipFields({ unit, entry, onChange }: { unit: AdminRentalDetail["units"][number]; entry: UnitEntry; onChange: (entry: UnitEntry) => void }) {
  const { t } = useTranslation()
  const { data: equipment } = useEquipment(unit.equipment_id)
  return (
    <fieldset className="flex flex-col gap-y-2 rounded-md border p-3" data-testid="slip-unit">
      <legend className="txt-compact-small-plus px-1">
        {unit.name} · {unit.serial_number}
      </legend>
      <Field id={`condition-${unit.id}`} label={t("clientPortal.rentals.slip.unitCondition", { name: unit.name })}>
        <Input id={`condition-${unit.id}`} value={entry.condition} maxLength={1000} onChange={(e) => onChange({ ...entry, condition: e.target.value })} />
      </Field>
      {(equipment?.meters ?? []).map((meter) => (
        <Field
          key={meter.id}
          id={`reading-${unit.id}-${meter.id}`}
          label={t("clientPortal.rentals.slip.reading", { meter: meter.name, unit: meter.unit })}
          hint={meter.last_reading ? t("clientPortal.rentals.slip.lastReading", { value: meter.last_reading.value }) : undefined}
        >
          <Input
            id={`reading-${unit.id}-${meter.id}`}
            type="number"
            min={0}
            step="any"
            value={entry.readings[meter.id] ?? ""}
            onChange={(e) => onChange({ ...entry, readings: { ...entry.readings, [meter.id]: e.target.value } })}
            data-testid="slip-reading"
          />
        </Field>
      ))}
    </fieldset>
  )
}

const CHARGE_CHOICES: ChargeBody["kind"][] = ["damage", "late", "extra_meter"]
type ChargeDraft = { kind: ChargeBody["kind"]; description: string; quantity: string; unit_amount: string }

/**
 * The exit or return slip: when, the condition of each unit with its meter readings, the two signature
 * names; a return also flags damage or missing items and adds charges.
 */
export function SlipDrawer({ rental, kind, onClose }: DrawerProps & { kind: "exit" | "return" }) {
  const { t } = useTranslation()
  const exit = useRecordExit()
  const ret = useRecordReturn()
  const mutation = kind === "exit" ? exit : ret
  const now = new Date()
  const [performedAt, setPerformedAt] = useState(new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16))
  const [notes, setNotes] = useState("")
  const [clientName, setClientName] = useState("")
  const [staffName, setStaffName] = useState("")
  const [damage, setDamage] = useState(false)
  const [missing, setMissing] = useState("")
  const [charges, setCharges] = useState<ChargeDraft[]>([])
  const [entries, setEntries] = useState<Record<string, UnitEntry>>(() => Object.fromEntries(rental.units.map((unit) => [unit.id, { condition: "", readings: {} }])))
  const p = (key: string) => `clientPortal.rentals.slip.${key}`

  const submit = async () => {
    const units: SlipUnitBody[] = rental.units.map((unit) => {
      const entry = entries[unit.id] ?? { condition: "", readings: {} }
      return {
        unit_id: unit.id,
        condition: entry.condition.trim() || null,
        readings: Object.entries(entry.readings)
          .filter(([, value]) => value.trim() !== "")
          .map(([meter_id, value]) => ({ meter_id, value: Number(value) })),
      }
    })
    await mutation.mutateAsync({
      _id: rental.id,
      performed_at: new Date(performedAt).toISOString(),
      condition_notes: notes.trim() || null,
      client_signature_name: clientName.trim(),
      staff_signature_name: staffName.trim(),
      units,
      ...(kind === "return"
        ? {
            damage,
            missing_items: missing.trim() || null,
            charges: charges.map((c) => ({ kind: c.kind, description: c.description.trim(), quantity: Number(c.quantity), unit_amount: Number(c.unit_amount) })),
          }
        : {}),
    })
    toast.success(t(p(kind === "exit" ? "exitDone" : "returnDone")))
    onClose()
  }

  return (
    <FormDrawer
      title={t(p(kind === "exit" ? "exitTitle" : "returnTitle"))}
      onClose={onClose}
      onSubmit={submit}
      isPending={mutation.isPending}
      testId={`${kind}-form`}
      saveTestId={`${kind}-save`}
    >
      <Field id="slip-performed-at" label={t(p("performedAt"))}>
        <Input id="slip-performed-at" type="datetime-local" required value={performedAt} onChange={(e) => setPerformedAt(e.target.value)} />
      </Field>
      {rental.units.map((unit) => (
        <UnitSlipFields
          key={unit.id}
          unit={unit}
          entry={entries[unit.id] ?? { condition: "", readings: {} }}
          onChange={(entry) => setEntries({ ...entries, [unit.id]: entry })}
        />
      ))}
      <Field id="slip-notes" label={t(p("conditionNotes"))}>
        <Textarea id="slip-notes" maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      {kind === "return" ? (
        <>
          <label htmlFor="slip-damage" className="flex items-center gap-x-2 txt-compact-small-plus">
            <Switch id="slip-damage" checked={damage} onCheckedChange={setDamage} />
            {t(p("damage"))}
          </label>
          <Field id="slip-missing" label={t(p("missingItems"))}>
            <Input id="slip-missing" maxLength={1000} value={missing} onChange={(e) => setMissing(e.target.value)} />
          </Field>
          <fieldset className="flex flex-col gap-y-2">
            <legend className="txt-compact-small-plus">{t(p("charges"))}</legend>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t(p("chargesHint"))}
            </Text>
            {charges.map((charge, index) => {
              const set = (patch: Partial<ChargeDraft>) => setCharges(charges.map((c, i) => (i === index ? { ...c, ...patch } : c)))
              return (
                <div key={index} className="grid grid-cols-[8rem_1fr_5rem_6rem_auto] items-end gap-2" data-testid="slip-charge">
                  <Field id={`charge-kind-${index}`} label={t(p("chargeKind"))}>
                    <Select value={charge.kind} onValueChange={(value) => set({ kind: value as ChargeDraft["kind"] })}>
                      <Select.Trigger id={`charge-kind-${index}`}>
                        <Select.Value />
                      </Select.Trigger>
                      <Select.Content>
                        {CHARGE_CHOICES.map((choice) => (
                          <Select.Item key={choice} value={choice}>
                            {t(`clientPortal.rentals.detail.chargeKinds.${choice}`)}
                          </Select.Item>
                        ))}
                      </Select.Content>
                    </Select>
                  </Field>
                  <Field id={`charge-description-${index}`} label={t(p("chargeDescription"))}>
                    <Input id={`charge-description-${index}`} required value={charge.description} onChange={(e) => set({ description: e.target.value })} />
                  </Field>
                  <Field id={`charge-quantity-${index}`} label={t(p("chargeQuantity"))}>
                    <Input id={`charge-quantity-${index}`} type="number" min={1} step={1} required value={charge.quantity} onChange={(e) => set({ quantity: e.target.value })} />
                  </Field>
                  <Field id={`charge-amount-${index}`} label={t(p("chargeAmount"))}>
                    <Input id={`charge-amount-${index}`} type="number" min={0} step="0.01" required value={charge.unit_amount} onChange={(e) => set({ unit_amount: e.target.value })} />
                  </Field>
                  <IconButton type="button" variant="transparent" aria-label={t(p("removeCharge"))} onClick={() => setCharges(charges.filter((_, i) => i !== index))}>
                    <Trash />
                  </IconButton>
                </div>
              )
            })}
            <div>
              <Button
                type="button"
                size="small"
                variant="secondary"
                onClick={() => setCharges([...charges, { kind: "damage", description: "", quantity: "1", unit_amount: "" }])}
              >
                {t(p("addCharge"))}
              </Button>
            </div>
          </fieldset>
        </>
      ) : null}
      <Field id="slip-client-signature" label={t(p("clientSignature"))}>
        <Input id="slip-client-signature" required maxLength={200} value={clientName} onChange={(e) => setClientName(e.target.value)} />
      </Field>
      <Field id="slip-staff-signature" label={t(p("staffSignature"))}>
        <Input id="slip-staff-signature" required maxLength={200} value={staffName} onChange={(e) => setStaffName(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
