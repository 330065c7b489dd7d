import { Input, Select, Switch, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AccountSelect } from "../client-accounts/account-select"
import { useStaffUsers, useVariantPrices, type Quote, type QuoteBody, type QuoteLineBody } from "../../hooks/api/quotes"
import { Field } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import { VariantPicker, variantLabel } from "../common/variant-picker"
import { AddLineButtons, LineEditor, newLine, type LineDraft } from "./quote-line-editor"

const NONE = "none"
const CURRENCIES = ["eur", "usd", "gbp", "chf", "czk"]
const DAY_MS = 24 * 3600 * 1000

const toDateInput = (iso: string) => iso.slice(0, 10)

function fromQuote(quote: Quote): LineDraft[] {
  return (quote.lines ?? []).map((line) =>
    newLine({
      variant_id: line.variant_id,
      label: line.variant_id ? variantLabel({ product_title: line.product_title ?? "", title: line.variant_title ?? "", sku: line.sku }) : "",
      // A variant line keeps Medusa's title unless staff gave it another one.
      title: line.variant_id && line.title === line.product_title ? "" : line.title,
      description: line.description ?? "",
      quantity: String(line.quantity),
      unit_price: String(line.unit_price),
      discount_percent: String(line.discount_percent),
      is_optional: line.is_optional,
      selected: line.selected,
    })
  )
}

/** A variant line whose price equals Medusa's keeps following Medusa's pricing rather than freezing an override. */
function toBody(line: LineDraft, medusaPrice: number | null | undefined): QuoteLineBody {
  const body: QuoteLineBody = {
    quantity: Number(line.quantity),
    discount_percent: Number(line.discount_percent || 0),
    is_optional: line.is_optional,
    selected: line.is_optional ? line.selected : true,
  }
  if (line.variant_id) body.variant_id = line.variant_id
  if (line.title.trim()) body.title = line.title.trim()
  if (line.description.trim()) body.description = line.description.trim()
  const price = line.unit_price.trim()
  if (price !== "" && !(line.variant_id && medusaPrice != null && Number(price) === medusaPrice)) body.unit_price = Number(price)
  return body
}

/**
 * Create and edit form of a draft quote, shown as a drawer sub-route: closing it goes back to the page
 * below. Saving replaces the draft's lines with the form's.
 */
