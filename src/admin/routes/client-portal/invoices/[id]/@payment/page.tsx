import { Input, Select, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"
import { FormDrawer } from "../../../../../components/common/form-drawer"
import { Field } from "../../../../../components/common/query-state"
import { PAYMENT_METHODS, useInvoice, useRecordPayment, type PaymentMethod } from "../../../../../hooks/api/invoices"

/** A payment received outside the portal (transfer, cash…): the amount due by default, partial allowed. */
const RecordPayment = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data: invoice } = useInvoice(id)
  const pay = useRecordPayment(id)
  const [amount, setAmount] = useState("")
  const [paidAt, setPaidAt] = useState(new Date().toISOString().slice(0, 10))
  const [method, setMethod] = useState<PaymentMethod>("bank_transfer")
  const [reference, setReference] = useState("")
  useEffect(() => {
    if (invoice && !amount) setAmount(invoice.amount_due.toFixed(2))
  }, [invoice])
  if (!invoice) return null
  const close = () => navigate(`/client-portal/invoices/${id}`)
  return (
    <FormDrawer
      title={t("clientPortal.billing.paymentTitle", { number: invoice.number })}
      onClose={close}
      isPending={pay.isPending}
      testId="payment-form"
      onSubmit={async () => {
        await pay.mutateAsync({
          amount: Number(amount.replace(",", ".")),
          paid_at: new Date(`${paidAt}T12:00:00Z`).toISOString(),
          method,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        })
        toast.success(t("clientPortal.billing.paymentRecorded", { number: invoice.number }))
        close()
      }}
    >
      <Field id="payment-amount" label={`${t("clientPortal.billing.paymentAmount")} (${invoice.currency_code.toUpperCase()})`}>
        <Input id="payment-amount" required inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Field>
      <Field id="payment-date" label={t("clientPortal.billing.paidAt")}>
        <Input id="payment-date" type="date" required value={paidAt} onChange={(e) => setPaidAt(e.target.value)} />
      </Field>
      <Field id="payment-method" label={t("clientPortal.billing.method")}>
        <Select value={method} onValueChange={(value) => setMethod(value as PaymentMethod)}>
          <Select.Trigger id="payment-method">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PAYMENT_METHODS.filter((m) => m !== "online").map((m) => (
              <Select.Item key={m} value={m}>
                {t(`clientPortal.billing.methods.${m}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
      <Field id="payment-reference" label={t("clientPortal.billing.reference")}>
        <Input id="payment-reference" value={reference} onChange={(e) => setReference(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

export default RecordPayment
