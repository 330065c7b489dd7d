import { getTranslations } from "next-intl/server"
import type { QuoteMessage } from "@/lib/data/quotes"
import { formatMoment } from "./format"
import { QuoteMessageForm } from "./quote-message-form"

/** The conversation about the quote, oldest first, with the form to write to the business. */
export async function QuoteMessages({ quoteId, messages, locale }: { quoteId: string; messages: QuoteMessage[]; locale: string }) {
  const t = await getTranslations("Quotes")
  return (
    <section aria-labelledby="messages-title" className="mt-10">
      <h2 id="messages-title" className="text-lg font-semibold text-slate-900">
        {t("messages")}
      </h2>
      {messages.length ? (
        <ol className="mt-4 flex flex-col gap-3" data-testid="quote-messages">
          {messages.map((message) => (
            <li
              key={message.id}
              className={`max-w-[90%] rounded-2xl px-4 py-3 ${
                message.author_type === "client" ? "self-end bg-brand-50" : "self-start border border-slate-200 bg-white"
              }`}
            >
              <p className="text-xs text-slate-600">
                {message.author_name ?? t(`authors.${message.author_type}`)} · {formatMoment(message.created_at, locale)}
              </p>
              <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-900">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("noMessages")}</p>
      )}
      <QuoteMessageForm quoteId={quoteId} />
    </section>
  )
}
