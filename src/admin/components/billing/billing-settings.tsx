import { Button, Container, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { DEFAULT_BILLING_SETTINGS, INVOICE_NUMBER_PREFIX, ISSUE_ON, type BillingSettings, type IssueOn } from "../../../modules/billing/contract"
import { useUpdatePortalSettings } from "../../hooks/api/client-accounts"
import { Field } from "../common/query-state"
import { SectionHeader } from "../common/section-header"

/** The invoicing part of the portal settings: payment terms, automatic issue, reminders, footer; saved on its own. */
export function BillingSettingsSection({ stored }: { stored: Partial<BillingSettings> | null }) {
  const { t } = useTranslation()
  const save = useUpdatePortalSettings()
  const [form, setForm] = useState<BillingSettings>({ ...DEFAULT_BILLING_SETTINGS, ...stored })
  useEffect(() => setForm({ ...DEFAULT_BILLING_SETTINGS, ...stored }), [stored])
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await save.mutateAsync({
        billing: {
          payment_terms_days: Number(form.payment_terms_days),
          issue_on: form.issue_on,
          reminder_interval_days: Number(form.reminder_interval_days),
          invoice_footer: form.invoice_footer?.trim() ? form.invoice_footer.trim() : null,
        },
      })
      toast.success(t("clientPortal.settings.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const example = `${INVOICE_NUMBER_PREFIX.invoice}-${new Date().getUTCFullYear()}-00001`
  return (
    <Container className="divide-y p-0" data-testid="billing-settings">
      <SectionHeader title={t("clientPortal.billing.settings.title")} />
      <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("clientPortal.billing.settings.numbering", { example })}
        </Text>
        <Field id="billing-terms" label={t("clientPortal.billing.settings.paymentTerms")}>
          <Input
            id="billing-terms"
            type="number"
            min={0}
            max={365}
            value={form.payment_terms_days}
            onChange={(e) => setForm({ ...form, payment_terms_days: Number(e.target.value) })}
          />
        </Field>
        <Field id="billing-issue-on" label={t("clientPortal.billing.settings.issueOn")}>
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
        </Field>
        <Field id="billing-reminders" label={t("clientPortal.billing.settings.reminderInterval")}>
          <Input
            id="billing-reminders"
            type="number"
            min={0}
            max={90}
            value={form.reminder_interval_days}
            onChange={(e) => setForm({ ...form, reminder_interval_days: Number(e.target.value) })}
          />
        </Field>
        <Field id="billing-footer" label={t("clientPortal.billing.settings.footer")}>
          <Textarea id="billing-footer" rows={3} value={form.invoice_footer ?? ""} onChange={(e) => setForm({ ...form, invoice_footer: e.target.value })} />
        </Field>
        <div>
          <Button type="submit" isLoading={save.isPending}>
            {t("clientPortal.common.save")}
          </Button>
        </div>
      </form>
    </Container>
  )
}
