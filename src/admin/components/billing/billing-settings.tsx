import { Button, Container, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent, type ReactNode } from "react"
import { useTranslation } from "react-i18next"
import {
  BILLING_SETTINGS_LIMITS,
  formatInvoiceNumber,
  INVOICE_KINDS,
  ISSUE_ON,
  type BillingSettings,
  type InvoiceKind,
  type IssueOn,
} from "../../../modules/billing/contract"
import { useUpdatePortalSettings } from "../../hooks/api/client-accounts"
import { SectionHeader } from "../common/section-header"

/** The form keeps numbers as typed, so a cleared field shows its message instead of turning into 0. */
type Draft = Omit<BillingSettings, "payment_terms_days" | "reminder_interval_days" | "number_digits"> & {
  payment_terms_days: string
  reminder_interval_days: string
  number_digits: string
}
type Errors = Partial<Record<"payment_terms_days" | "reminder_interval_days" | "number_digits" | "invoice_footer" | InvoiceKind, string>>

const draftOf = (settings: BillingSettings): Draft => ({
  ...settings,
  payment_terms_days: String(settings.payment_terms_days),
  reminder_interval_days: String(settings.reminder_interval_days),
  number_digits: String(settings.number_digits),
})

const wholeIn = (text: string, { min, max }: { min: number; max: number }) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max

