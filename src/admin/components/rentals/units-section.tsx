import { Button, Container, IconButton, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { XMarkMini } from "@medusajs/icons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FormDrawer } from "../common/form-drawer"
import { Field, QueryState } from "../common/query-state"
import { SectionHeader } from "../common/section-header"
import { useAddUnitBlock, useCreateRentalUnit, useRemoveUnitBlock, useRentalUnits, useSetUnitActive, type AdminRentalModel, type AdminRentalUnit } from "../../hooks/api/rentals"
import { formatPeriod } from "./rental-format"

const k = (key: string) => `clientPortal.rentals.units.${key}`

const METER_KINDS = ["hours", "counter", "kilometres", "energy"] as const

/**
 * A new unit is a new machine of the business in the fleet (serial, name, brand and its meter), so its
 * readings and maintenance log stay one history across every rental.
 */
function AddUnitDrawer({ model, onClose }: { model: AdminRentalModel; onClose: () => void }) {
  const { t } = useTranslation()
  const create = useCreateRentalUnit()
  const [serial, setSerial] = useState("")
  const [name, setName] = useState(model.title)
  const [brand, setBrand] = useState("")
  const [meterName, setMeterName] = useState("")
  const [meterKind, setMeterKind] = useState<(typeof METER_KINDS)[number]>("hours")
  const [meterUnit, setMeterUnit] = useState("h")
  const [meterInitial, setMeterInitial] = useState("")
  const submit = async () => {
    await create.mutateAsync({
      model_id: model.id,
      serial_number: serial.trim(),
      name: name.trim(),
      brand: brand.trim() || null,
      meter: meterName.trim()
        ? { name: meterName.trim(), kind: meterKind, unit: meterUnit.trim(), ...(meterInitial.trim() ? { initial_value: Number(meterInitial) } : {}) }
        : null,
    })
    toast.success(t(k("saved")))
    onClose()
  }
  return (
    <FormDrawer title={t(k("addUnit"))} onClose={onClose} onSubmit={submit} isPending={create.isPending} testId="unit-form" saveTestId="unit-save">
      <Field id="unit-serial" label={t(k("serial"))}>
        <Input id="unit-serial" required maxLength={200} value={serial} onChange={(e) => setSerial(e.target.value)} />
      </Field>
      <Field id="unit-name" label={t(k("name"))}>
        <Input id="unit-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="unit-brand" label={t(k("brand"))}>
        <Input id="unit-brand" maxLength={200} value={brand} onChange={(e) => setBrand(e.target.value)} />
      </Field>
      <fieldset className="grid grid-cols-2 gap-2 rounded-md border p-3">
        <legend className="txt-compact-small-plus px-1">{t(k("meter"))}</legend>
        <Field id="unit-meter-name" label={t(k("meterName"))}>
          <Input id="unit-meter-name" maxLength={200} value={meterName} onChange={(e) => setMeterName(e.target.value)} />
        </Field>
        <Field id="unit-meter-kind" label={t(k("meterKind"))}>
          <Select value={meterKind} onValueChange={(value) => setMeterKind(value as (typeof METER_KINDS)[number])}>
            <Select.Trigger id="unit-meter-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {METER_KINDS.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {t(`clientPortal.fleet.meters.kind.${kind}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="unit-meter-unit" label={t(k("meterUnit"))}>
          <Input id="unit-meter-unit" maxLength={20} value={meterUnit} onChange={(e) => setMeterUnit(e.target.value)} />
        </Field>
        <Field id="unit-meter-initial" label={t(k("meterInitial"))}>
          <Input id="unit-meter-initial" type="number" min={0} step="any" value={meterInitial} onChange={(e) => setMeterInitial(e.target.value)} />
        </Field>
      </fieldset>
    </FormDrawer>
  )
}

/** Blocking a unit for maintenance: a period during which it is never offered nor assigned. */
function BlockForm({ unit }: { unit: AdminRentalUnit }) {
  const { t } = useTranslation()
  const add = useAddUnitBlock()
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const [reason, setReason] = useState("")
  const submit = async () => {
    try {
      await add.mutateAsync({ _id: unit.id, starts_at: `${from}T00:00:00.000Z`, ends_at: `${to}T00:00:00.000Z`, reason: reason.trim() || null })
      setFrom("")
      setTo("")
      setReason("")
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <form
      className="grid grid-cols-1 items-end gap-2 md:grid-cols-[9rem_9rem_1fr_auto]"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <Field id={`block-from-${unit.id}`} label={t(k("blockFrom"))}>
        <Input id={`block-from-${unit.id}`} size="small" type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field id={`block-to-${unit.id}`} label={t(k("blockTo"))}>
        <Input id={`block-to-${unit.id}`} size="small" type="date" required value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <Field id={`block-reason-${unit.id}`} label={t(k("blockReason"))}>
        <Input id={`block-reason-${unit.id}`} size="small" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <Button size="small" variant="secondary" type="submit" isLoading={add.isPending}>
        {t(k("addBlock"))}
      </Button>
    </form>
  )
}

/** The units of one model, each with its fleet machine, whether it is rentable, and its maintenance blocks. */
export function UnitsSection({ model }: { model: AdminRentalModel }) {
  const { t, i18n } = useTranslation()
  const { data, isPending, error } = useRentalUnits({ model_id: model.id, limit: 100, offset: 0 })
  const setActive = useSetUnitActive()
  const remove = useRemoveUnitBlock()
  const [adding, setAdding] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="units-section">
      <SectionHeader title={t(k("unitsOf"), { title: model.title })}>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t(k("addUnit"))}
        </Button>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.units.length} empty={t(k("noUnits"))}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t(k("name"))}</Table.HeaderCell>
              <Table.HeaderCell>{t(k("serial"))}</Table.HeaderCell>
              <Table.HeaderCell>{t(k("active"))}</Table.HeaderCell>
              <Table.HeaderCell>{t(k("blocks"))}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.units.map((unit) => (
              <Table.Row key={unit.id} data-testid="unit-row">
                <Table.Cell>
                  <Link to={`/client-portal/fleet/${unit.equipment_id}`} className="text-ui-fg-interactive hover:underline">
                    {unit.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{unit.serial_number}</Table.Cell>
                <Table.Cell>
                  <Button
                    size="small"
                    variant="transparent"
                    onClick={() => setActive.mutate({ _id: unit.id, active: !unit.active }, { onError: (e) => toast.error(e.message) })}
                  >
                    {unit.active ? t(k("active")) : t(k("inactive"))}
                  </Button>
                </Table.Cell>
                <Table.Cell className="py-2">
                  <ul className="flex flex-col gap-y-1">
                    {unit.blocks.map((block) => (
                      <li key={block.id} className="flex items-center gap-x-1">
                        <Text size="small">
                          {formatPeriod(block.starts_at, block.ends_at, i18n.language)}
                          {block.reason ? ` · ${block.reason}` : ""}
                        </Text>
                        <IconButton
                          size="small"
                          variant="transparent"
                          aria-label={t(k("removeBlock"))}
                          onClick={() => remove.mutate({ _id: unit.id, _blockId: block.id }, { onError: (e) => toast.error(e.message) })}
                        >
                          <XMarkMini />
                        </IconButton>
                      </li>
                    ))}
                  </ul>
                  <BlockForm unit={unit} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      {adding ? <AddUnitDrawer model={model} onClose={() => setAdding(false)} /> : null}
    </Container>
  )
}
