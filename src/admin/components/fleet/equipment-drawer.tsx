import { Input, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { Field } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import { AccountSelect } from "../client-accounts/account-select"
import { SiteSelect } from "../client-accounts/site-select"
import { VariantField, type VariantOption } from "../common/variant-picker"
import { EQUIPMENT_STATUSES, type EquipmentBody, type EquipmentDetail, type EquipmentStatus } from "../../hooks/api/fleet"
import { useVariantsById } from "../../hooks/api/product-variants"
import { dayToIso, isoToDay } from "./format"

const TEXT = ["name", "serial_number", "brand"] as const
const DATES = ["installation_date", "warranty_end"] as const

/**
 * The machine's catalogue model as saved, by name: the catalogue's "Product — Variant (SKU)" once loaded,
 * until then (or if the variant left the catalogue) the product title the machine page shows.
 */
function useSavedModel(equipment: EquipmentDetail | undefined): VariantOption | null {
  const variantId = equipment?.variant_id ?? null
  const { data } = useVariantsById(variantId ? [variantId] : [])
  if (!variantId) return null
  return data?.find((v) => v.id === variantId) ?? { id: variantId, title: "", sku: null, product_title: equipment?.model ?? variantId }
}

/**
 * Create or edit a machine, as a drawer sub-route: closing it goes back to the page below. The account is
 * chosen once (a machine does not change owner here); its sites fill the site list. The model is picked
 * from Medusa's catalogue.
 */
export function EquipmentDrawer(props: {
  equipment?: EquipmentDetail
  onSubmit: (body: EquipmentBody) => Promise<{ equipment: EquipmentDetail }>
  isPending: boolean
  backTo: string
}) {
  const { equipment, onSubmit, isPending, backTo } = props
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [accountId, setAccountId] = useState(equipment?.account_id ?? "")
  const [siteId, setSiteId] = useState(equipment?.site_id ?? "")
  const [status, setStatus] = useState<EquipmentStatus>(equipment?.status ?? "in_service")
  const savedModel = useSavedModel(equipment)
  // Undefined until staff pick or clear: the saved model stays, shown as soon as its name arrives.
  const [pickedModel, setPickedModel] = useState<VariantOption | null | undefined>(undefined)
  const model = pickedModel === undefined ? savedModel : pickedModel
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(TEXT.map((f) => [f, equipment?.[f] ?? ""])),
    ...Object.fromEntries(DATES.map((f) => [f, isoToDay(equipment?.[f])])),
    notes: equipment?.notes ?? "",
  }))
  const close = () => navigate(backTo)

  const submit = async () => {
    const text = (key: string) => values[key].trim() || null
    const body: EquipmentBody = {
      site_id: siteId,
      name: values.name.trim(),
      serial_number: values.serial_number.trim(),
      brand: text("brand"),
      variant_id: model?.id ?? null,
      status,
      installation_date: dayToIso(values.installation_date),
      warranty_end: dayToIso(values.warranty_end),
      notes: text("notes"),
      ...(equipment ? {} : { account_id: accountId }),
    }
    const { equipment: saved } = await onSubmit(body)
    toast.success(t("clientPortal.fleet.saved", { name: saved.name }))
    navigate(equipment ? backTo : `/client-portal/fleet/${saved.id}`)
  }

  return (
    <FormDrawer
      title={equipment ? t("clientPortal.fleet.edit") : t("clientPortal.fleet.create")}
      onClose={close}
      onSubmit={submit}
      isPending={isPending}
      testId="equipment-form"
    >
      <Field id="equipment-account" label={t("clientPortal.fleet.fields.account")}>
        <AccountSelect
          id="equipment-account"
          value={accountId}
          onValueChange={(value) => (setAccountId(value), setSiteId(""))}
          disabled={!!equipment}
          placeholder={t("clientPortal.fleet.choose")}
        />
      </Field>
      <Field id="equipment-site" label={t("clientPortal.fleet.fields.site")}>
        <SiteSelect
          id="equipment-site"
          accountId={accountId}
          value={siteId}
          onValueChange={setSiteId}
          disabled={!accountId}
          placeholder={t("clientPortal.fleet.choose")}
        />
      </Field>
      {TEXT.map((field) => (
        <Field key={field} id={`equipment-${field}`} label={t(`clientPortal.fleet.fields.${field}`)}>
          <Input
            id={`equipment-${field}`}
            value={values[field]}
            required={field === "name" || field === "serial_number"}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </Field>
      ))}
      <Field id="equipment-model" label={t("clientPortal.fleet.fields.model")} hint={t("clientPortal.fleet.modelHint")}>
        <VariantField
          id="equipment-model"
          value={model}
          onChange={setPickedModel}
          labels={{ search: t("clientPortal.fleet.picker.search"), empty: t("clientPortal.fleet.picker.empty"), clear: t("clientPortal.fleet.picker.clear") }}
        />
      </Field>
      <Field id="equipment-status" label={t("clientPortal.fleet.fields.status")}>
        <Select value={status} onValueChange={(value) => setStatus(value as EquipmentStatus)}>
          <Select.Trigger id="equipment-status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {EQUIPMENT_STATUSES.map((value) => (
              <Select.Item key={value} value={value}>
                {t(`clientPortal.fleet.status.${value}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      {DATES.map((field) => (
        <Field key={field} id={`equipment-${field}`} label={t(`clientPortal.fleet.fields.${field}`)}>
          <Input id={`equipment-${field}`} type="date" value={values[field]} onChange={(e) => setValues({ ...values, [field]: e.target.value })} />
        </Field>
      ))}
      <Field id="equipment-notes" label={t("clientPortal.fleet.fields.notes")}>
        <Textarea id="equipment-notes" value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} />
      </Field>
    </FormDrawer>
  )
}
