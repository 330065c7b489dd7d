import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { AccountSelect } from "../../../../../components/client-accounts/account-select"
import { SiteSelect } from "../../../../../components/client-accounts/site-select"
import { FormDrawer } from "../../../../../components/common/form-drawer"
import { Field } from "../../../../../components/common/query-state"
import { useCreateDepositSchedule } from "../../../../../hooks/api/invoices"

const NO_SITE = "none"

/** A new deposit schedule: monthly advance invoices for an account, or one of its sites. */
const CreateDepositSchedule = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreateDepositSchedule()
  const [accountId, setAccountId] = useState("")
  const [siteId, setSiteId] = useState(NO_SITE)
  const [title, setTitle] = useState("")
  const [currency, setCurrency] = useState("eur")
  const [monthly, setMonthly] = useState("")
  const [start, setStart] = useState(new Date().toISOString().slice(0, 10))
  const [count, setCount] = useState("12")
  const close = () => navigate("/client-portal/invoices/deposit-schedules")
  return (
    <FormDrawer
      title={t("clientPortal.billing.schedules.createTitle")}
      onClose={close}
      isPending={create.isPending}
      testId="deposit-schedule-form"
      onSubmit={async () => {
        await create.mutateAsync({
          account_id: accountId,
          ...(siteId !== NO_SITE ? { site_id: siteId } : {}),
          title: title.trim(),
          currency_code: currency.trim().toLowerCase(),
          monthly_amount: Number(monthly.replace(",", ".")),
          start_date: start,
          count: Number(count),
        })
        toast.success(t("clientPortal.billing.schedules.create"))
        close()
      }}
    >
      <Field id="schedule-account" label={t("clientPortal.billing.fields.account")}>
        <AccountSelect
          id="schedule-account"
          value={accountId}
          onValueChange={(value) => {
            setAccountId(value)
            setSiteId(NO_SITE)
          }}
        />
      </Field>
      <Field id="schedule-site" label={t("clientPortal.billing.schedules.site")}>
        <SiteSelect id="schedule-site" accountId={accountId} value={siteId} onValueChange={setSiteId} anyOption={{ value: NO_SITE, label: "—" }} />
      </Field>
      <Field id="schedule-title" label={t("clientPortal.billing.schedules.titleField")}>
        <Input id="schedule-title" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field id="schedule-currency" label={t("clientPortal.billing.schedules.currency")}>
        <Input id="schedule-currency" required maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value)} />
      </Field>
      <Field id="schedule-monthly" label={t("clientPortal.billing.schedules.monthlyAmount")}>
        <Input id="schedule-monthly" required inputMode="decimal" value={monthly} onChange={(e) => setMonthly(e.target.value)} />
      </Field>
      <Field id="schedule-start" label={t("clientPortal.billing.schedules.startDate")}>
        <Input id="schedule-start" type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
      </Field>
      <Field id="schedule-count" label={t("clientPortal.billing.schedules.count")}>
        <Input id="schedule-count" type="number" min={1} max={60} required value={count} onChange={(e) => setCount(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

export default CreateDepositSchedule
