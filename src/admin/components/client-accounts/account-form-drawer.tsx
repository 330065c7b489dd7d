import { Input, Select, Switch, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { Field } from "../common/query-state"
import { FormDrawer } from "../common/form-drawer"
import type { ClientAccount, ClientAccountBody } from "../../hooks/api/client-accounts"

const LOCALES = ["en", "fr", "it", "sk"] as const
const TEXT_FIELDS = [
  "number",
  "name",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "contact_name",
  "contact_email",
  "contact_phone",
] as const

/**
 * The create and edit form of a client account, shown as a drawer sub-route: closing it goes back to the
 * page below. Empty optional fields are sent as null so that staff can clear them.
 */
export function AccountFormDrawer({
  account,
  onSubmit,
  isPending,
  backTo,
}: {
  account?: ClientAccount
  onSubmit: (body: ClientAccountBody) => Promise<{ client_account: ClientAccount }>
  isPending: boolean
  backTo: string
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(TEXT_FIELDS.map((f) => [f, account?.[f] ?? ""]).concat([["notes", account?.notes ?? ""]]))
  )
  const [locale, setLocale] = useState(account?.locale ?? "en")
  const [enabled, setEnabled] = useState(account?.portal_enabled ?? true)
  const close = () => navigate(backTo)

  const submit = async () => {
    const body: ClientAccountBody = { locale, portal_enabled: enabled }
    for (const [key, value] of Object.entries(values)) {
      const v = value.trim()
      ;(body as Record<string, unknown>)[key] = v === "" && key !== "number" && key !== "name" ? null : v
    }
    const { client_account } = await onSubmit(body)
    toast.success(t("clientPortal.accounts.saved", { name: client_account.name }))
    navigate(account ? backTo : `/client-portal/accounts/${client_account.id}`)
  }

  return (
    <FormDrawer
      title={account ? t("clientPortal.accounts.edit") : t("clientPortal.accounts.create")}
      onClose={close}
      onSubmit={submit}
      isPending={isPending}
    >
      {TEXT_FIELDS.map((field) => (
        <Field key={field} id={`account-${field}`} label={t(`clientPortal.fields.${field}`)}>
          <Input
            id={`account-${field}`}
            value={values[field]}
            required={field === "number" || field === "name"}
            onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          />
        </Field>
      ))}
      <Field id="account-locale" label={t("clientPortal.fields.locale")}>
        <Select value={locale} onValueChange={setLocale}>
          <Select.Trigger id="account-locale">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {LOCALES.map((l) => (
              <Select.Item key={l} value={l}>
                {t(`clientPortal.languages.${l}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id="account-notes" label={t("clientPortal.fields.notes")}>
        <Textarea id="account-notes" value={values.notes} onChange={(e) => setValues({ ...values, notes: e.target.value })} />
      </Field>
      <div className="flex items-center gap-x-2">
        <Switch id="account-portal" checked={enabled} onCheckedChange={setEnabled} />
        <label htmlFor="account-portal" className="txt-compact-small">
          {t("clientPortal.fields.portal_enabled")}
        </label>
      </div>
    </FormDrawer>
  )
}
