import { Button, Container, Table, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { InvoiceStatusBadge } from "../../../../components/billing/invoice-format"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState } from "../../../../components/common/query-state"
import { SectionHeader } from "../../../../components/common/section-header"
import { formatDay, formatMoney } from "../../../../components/quotes/quote-format"
import { UNPAID_STATUSES, downloadInvoicePdf, useInvoice, useResendInvoice, type InvoiceDetail } from "../../../../hooks/api/invoices"

function InvoiceActions({ invoice }: { invoice: InvoiceDetail }) {
  const { t } = useTranslation()
  const resend = useResendInvoice(invoice.id)
  const isCredit = invoice.kind === "credit_note"
  const unpaid = UNPAID_STATUSES.includes(invoice.status)
  return (
    <div className="flex flex-wrap items-center gap-2">
      {!isCredit && unpaid ? (
        <Button size="small" asChild>
          <Link to="payment">{t("clientPortal.billing.markPaid")}</Link>
        </Button>
      ) : null}
      {!isCredit && invoice.status !== "cancelled" ? (
        <Button size="small" variant="secondary" asChild>
          <Link to="credit">{t("clientPortal.billing.credit")}</Link>
        </Button>
      ) : null}
      <Button
        size="small"
        variant="secondary"
        isLoading={resend.isPending}
        onClick={() =>
          resend.mutate(undefined, {
            onSuccess: () => toast.success(t("clientPortal.billing.resent", { number: invoice.number })),
            onError: (e) => toast.error(e.message),
          })
        }
      >
        {t("clientPortal.billing.resend")}
      </Button>
      <Button size="small" variant="secondary" onClick={() => downloadInvoicePdf(invoice).catch((e: Error) => toast.error(e.message))}>
        {t("clientPortal.billing.pdf")}
      </Button>
    </div>
  )
}

/** Invoices tied to this one (its credit notes, the deposits deducted from it); nothing when there are none. */
function LinkedInvoices({ title, invoices, money }: { title: string; invoices: { id: string; number: string; total: number }[]; money: (amount: number) => string }) {
  if (!invoices.length) return null
  return (
    <Container className="divide-y p-0">
      <SectionHeader title={title} />
      <ul className="divide-y">
        {invoices.map((other) => (
          <li key={other.id} className="flex justify-between px-6 py-3 txt-small">
            <Link to={`/client-portal/invoices/${other.id}`} className="text-ui-fg-interactive hover:underline">
              {other.number}
            </Link>
            <span>{money(other.total)}</span>
          </li>
        ))}
      </ul>
    </Container>
  )
}

const InvoicePage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: invoice, isPending, error } = useInvoice(id)
  const money = (amount: number) => (invoice ? formatMoney(amount, invoice.currency_code, i18n.language) : "—")

  return (
    <div className="flex flex-col gap-y-3" data-testid="invoice-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {invoice ? (
            <>
              <PageHeader title={invoice.number} subtitle={t(`clientPortal.billing.kinds.${invoice.kind}`)}>
                <InvoiceStatusBadge status={invoice.status} />
                <InvoiceActions invoice={invoice} />
              </PageHeader>
              <DetailRow label={t("clientPortal.billing.fields.account")}>
                <Link to={`/client-portal/accounts/${invoice.account_id}`} className="text-ui-fg-interactive hover:underline">
                  {t("clientPortal.billing.widget.seeAll")}
                </Link>
              </DetailRow>
              {invoice.order ? (
                <DetailRow label={t("clientPortal.billing.fields.order")}>
                  <Link to={`/orders/${invoice.order.id}`} className="text-ui-fg-interactive hover:underline">
                    #{invoice.order.display_id}
                  </Link>
                </DetailRow>
              ) : null}
              {invoice.credited_invoice ? (
                <DetailRow label={t("clientPortal.billing.fields.creditedInvoice")}>
                  <Link to={`/client-portal/invoices/${invoice.credited_invoice.id}`} className="text-ui-fg-interactive hover:underline">
                    {invoice.credited_invoice.number}
                  </Link>
                </DetailRow>
              ) : null}
              <DetailRow label={t("clientPortal.billing.fields.issueDate")}>{formatDay(invoice.issue_date, i18n.language)}</DetailRow>
              <DetailRow label={t("clientPortal.billing.fields.dueDate")}>{formatDay(invoice.due_date, i18n.language)}</DetailRow>
              <DetailRow label={t("clientPortal.billing.fields.total")}>{money(invoice.total)}</DetailRow>
              {invoice.deposit_total ? <DetailRow label={t("clientPortal.billing.fields.deposits")}>{money(invoice.deposit_total)}</DetailRow> : null}
              <DetailRow label={t("clientPortal.billing.fields.paid")}>{money(invoice.paid_total)}</DetailRow>
              {invoice.credited_total ? <DetailRow label={t("clientPortal.billing.fields.credited")}>{money(invoice.credited_total)}</DetailRow> : null}
              <DetailRow label={t("clientPortal.billing.fields.amountDue")} testId="invoice-amount-due">
                {money(invoice.amount_due)}
              </DetailRow>
            </>
          ) : null}
        </QueryState>
      </Container>
      {invoice ? (
        <>
          <Container className="divide-y p-0">
            <SectionHeader title={t("clientPortal.billing.lines")} />
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("clientPortal.billing.fields.line")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("clientPortal.billing.fields.quantity")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("clientPortal.billing.fields.unitPrice")}</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">{t("clientPortal.billing.fields.total")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {invoice.lines.map((line, index) => (
                  <Table.Row key={`${line.order_line_id ?? line.title}-${index}`}>
                    <Table.Cell>
                      {line.title}
                      {line.sku ? <span className="text-ui-fg-muted"> · {line.sku}</span> : null}
                    </Table.Cell>
                    <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                    <Table.Cell className="text-right">{money(line.unit_price)}</Table.Cell>
                    <Table.Cell className="text-right">{money(line.total)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            <div className="flex flex-col items-end gap-y-1 px-6 py-4">
              <Text size="small">
                {t("clientPortal.billing.fields.subtotal")} {money(invoice.subtotal)} · {t("clientPortal.billing.fields.tax")} {money(invoice.tax_total)}
              </Text>
              <Text size="small" weight="plus">
                {t("clientPortal.billing.fields.total")} {money(invoice.total)}
              </Text>
            </div>
          </Container>
          <Container className="divide-y p-0">
            <SectionHeader title={t("clientPortal.billing.payments")} />
            {invoice.payments.length ? (
              <ul className="divide-y" data-testid="invoice-payments">
                {invoice.payments.map((payment) => (
                  <li key={payment.id} className="flex justify-between px-6 py-3 txt-small">
                    <span>
                      {formatDay(payment.paid_at, i18n.language)} · {t(`clientPortal.billing.methods.${payment.method}`)}
                      {payment.reference ? ` · ${payment.reference}` : ""}
                    </span>
                    <span>{money(payment.amount)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <Text size="small" className="px-6 py-4 text-ui-fg-muted">
                {t("clientPortal.billing.noPayments")}
              </Text>
            )}
          </Container>
          <LinkedInvoices title={t("clientPortal.billing.creditNotes")} invoices={invoice.credit_notes} money={money} />
          <LinkedInvoices title={t("clientPortal.billing.deductedDeposits")} invoices={invoice.deducted_deposits} money={money} />
        </>
      ) : null}
      <Outlet />
    </div>
  )
}

export default InvoicePage