/** The invoicing part of the portal settings: numbering, payment terms, automatic issue, reminders, footer; saved on its own. */
export function BillingSettingsSection({ stored }: { stored: BillingSettings }) {
  const { t } = useTranslation()
  const save = useUpdatePortalSettings()
  const [form, setForm] = useState<Draft>(draftOf(stored))
  const [errors, setErrors] = useState<Errors>({})
  useEffect(() => setForm(draftOf(stored)), [stored])

  const validate = (): Errors => {
    const found: Errors = {}
    const L = BILLING_SETTINGS_LIMITS
    if (!wholeIn(form.payment_terms_days, L.payment_terms_days)) found.payment_terms_days = t("clientPortal.billing.settings.errors.days", L.payment_terms_days)
    if (!wholeIn(form.reminder_interval_days, L.reminder_interval_days)) found.reminder_interval_days = t("clientPortal.billing.settings.errors.days", L.reminder_interval_days)
    if (!wholeIn(form.number_digits, L.number_digits)) found.number_digits = t("clientPortal.billing.settings.errors.digits", L.number_digits)
    if ((form.invoice_footer ?? "").length > L.invoice_footer.max) found.invoice_footer = t("clientPortal.billing.settings.errors.footer", L.invoice_footer)
    const seen = new Set<string>()
    for (const kind of INVOICE_KINDS) {
      const prefix = form.number_prefixes[kind].trim()
      if (!L.number_prefix.test(prefix)) found[kind] = t("clientPortal.billing.settings.errors.prefix")
      else if (seen.has(prefix.toUpperCase())) found[kind] = t("clientPortal.billing.settings.errors.prefixTaken")
      seen.add(prefix.toUpperCase())
    }
    return found
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validate()
    setErrors(found)
    if (Object.keys(found).length) return
    try {
      await save.mutateAsync({
        billing: {
          payment_terms_days: Number(form.payment_terms_days),
          issue_on: form.issue_on,
          reminder_interval_days: Number(form.reminder_interval_days),
          invoice_footer: form.invoice_footer?.trim() ? form.invoice_footer.trim() : null,
          number_prefixes: Object.fromEntries(INVOICE_KINDS.map((kind) => [kind, form.number_prefixes[kind].trim()])) as BillingSettings["number_prefixes"],
          number_digits: Number(form.number_digits),
        },
      })
      toast.success(t("clientPortal.settings.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  const digits = wholeIn(form.number_digits, BILLING_SETTINGS_LIMITS.number_digits) ? Number(form.number_digits) : stored.number_digits
  const example = formatInvoiceNumber("invoice", new Date().getUTCFullYear(), 1, { number_prefixes: form.number_prefixes, number_digits: digits })
  return (
    <Container className="divide-y p-0" data-testid="billing-settings">
      <SectionHeader title={t("clientPortal.billing.settings.title")} />
      <form onSubmit={submit} noValidate className="flex flex-col gap-y-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("clientPortal.billing.settings.numbering", { example })}
        </Text>
        <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
          {INVOICE_KINDS.map((kind) => (
            <Checked key={kind} id={`billing-prefix-${kind}`} label={t("clientPortal.billing.settings.prefix", { kind: t(`clientPortal.billing.kinds.${kind}`) })} error={errors[kind]}>
              <Input
                id={`billing-prefix-${kind}`}
                value={form.number_prefixes[kind]}
                maxLength={10}
                aria-invalid={!!errors[kind]}
                aria-describedby={errors[kind] ? `billing-prefix-${kind}-error` : undefined}
                onChange={(e) => setForm({ ...form, number_prefixes: { ...form.number_prefixes, [kind]: e.target.value } })}
              />
            </Checked>
          ))}
          <Checked id="billing-digits" label={t("clientPortal.billing.settings.digits")} error={errors.number_digits}>
            <Input
              id="billing-digits"
              type="number"
              min={BILLING_SETTINGS_LIMITS.number_digits.min}
              max={BILLING_SETTINGS_LIMITS.number_digits.max}
              value={form.number_digits}
              aria-invalid={!!errors.number_digits}
              aria-describedby={errors.number_digits ? "billing-digits-error" : undefined}
              onChange={(e) => setForm({ ...form, number_digits: e.target.value })}
            />
          </Checked>
        </div>
        <Checked id="billing-terms" label={t("clientPortal.billing.settings.paymentTerms")} error={errors.payment_terms_days}>
          <Input
            id="billing-terms"
            type="number"
            min={BILLING_SETTINGS_LIMITS.payment_terms_days.min}
            max={BILLING_SETTINGS_LIMITS.payment_terms_days.max}
            value={form.payment_terms_days}
            aria-invalid={!!errors.payment_terms_days}
            aria-describedby={errors.payment_terms_days ? "billing-terms-error" : undefined}
            onChange={(e) => setForm({ ...form, payment_terms_days: e.target.value })}
          />
        </Checked>
        <Checked id="billing-issue-on" label={t("clientPortal.billing.settings.issueOn")}>
          <Select value={form.issue_on} onValueChange={(value) => setForm({ ...form, issue_on: value as IssueOn })}>
            <Select.Trigger id="billing-issue-on">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {ISSUE_ON.map((option) => (
                <Select.Item key={option} value={option}>
                  {t(`clientPortal.billing.settings.issueOnOptions.${option}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Checked>
        <Checked id="billing-reminders" label={t("clientPortal.billing.settings.reminderInterval")} error={errors.reminder_interval_days}>
          <Input
            id="billing-reminders"
            type="number"
            min={BILLING_SETTINGS_LIMITS.reminder_interval_days.min}
            max={BILLING_SETTINGS_LIMITS.reminder_interval_days.max}
            value={form.reminder_interval_days}
            aria-invalid={!!errors.reminder_interval_days}
            aria-describedby={errors.reminder_interval_days ? "billing-reminders-error" : undefined}
            onChange={(e) => setForm({ ...form, reminder_interval_days: e.target.value })}
          />
        </Checked>
        <Checked id="billing-footer" label={t("clientPortal.billing.settings.footer")} error={errors.invoice_footer}>
          <Textarea
            id="billing-footer"
            rows={3}
            value={form.invoice_footer ?? ""}
            aria-invalid={!!errors.invoice_footer}
            aria-describedby={errors.invoice_footer ? "billing-footer-error" : undefined}
            onChange={(e) => setForm({ ...form, invoice_footer: e.target.value })}
          />
        </Checked>
        <div>
          <Button type="submit" isLoading={save.isPending}>
            {t("clientPortal.common.save")}
          </Button>
        </div>
      </form>
    </Container>
  )
}

/** A labelled field with its validation message under it, tied to the input for screen readers. */
function Checked({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <label htmlFor={id} className="txt-compact-small-plus text-ui-fg-base">
        {label}
      </label>
      {children}
      {error ? (
        <span id={`${id}-error`} role="alert" className="txt-compact-xsmall text-ui-fg-error">
          {error}
        </span>
      ) : null}
    </div>
  )
}