export function QuoteFormDrawer({
  quote,
  accountId: initialAccountId,
  onSubmit,
  isPending,
  backTo,
}: {
  quote?: Quote
  accountId?: string
  onSubmit: (body: QuoteBody) => Promise<{ quote: Quote }>
  isPending: boolean
  backTo: string
}) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const users = useStaffUsers()
  const [accountId, setAccountId] = useState(quote?.account_id ?? initialAccountId ?? "")
  const [title, setTitle] = useState(quote?.title ?? "")
  const [currency, setCurrency] = useState(quote?.currency_code ?? "eur")
  const [validUntil, setValidUntil] = useState(toDateInput(quote?.valid_until ?? new Date(Date.now() + 30 * DAY_MS).toISOString()))
  const [notes, setNotes] = useState(quote?.notes ?? "")
  const [salesperson, setSalesperson] = useState(quote?.salesperson?.id ?? NONE)
  const [requiresSignature, setRequiresSignature] = useState(quote?.requires_signature ?? false)
  const [lines, setLines] = useState<LineDraft[]>(() => (quote ? fromQuote(quote) : []))
  const [picking, setPicking] = useState(false)
  const prices = useVariantPrices(accountId, lines.flatMap((l) => (l.variant_id ? [l.variant_id] : [])), currency)
  const close = () => navigate(backTo)

  const submit = async () => {
    if (!accountId) return void toast.error(t("clientPortal.quotes.form.accountRequired"))
    if (!lines.length) return void toast.error(t("clientPortal.quotes.form.linesRequired"))
    const body: QuoteBody = {
      ...(quote ? {} : { account_id: accountId }),
      title: title.trim(),
      currency_code: currency,
      // The quote stays valid through the whole chosen day, in the staff member's time zone.
      valid_until: new Date(`${validUntil}T23:59:59`).toISOString(),
      notes: notes.trim() || null,
      salesperson_id: salesperson === NONE ? null : salesperson,
      requires_signature: requiresSignature,
      lines: lines.map((line) => toBody(line, line.variant_id ? prices.data?.[line.variant_id] : undefined)),
    }
    const { quote: saved } = await onSubmit(body)
    toast.success(t("clientPortal.quotes.saved", { number: saved.number }))
    navigate(quote ? backTo : `/client-portal/quotes/${saved.id}`)
  }

  const updateLine = (index: number, line: LineDraft) => setLines(lines.map((l, i) => (i === index ? line : l)))

  return (
    <FormDrawer
      title={quote ? t("clientPortal.quotes.edit") : t("clientPortal.quotes.create")}
      onClose={close}
      onSubmit={submit}
      isPending={isPending}
      className="max-w-2xl"
      testId="quote-form"
      saveTestId="quote-save"
    >
      <Field id="quote-account" label={t("clientPortal.quotes.fields.account")}>
        <AccountSelect
          id="quote-account"
          value={accountId}
          onValueChange={setAccountId}
          disabled={!!quote}
          placeholder={t("clientPortal.quotes.form.chooseAccount")}
          withNumber
        />
      </Field>
      <Field id="quote-title" label={t("clientPortal.quotes.fields.title")}>
        <Input id="quote-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="quote-valid-until" label={t("clientPortal.quotes.fields.validUntil")}>
          <Input id="quote-valid-until" type="date" required value={validUntil} onChange={(e) => setValidUntil(e.target.value)} />
        </Field>
        <Field id="quote-currency" label={t("clientPortal.quotes.fields.currency")}>
          <Select value={currency} onValueChange={setCurrency}>
            <Select.Trigger id="quote-currency">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {CURRENCIES.map((c) => (
                <Select.Item key={c} value={c}>
                  {c.toUpperCase()}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </div>
      <Field id="quote-salesperson" label={t("clientPortal.quotes.fields.salesperson")}>
        <Select value={salesperson} onValueChange={setSalesperson}>
          <Select.Trigger id="quote-salesperson">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>{t("clientPortal.quotes.form.noSalesperson")}</Select.Item>
            {users.data?.map((user) => (
              <Select.Item key={user.id} value={user.id}>
                {[user.first_name, user.last_name].filter(Boolean).join(" ") || user.email}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch id="quote-signature" checked={requiresSignature} onCheckedChange={setRequiresSignature} />
        <label htmlFor="quote-signature" className="txt-compact-small">
          {t("clientPortal.quotes.fields.requiresSignature")}
        </label>
      </div>
      <Field id="quote-notes" label={t("clientPortal.quotes.fields.notes")}>
        <Textarea id="quote-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <div className="flex flex-col gap-y-2">
        <span className="txt-compact-small-plus">{t("clientPortal.quotes.lines")}</span>
        {lines.map((line, index) => (
          <LineEditor
            key={line.key}
            line={line}
            index={index}
            medusaPrice={line.variant_id ? prices.data?.[line.variant_id] : undefined}
            currencyCode={currency}
            locale={i18n.language}
            onChange={(l) => updateLine(index, l)}
            onRemove={() => setLines(lines.filter((_, i) => i !== index))}
          />
        ))}
        {picking ? (
          <VariantPicker
            labels={{ search: t("clientPortal.quotes.form.findProduct"), empty: t("clientPortal.quotes.form.noProducts") }}
            onPick={(variant) => {
              setLines([...lines, newLine({ variant_id: variant.id, label: variantLabel(variant) })])
              setPicking(false)
            }}
          />
        ) : null}
        <AddLineButtons onProduct={() => setPicking(true)} onFree={() => setLines([...lines, newLine()])} />
      </div>
    </FormDrawer>
  )
}
