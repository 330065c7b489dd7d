import { Button, Container, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState, formatDate } from "../../../../components/common/query-state"
import { QuoteStatusBadge, formatDay, formatMoney } from "../../../../components/quotes/quote-format"
import { QuoteHistorySection } from "../../../../components/quotes/quote-history-section"
import { QuoteLinesSection } from "../../../../components/quotes/quote-lines-section"
import { QuoteMessagesSection } from "../../../../components/quotes/quote-messages-section"
import { downloadQuotePdf, useCancelQuote, useQuote, useReviseQuote, useSendQuote, type Quote } from "../../../../hooks/api/quotes"

const OPEN: Quote["status"][] = ["sent", "viewed"]

function QuoteActions({ quote }: { quote: Quote }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const send = useSendQuote(quote.id)
  const revise = useReviseQuote(quote.id)
  const cancel = useCancelQuote(quote.id)
  const run = (mutation: typeof send, done: string) =>
    mutation.mutate(undefined, {
      onSuccess: (answer) => {
        toast.success(t(done, { number: quote.number }))
        // Sending e-mails the client's approvers; staff should know when a mail did not leave.
        const failed = answer.emails?.failed ?? []
        if (failed.length) toast.warning(t("clientPortal.quotes.mailFailed", { emails: failed.join(", ") }))
      },
      onError: (e) => toast.error(e.message),
    })
  const confirmThen = async (description: string, action: () => void) => {
    if (await prompt({ title: t("clientPortal.common.areYouSure"), description })) action()
  }
  const isDraft = quote.status === "draft"
  return (
    <div className="flex flex-wrap items-center gap-2">
      {isDraft ? (
        <>
          <Button size="small" variant="secondary" asChild>
            <Link to="edit">{t("clientPortal.common.edit")}</Link>
          </Button>
          <Button
            size="small"
            isLoading={send.isPending}
            onClick={() => confirmThen(t("clientPortal.quotes.sendConfirm"), () => run(send, "clientPortal.quotes.sentToast"))}
          >
            {t("clientPortal.quotes.send")}
          </Button>
        </>
      ) : null}
      {[...OPEN, "rejected", "expired"].includes(quote.status) ? (
        <Button size="small" variant="secondary" isLoading={revise.isPending} onClick={() => run(revise, "clientPortal.quotes.revisedToast")}>
          {t("clientPortal.quotes.revise")}
        </Button>
      ) : null}
      {isDraft || OPEN.includes(quote.status) ? (
        <Button
          size="small"
          variant="danger"
          isLoading={cancel.isPending}
          onClick={() => confirmThen(t("clientPortal.quotes.cancelConfirm"), () => run(cancel, "clientPortal.quotes.cancelledToast"))}
        >
          {t("clientPortal.quotes.cancel")}
        </Button>
      ) : null}
      {!isDraft ? (
        <Button size="small" variant="secondary" onClick={() => downloadQuotePdf(quote, quote.version).catch((e: Error) => toast.error(e.message))}>
          {t("clientPortal.quotes.pdf")}
        </Button>
      ) : null}
    </div>
  )
}

const QuotePage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: quote, isPending, error } = useQuote(id)

  return (
    <div className="flex flex-col gap-y-3" data-testid="quote-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {quote ? (
            <>
              <PageHeader title={`${quote.number} · v${quote.version}`} subtitle={quote.title}>
                <QuoteStatusBadge status={quote.status} />
                <QuoteActions quote={quote} />
              </PageHeader>
              <DetailRow label={t("clientPortal.quotes.fields.account")}>
                {quote.account ? (
                  <Link to={`/client-portal/accounts/${quote.account.id}`} className="text-ui-fg-interactive hover:underline">
                    {quote.account.name} ({quote.account.number})
                  </Link>
                ) : null}
              </DetailRow>
              <DetailRow label={t("clientPortal.quotes.fields.validUntil")}>{formatDay(quote.valid_until, i18n.language)}</DetailRow>
              <DetailRow label={t("clientPortal.quotes.fields.salesperson")}>{quote.salesperson?.name}</DetailRow>
              <DetailRow label={t("clientPortal.quotes.fields.requiresSignature")}>
                {quote.requires_signature ? t("clientPortal.quotes.yes") : t("clientPortal.quotes.no")}
              </DetailRow>
              <DetailRow label={t("clientPortal.quotes.fields.notes")}>
                {quote.notes ? <span className="whitespace-pre-line">{quote.notes}</span> : null}
              </DetailRow>
              {quote.rejected_at ? (
                <DetailRow label={t("clientPortal.quotes.fields.rejection")}>
                  {formatDate(quote.rejected_at, i18n.language)}
                  {quote.rejection_reason ? ` — ${quote.rejection_reason}` : ""}
                </DetailRow>
              ) : null}
              {quote.acceptance ? (
                <DetailRow label={t("clientPortal.quotes.fields.acceptance")} testId="quote-acceptance">
                  {t("clientPortal.quotes.acceptedBy", {
                    name: quote.acceptance.accepted_by_name,
                    date: formatDate(quote.acceptance.accepted_at, i18n.language),
                    version: quote.acceptance.version,
                  })}
                  {quote.acceptance.signature_name
                    ? ` · ${t("clientPortal.quotes.signedAs", { name: quote.acceptance.signature_name })}`
                    : ""}
                  {quote.acceptance.ip ? ` · IP ${quote.acceptance.ip}` : ""}
                </DetailRow>
              ) : null}
              {quote.order ? (
                <DetailRow label={t("clientPortal.quotes.fields.order")}>
                  <Link to={`/orders/${quote.order.id}`} className="text-ui-fg-interactive hover:underline" data-testid="quote-order-link">
                    #{quote.order.display_id} · {formatMoney(quote.order.total, quote.order.currency_code, i18n.language)}
                  </Link>
                </DetailRow>
              ) : null}
            </>
          ) : null}
        </QueryState>
      </Container>
      {quote ? (
        <>
          <QuoteLinesSection quote={quote} />
          <QuoteMessagesSection quoteId={quote.id} />
          <QuoteHistorySection quote={quote} />
        </>
      ) : null}
      <Outlet />
    </div>
  )
}

export default QuotePage
