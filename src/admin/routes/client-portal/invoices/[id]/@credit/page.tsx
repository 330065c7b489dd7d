import { Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"
import { FormDrawer } from "../../../../../components/common/form-drawer"
import { Field } from "../../../../../components/common/query-state"
import { useCreditInvoice, useInvoice } from "../../../../../hooks/api/invoices"

/** A credit note against the invoice: the whole remaining total by default, or an amount, with its reason. */
const CreditInvoice = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data: invoice } = useInvoice(id)
  const credit = useCreditInvoice(id)
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  if (!invoice) return null
  const close = () => navigate(`/client-portal/invoices/${id}`)
  return (
    <FormDrawer
      title={t("clientPortal.billing.creditTitle", { number: invoice.number })}
      onClose={close}
      isPending={credit.isPending}
      testId="credit-form"
      onSubmit={async () => {
        const { invoice: note } = await credit.mutateAsync({ reason: reason.trim(), ...(amount.trim() ? { amount: Number(amount.replace(",", ".")) } : {}) })
        toast.success(t("clientPortal.billing.credited", { number: note.number }))
        close()
      }}
    >
      <Field id="credit-amount" label={t("clientPortal.billing.creditAmount")} hint={t("clientPortal.billing.creditAmountHint")}>
        <Input id="credit-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </Field>
      <Field id="credit-reason" label={t("clientPortal.billing.creditReason")}>
        <Textarea id="credit-reason" required rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}

export default CreditInvoice
