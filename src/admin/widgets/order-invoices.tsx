import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Input, toast, usePrompt } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { InvoiceStatusBadge } from "../components/billing/invoice-format"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { formatMoney } from "../components/quotes/quote-format"
import { useInvoices, useIssueInvoice } from "../hooks/api/invoices"

/** The order's invoices, deposits and credit notes, and issuing one (the number is taken for good). */
const OrderInvoicesWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const { data, isPending, error } = useInvoices({ order_id: order.id, limit: 20, offset: 0 })
  const issue = useIssueInvoice()
  const [depositOpen, setDepositOpen] = useState(false)
  const [deposit, setDeposit] = useState("")
  const [depositError, setDepositError] = useState<string | null>(null)
  const run = async (body: { kind: "invoice" } | { kind: "deposit"; amount: number }) => {
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.billing.issueConfirm") }))) return
    issue.mutate(
      { order_id: order.id, ...body },
      {
        onSuccess: ({ invoice }) => {
          toast.success(t("clientPortal.billing.issued", { number: invoice.number }))
          setDepositOpen(false)
          setDeposit("")
        },
        onError: (e) => toast.error(e.message),
      }
    )
  }
  const submitDeposit = (event: FormEvent) => {
    event.preventDefault()
    const amount = Number(deposit.replace(",", "."))
    if (!deposit.trim() || !Number.isFinite(amount) || amount <= 0) {
      setDepositError(t("clientPortal.billing.widget.depositInvalid"))
      return
    }
    setDepositError(null)
    void run({ kind: "deposit", amount })
  }
  return (
    <Container className="divide-y p-0" data-testid="order-invoices-widget">
      <SectionHeader title={t("clientPortal.billing.widget.orderHeading")} />
      <QueryState isPending={isPending} error={error} isEmpty={!data?.invoices.length} empty={t("clientPortal.billing.widget.orderNone")}>
        <ul className="divide-y">
          {data?.invoices.map((invoice) => (
            <li key={invoice.id} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <Link to={`/client-portal/invoices/${invoice.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                {invoice.number}
              </Link>
              <span className="txt-compact-small">{formatMoney(invoice.total, invoice.currency_code, i18n.language)}</span>
              <InvoiceStatusBadge status={invoice.status} />
            </li>
          ))}
        </ul>
      </QueryState>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        <Button size="small" variant="secondary" isLoading={issue.isPending} onClick={() => run({ kind: "invoice" })} data-testid="issue-invoice">
          {t("clientPortal.billing.issue")}
        </Button>
        <Button size="small" variant="transparent" aria-expanded={depositOpen} onClick={() => setDepositOpen(!depositOpen)} data-testid="issue-deposit">
          {t("clientPortal.billing.issueDeposit")}
        </Button>
      </div>
      {depositOpen ? (
        <form onSubmit={submitDeposit} noValidate className="flex flex-col gap-y-2 px-6 py-4">
          <label htmlFor="order-deposit-amount" className="txt-compact-small-plus">
            {t("clientPortal.billing.widget.depositAmount")} ({order.currency_code.toUpperCase()})
          </label>
          <div className="flex gap-x-2">
            <Input
              id="order-deposit-amount"
              inputMode="decimal"
              value={deposit}
              aria-invalid={!!depositError}
              aria-describedby={depositError ? "order-deposit-amount-error" : undefined}
              onChange={(e) => setDeposit(e.target.value)}
            />
            <Button size="small" type="submit" isLoading={issue.isPending}>
              {t("clientPortal.billing.widget.depositSubmit")}
            </Button>
          </div>
          {depositError ? (
            <span id="order-deposit-amount-error" role="alert" className="txt-compact-xsmall text-ui-fg-error">
              {depositError}
            </span>
          ) : null}
        </form>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderInvoicesWidget
