import { Button, IconButton, Input, Select, Textarea, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FormDrawer } from "../common/form-drawer"
import { Field } from "../common/query-state"
import { VariantField, type VariantOption } from "../common/variant-picker"
import { useCustomerGroups, useSaveRentalModel, type AdminRentalModel, type RateBody } from "../../hooks/api/rentals"

type RateDraft = Record<keyof RateBody, string>

const EMPTY_RATE: RateDraft = {
  currency_code: "eur",
  day_rate: "",
  week_rate: "",
  month_rate: "",
  deposit: "0",
  meter_allowance_per_day: "",
  extra_meter_rate: "",
  customer_group_id: "",
}

const draftOf = (rate: AdminRentalModel["rates"][number]): RateDraft => ({
  currency_code: rate.currency_code,
  day_rate: String(rate.day_rate),
  week_rate: rate.week_rate === null ? "" : String(rate.week_rate),
  month_rate: rate.month_rate === null ? "" : String(rate.month_rate),
  deposit: String(rate.deposit),
  meter_allowance_per_day: rate.meter_allowance_per_day === null ? "" : String(rate.meter_allowance_per_day),
  extra_meter_rate: rate.extra_meter_rate === null ? "" : String(rate.extra_meter_rate),
  customer_group_id: rate.customer_group_id ?? "",
})

const optional = (value: string) => (value.trim() === "" ? null : Number(value))

/** The Select's value for the general rate (a Select item cannot have an empty value). */
const GENERAL = "general"

/** A rentable model: its catalogue variant (chosen once), the title and text clients read, the buffer and the rates. */
export function ModelDrawer({ model, onClose }: { model: AdminRentalModel | null; onClose: () => void }) {
  const { t } = useTranslation()
  const save = useSaveRentalModel()
  const [variant, setVariant] = useState<VariantOption | null>(null)
  const [title, setTitle] = useState(model?.title ?? "")
  const [description, setDescription] = useState(model?.description ?? "")
  const [buffer, setBuffer] = useState(String(model?.buffer_hours ?? 24))
  const [rates, setRates] = useState<RateDraft[]>(model?.rates.length ? model.rates.map(draftOf) : [EMPTY_RATE])
  const groups = useCustomerGroups()
  const k = (key: string) => `clientPortal.rentals.units.${key}`

  const submit = async () => {
    await save.mutateAsync({
      ...(model ? { _id: model.id } : { variant_id: variant?.id }),
      title: title.trim() || undefined,
      description: description.trim() || null,
      buffer_hours: Number(buffer),
      rates: rates.map((rate) => ({
        currency_code: rate.currency_code.trim().toLowerCase(),
        day_rate: Number(rate.day_rate),
        week_rate: optional(rate.week_rate),
        month_rate: optional(rate.month_rate),
        deposit: Number(rate.deposit || 0),
        meter_allowance_per_day: optional(rate.meter_allowance_per_day),
        extra_meter_rate: optional(rate.extra_meter_rate),
        customer_group_id: rate.customer_group_id || null,
      })),
    })
    toast.success(t(k("saved")))
    onClose()
  }

  const rateField = (index: number, key: keyof RateDraft, label: string, type = "number") => (
    <Field id={`rate-${index}-${key}`} label={label}>
      <Input
        id={`rate-${index}-${key}`}
        type={type}
        min={type === "number" ? 0 : undefined}
        step={type === "number" ? "0.01" : undefined}
        required={key === "day_rate" || key === "currency_code"}
        value={rates[index]?.[key] ?? ""}
        onChange={(e) => setRates(rates.map((r, i) => (i === index ? { ...r, [key]: e.target.value } : r)))}
      />
    </Field>
  )

  return (
    <FormDrawer title={model ? model.title : t(k("createModel"))} onClose={onClose} onSubmit={submit} isPending={save.isPending} testId="model-form" saveTestId="model-save">
      {model ? null : (
        <Field id="model-variant" label={t(k("variant"))}>
          <VariantField
            id="model-variant"
            value={variant}
            onChange={(picked) => {
              setVariant(picked)
              if (picked && !title) setTitle(picked.product_title)
            }}
            labels={{ search: t(k("variantSearch")), empty: t(k("variantEmpty")), clear: t("clientPortal.common.cancel") }}
          />
        </Field>
      )}
      <Field id="model-title" label={t(k("modelTitle"))}>
        <Input id="model-title" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id="model-description" label={t(k("description"))}>
        <Textarea id="model-description" maxLength={5000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <Field id="model-buffer" label={t(k("buffer"))}>
        <Input id="model-buffer" type="number" min={0} step={1} required value={buffer} onChange={(e) => setBuffer(e.target.value)} />
      </Field>
      <fieldset className="flex flex-col gap-y-3">
        <legend className="txt-compact-small-plus">{t(k("rates"))}</legend>
        {rates.map((_, index) => (
          <div key={index} className="grid grid-cols-2 gap-2 rounded-md border p-3 md:grid-cols-4" data-testid="rate-row">
            {rateField(index, "currency_code", t(k("currency")), "text")}
            {rateField(index, "day_rate", t(k("dayRate")))}
            {rateField(index, "week_rate", t(k("weekRate")))}
            {rateField(index, "month_rate", t(k("monthRate")))}
            {rateField(index, "deposit", t(k("deposit")))}
            {rateField(index, "meter_allowance_per_day", t(k("allowance")))}
            {rateField(index, "extra_meter_rate", t(k("extraRate")))}
            <Field id={`rate-${index}-customer_group_id`} label={t(k("customerGroup"))}>
              <Select
                value={rates[index]?.customer_group_id || GENERAL}
                onValueChange={(value) => setRates(rates.map((r, i) => (i === index ? { ...r, customer_group_id: value === GENERAL ? "" : value } : r)))}
              >
                <Select.Trigger id={`rate-${index}-customer_group_id`} data-testid="rate-customer-group">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={GENERAL}>{t(k("generalRate"))}</Select.Item>
                  {(groups.data?.customer_groups ?? []).map((group) => (
                    <Select.Item key={group.id} value={group.id}>
                      {group.name ?? group.id}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
            <div className="flex items-end">
              <IconButton type="button" variant="transparent" aria-label={t(k("removeRate"))} onClick={() => setRates(rates.filter((__, i) => i !== index))}>
                <Trash />
              </IconButton>
            </div>
          </div>
        ))}
        <div>
          <Button type="button" size="small" variant="secondary" onClick={() => setRates([...rates, { ...EMPTY_RATE, currency_code: "" }])}>
            {t(k("addRate"))}
          </Button>
        </div>
      </fieldset>
    </FormDrawer>
  )
}
