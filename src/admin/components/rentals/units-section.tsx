import { Button, Container, IconButton, Input, Table, Text, toast } from "@medusajs/ui"
import { XMarkMini } from "@medusajs/icons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FormDrawer } from "../common/form-drawer"
import { Field, QueryState } from "../common/query-state"
import { SearchInput } from "../common/search-input"
import { SectionHeader } from "../common/section-header"
import { useEquipmentList } from "../../hooks/api/fleet"
import { useAddUnitBlock, useRemoveUnitBlock, useRentalUnits, useSaveRentalUnit, type AdminRentalModel, type AdminRentalUnit } from "../../hooks/api/rentals"
import { formatPeriod } from "./rental-format"

const k = (key: string) => `clientPortal.rentals.units.${key}`

/** A unit is a fleet machine: staff pick it from the fleet, so its meters and maintenance log stay one history. */
function AddUnitDrawer({ model, onClose }: { model: AdminRentalModel; onClose: () => void }) {
  const { t } = useTranslation()
  const save = useSaveRentalUnit()
  const [q, setQ] = useState("")
  const [picked, setPicked] = useState<string | null>(null)
  const { data } = useEquipmentList({ q: q.trim(), limit: 20, offset: 0 })
  const submit = async () => {
    if (!picked) return
    await save.mutateAsync({ model_id: model.id, equipment_id: picked })
    toast.success(t(k("saved")))
    onClose()
  }
  return (
    <FormDrawer title={t(k("addUnit"))} onClose={onClose} onSubmit={submit} isPending={save.isPending} testId="unit-form" saveTestId="unit-save">
      <SearchInput label={t(k("equipment"))} value={q} onChange={setQ} />
      <fieldset className="flex flex-col gap-y-1">
        <legend className="sr-only">{t(k("equipment"))}</legend>
        {(data?.equipment ?? []).map((equipment) => (
          <label key={equipment.id} className="flex items-center gap-x-2 txt-compact-small">
            <input type="radio" name="equipment" value={equipment.id} checked={picked === equipment.id} onChange={() => setPicked(equipment.id)} />
            {equipment.name} · {equipment.serial_number}
          </label>
        ))}
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
  const save = useSaveRentalUnit()
  const remove = useRemoveUnitBlock()
  const [adding, setAdding] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="units-section">
      <SectionHeader title={t(k("unitsOf"), { title: model.title })}>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          {t(k("addUnit"))}
        </Button>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.rental_units.length} empty={t(k("noUnits"))}>
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
            {data?.rental_units.map((unit) => (
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
                    onClick={() => save.mutate({ _id: unit.id, active: !unit.active }, { onError: (e) => toast.error(e.message) })}
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
