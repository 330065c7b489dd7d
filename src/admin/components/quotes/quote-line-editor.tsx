import { Trash } from "@medusajs/icons"
import { Button, Checkbox, IconButton, Input, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatMoney } from "./quote-format"

/** One line as the form holds it: numbers stay strings while staff type them. */
export type LineDraft = {
  key: string
  variant_id: string | null
  /** "Product · Variant (SKU)" of a variant line, for display only. */
  label: string
  title: string
  description: string
  quantity: string
  unit_price: string
  discount_percent: string
  is_optional: boolean
  selected: boolean
}

let counter = 0
export const newLine = (values: Partial<LineDraft> = {}): LineDraft => ({
  key: `line-${++counter}`,
  variant_id: null,
  label: "",
  title: "",
  description: "",
  quantity: "1",
  unit_price: "",
  discount_percent: "0",
  is_optional: false,
  selected: true,
  ...values,
})

/**
 * One line of the quote form. A variant line shows Medusa's price for the client; an empty unit price keeps
 * it, a typed one overrides it. A free line needs its own title and price.
 */
export function LineEditor({
  line,
  index,
  medusaPrice,
  currencyCode,
  locale,
  onChange,
  onRemove,
}: {
  line: LineDraft
  index: number
  medusaPrice: number | null | undefined
  currencyCode: string
  locale: string
  onChange: (line: LineDraft) => void
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const id = (field: string) => `line-${index}-${field}`
  const set = (values: Partial<LineDraft>) => onChange({ ...line, ...values })
  return (
    <fieldset className="flex flex-col gap-y-2 rounded-md border p-3" data-testid="quote-line-editor">
      <div className="flex items-start justify-between gap-x-2">
        <legend className="txt-compact-small-plus">
          {line.variant_id ? line.label : t("clientPortal.quotes.form.freeLine")}
        </legend>
        <IconButton size="small" variant="transparent" type="button" onClick={onRemove} aria-label={t("clientPortal.quotes.form.removeLine")}>
          <Trash />
        </IconButton>
      </div>
      <Input
        id={id("title")}
        size="small"
        aria-label={t("clientPortal.quotes.fields.lineTitle")}
        placeholder={line.variant_id ? line.label : t("clientPortal.quotes.fields.lineTitle")}
        required={!line.variant_id}
        value={line.title}
        onChange={(e) => set({ title: e.target.value })}
      />
      <Input
        id={id("description")}
        size="small"
        aria-label={t("clientPortal.quotes.fields.description")}
        placeholder={t("clientPortal.quotes.fields.description")}
        value={line.description}
        onChange={(e) => set({ description: e.target.value })}
      />
      <div className="grid grid-cols-3 gap-2">
        <label className="txt-compact-xsmall flex flex-col gap-y-1 text-ui-fg-subtle">
          {t("clientPortal.quotes.fields.quantity")}
          <Input id={id("quantity")} size="small" type="number" min={1} step={1} required value={line.quantity} onChange={(e) => set({ quantity: e.target.value })} />
        </label>
        <label className="txt-compact-xsmall flex flex-col gap-y-1 text-ui-fg-subtle">
          {t("clientPortal.quotes.fields.unitPrice")}
          <Input
            id={id("unit_price")}
            size="small"
            type="number"
            min={0}
            step="0.01"
            required={!line.variant_id}
            placeholder={medusaPrice != null ? String(medusaPrice) : ""}
            value={line.unit_price}
            onChange={(e) => set({ unit_price: e.target.value })}
          />
        </label>
        <label className="txt-compact-xsmall flex flex-col gap-y-1 text-ui-fg-subtle">
          {t("clientPortal.quotes.fields.discount")}
          <Input id={id("discount")} size="small" type="number" min={0} max={100} step="0.1" value={line.discount_percent} onChange={(e) => set({ discount_percent: e.target.value })} />
        </label>
      </div>
      {line.variant_id ? (
        <Text size="xsmall" className="text-ui-fg-subtle" data-testid="medusa-price">
          {medusaPrice != null
            ? t("clientPortal.quotes.form.medusaPrice", { price: formatMoney(medusaPrice, currencyCode, locale) })
            : t("clientPortal.quotes.form.noMedusaPrice")}
        </Text>
      ) : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        <label className="txt-compact-small flex items-center gap-x-2">
          <Checkbox id={id("optional")} checked={line.is_optional} onCheckedChange={(v) => set({ is_optional: v === true })} />
          {t("clientPortal.quotes.fields.optional")}
        </label>
        {line.is_optional ? (
          <label className="txt-compact-small flex items-center gap-x-2">
            <Checkbox id={id("selected")} checked={line.selected} onCheckedChange={(v) => set({ selected: v === true })} />
            {t("clientPortal.quotes.fields.selectedByDefault")}
          </label>
        ) : null}
      </div>
    </fieldset>
  )
}

export const AddLineButtons = ({ onFree, onProduct }: { onFree: () => void; onProduct: () => void }) => {
  const { t } = useTranslation()
  return (
    <div className="flex gap-x-2">
      <Button type="button" size="small" variant="secondary" onClick={onProduct}>
        {t("clientPortal.quotes.form.addProduct")}
      </Button>
      <Button type="button" size="small" variant="secondary" onClick={onFree}>
        {t("clientPortal.quotes.form.addFree")}
      </Button>
    </div>
  )
}
