import { Checkbox, Input, Switch, Text, Textarea, toast } from "@medusajs/ui"
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
  type SlipPhotoBody,
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
      {(data?.units ?? []).map((unit) => {
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
      units: rental.lines.map((line) => ({ line_id: line.id, unit_ids: units[line.id] ?? [] })),
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

/** A photo file as the slip route takes it: name, type and base64 content. */
async function photoBody(file: File): Promise<SlipPhotoBody> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ""
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { filename: file.name, mime_type: file.type || "application/octet-stream", content: btoa(binary) }
}

/**
 * The exit or return slip: when, the condition of each unit with its meter readings, the two signature
 * names; a return also flags damage or missing items and adds charges.
 */
export function SlipDrawer({ rental, kind, onClose }: DrawerProps & { kind: "exit" | "return" }) {
  const { t } = useTranslation()
  const exit = useRecordExit()
  const ret = useRecordReturn()
  const now = new Date()
  const [performedAt, setPerformedAt] = useState(new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16))
  const [notes, setNotes] = useState("")
  const [clientName, setClientName] = useState("")
  const [staffName, setStaffName] = useState("")
  const [damage, setDamage] = useState(false)
  const [missing, setMissing] = useState("")
  const [damageAmount, setDamageAmount] = useState("")
  const [damageNote, setDamageNote] = useState("")
  const [photos, setPhotos] = useState<File[]>([])
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
    const slip = {
      _id: rental.id,
      performed_at: new Date(performedAt).toISOString(),
      condition_notes: notes.trim() || null,
      client_signature_name: clientName.trim() || null,
      staff_signature_name: staffName.trim() || null,
      units,
      ...(photos.length ? { photos: await Promise.all(photos.map(photoBody)) } : {}),
    }
    if (kind === "exit") await exit.mutateAsync(slip)
    else
      await ret.mutateAsync({
        ...slip,
        damage,
        ...(damage && damageAmount.trim() ? { damage_amount: Number(damageAmount) } : {}),
        damage_note: damage ? damageNote.trim() || null : null,
        missing_items: missing.trim() || null,
      })
    toast.success(t(p(kind === "exit" ? "exitDone" : "returnDone")))
    onClose()
  }

  return (
    <FormDrawer
      title={t(p(kind === "exit" ? "exitTitle" : "returnTitle"))}
      onClose={onClose}
      onSubmit={submit}
      isPending={exit.isPending || ret.isPending}
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
          {damage ? (
            <>
              <Field id="slip-damage-amount" label={t(p("damageAmount"))}>
                <Input id="slip-damage-amount" type="number" min={0} step="0.01" value={damageAmount} onChange={(e) => setDamageAmount(e.target.value)} data-testid="slip-damage-amount" />
              </Field>
              <Field id="slip-damage-note" label={t(p("damageNote"))}>
                <Textarea id="slip-damage-note" maxLength={1000} value={damageNote} onChange={(e) => setDamageNote(e.target.value)} />
              </Field>
            </>
          ) : null}
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(p("chargesHint"))}
          </Text>
        </>
      ) : null}
      <Field id="slip-photos" label={t(p("photos"))}>
        <input
          id="slip-photos"
          type="file"
          accept="image/*"
          multiple
          className="txt-compact-small"
          onChange={(e) => setPhotos(Array.from(e.target.files ?? []).slice(0, 10))}
        />
      </Field>
      <Field id="slip-client-signature" label={t(p("clientSignature"))}>
        <Input id="slip-client-signature" maxLength={200} value={clientName} onChange={(e) => setClientName(e.target.value)} />
      </Field>
      <Field id="slip-staff-signature" label={t(p("staffSignature"))}>
        <Input id="slip-staff-signature" maxLength={200} value={staffName} onChange={(e) => setStaffName(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
