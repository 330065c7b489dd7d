import { Button, Container, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { useQuoteMessages, useReplyToQuote } from "../../hooks/api/quotes"
import { QueryState, formatDate } from "../common/query-state"
import { SectionHeader } from "../common/section-header"

/** The conversation with the client about the quote; staff answer below it. */
export function QuoteMessagesSection({ quoteId }: { quoteId: string }) {
  const { t, i18n } = useTranslation()
  const { data: messages, isPending, error } = useQuoteMessages(quoteId)
  const reply = useReplyToQuote(quoteId)
  const [body, setBody] = useState("")

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim()) return
    reply.mutate(
      { body: body.trim() },
      { onSuccess: () => setBody(""), onError: (e) => toast.error(e.message) }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="quote-messages">
      <SectionHeader title={t("clientPortal.quotes.messages")} />
      <QueryState isPending={isPending} error={error} isEmpty={!messages?.length} empty={t("clientPortal.quotes.noMessages")}>
        <ol className="flex flex-col gap-y-3 px-6 py-4">
          {messages?.map((message) => (
            <li
              key={message.id}
              className={`max-w-[85%] rounded-lg px-3 py-2 ${
                message.author_type === "staff" ? "self-end bg-ui-bg-highlight" : "self-start bg-ui-bg-subtle"
              }`}
            >
              <Text size="xsmall" className="text-ui-fg-subtle">
                {message.author_name ?? t(`clientPortal.quotes.authors.${message.author_type}`)} · {formatDate(message.created_at, i18n.language)}
              </Text>
              <Text size="small" className="whitespace-pre-line">
                {message.body}
              </Text>
            </li>
          ))}
        </ol>
      </QueryState>
      <form onSubmit={submit} className="flex flex-col gap-y-2 px-6 py-4">
        <label htmlFor="quote-reply" className="txt-compact-small-plus">
          {t("clientPortal.quotes.reply")}
        </label>
        <Textarea id="quote-reply" value={body} onChange={(e) => setBody(e.target.value)} />
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={reply.isPending} disabled={!body.trim()}>
            {t("clientPortal.quotes.sendReply")}
          </Button>
        </div>
      </form>
    </Container>
  )
}
