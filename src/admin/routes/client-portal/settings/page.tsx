import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Input, Switch, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { BillingSettingsSection } from "../../../components/billing/billing-settings"
import { PageHeader } from "../../../components/common/page-header"
import { Field, QueryState } from "../../../components/common/query-state"
import { usePortalSettings, useUpdatePortalSettings, type PortalSettings } from "../../../hooks/api/client-accounts"

const SECTIONS = ["sales", "fleet", "interventions", "rentals", "support", "documents"] as const
const METHODS = ["email_code", "sms_code", "secure_link", "activation_letter"] as const

const PortalSettingsPage = () => {
  const { t } = useTranslation()
  const { data, isPending, error } = usePortalSettings()
  const save = useUpdatePortalSettings()
  const [form, setForm] = useState<PortalSettings | null>(null)
  useEffect(() => {
    if (data) setForm(data)
  }, [data])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!form) return
    const text = (v: string | null) => (v && v.trim() ? v.trim() : null)
    try {
      await save.mutateAsync({
        business_name: text(form.business_name),
        logo_url: text(form.logo_url),
        general_information: text(form.general_information),
        sections: form.sections,
        access_methods: form.access_methods,
      })
      toast.success(t("clientPortal.settings.saved"))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="portal-settings-page">
        <LiveAlerts />
        <PageHeader title={t("clientPortal.settings.title")} subtitle={t("clientPortal.settings.subtitle")} />
        <QueryState isPending={isPending} error={error}>
          {form ? (
            <form onSubmit={submit} className="flex flex-col gap-y-6 px-6 py-4">
              <Field id="settings-name" label={t("clientPortal.portal.businessName")} hint={t("clientPortal.settings.nameHint")}>
                <Input id="settings-name" value={form.business_name ?? ""} onChange={(e) => setForm({ ...form, business_name: e.target.value })} />
              </Field>
              <Field id="settings-logo" label={t("clientPortal.settings.logo")}>
                <Input id="settings-logo" type="url" placeholder="https://" value={form.logo_url ?? ""} onChange={(e) => setForm({ ...form, logo_url: e.target.value })} />
              </Field>
              <Field id="settings-info" label={t("clientPortal.settings.information")}>
                <Textarea
                  id="settings-info"
                  rows={5}
                  value={form.general_information ?? ""}
                  onChange={(e) => setForm({ ...form, general_information: e.target.value })}
                />
              </Field>
              <fieldset className="flex flex-col gap-y-2">
                <legend className="txt-compact-small-plus mb-2">{t("clientPortal.settings.sections")}</legend>
                {SECTIONS.map((s) => (
                  <label key={s} className="flex items-center gap-x-2 txt-compact-small">
                    <Switch checked={form.sections[s]} onCheckedChange={(on) => setForm({ ...form, sections: { ...form.sections, [s]: on } })} />
                    {t(`clientPortal.settings.sectionNames.${s}`)}
                  </label>
                ))}
              </fieldset>
              <fieldset className="flex flex-col gap-y-2">
                <legend className="txt-compact-small-plus mb-2">{t("clientPortal.settings.methods")}</legend>
                {METHODS.map((m) => (
                  <label key={m} className="flex items-center gap-x-2 txt-compact-small">
                    <Switch
                      checked={form.access_methods[m]}
                      onCheckedChange={(on) => setForm({ ...form, access_methods: { ...form.access_methods, [m]: on } })}
                    />
                    {t(`clientPortal.settings.methodNames.${m}`)}
                  </label>
                ))}
              </fieldset>
              <div>
                <Button type="submit" isLoading={save.isPending}>
                  {t("clientPortal.common.save")}
                </Button>
              </div>
            </form>
          ) : null}
        </QueryState>
      </Container>
      {data ? <BillingSettingsSection stored={data.billing} /> : null}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.settings.menu",
  translationNs: "translation",
})

export default PortalSettingsPage
