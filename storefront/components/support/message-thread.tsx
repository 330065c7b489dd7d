import { getTranslations } from "next-intl/server"
import type { AttachmentDto, StoreMessageDto } from "@support/contract"
import { formatMoment } from "@/components/quotes/format"
import { portalFileHref } from "@/lib/data/support"
import { formatBytes } from "./attachment-rules"

/** Files of a message or a thread, each downloaded through the portal's own file route. */
export function AttachmentList({ attachments, locale, testId }: { attachments: AttachmentDto[]; locale: string; testId?: string }) {
  if (!attachments.length) return null
  return (
    <ul className="mt-2 flex flex-wrap gap-2" data-testid={testId}>
      {attachments.map((file) => (
        <li key={file.id}>
          <a
            href={portalFileHref(file.url)}
            className="inline-flex items-center gap-1 rounded-lg border border-slate-300 bg-white px-2.5 py-1 text-sm text-brand-700 underline underline-offset-2"
            data-testid="attachment-link"
          >
            <span className="break-all">{file.name}</span>
            <span className="text-slate-600 no-underline">({formatBytes(file.size, locale)})</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/** A conversation, oldest first: the caller's own messages on the right, the business's on the left. */
export async function MessageThread({ messages, locale }: { messages: StoreMessageDto[]; locale: string }) {
  const t = await getTranslations("Support")
  if (!messages.length) return <p className="mt-4 text-sm text-slate-600">{t("noMessages")}</p>
  return (
    <ol className="mt-4 flex flex-col gap-3" data-testid="message-thread">
      {messages.map((message) => (
        <li
          key={message.id}
          className={`max-w-[90%] rounded-2xl px-4 py-3 ${message.mine ? "self-end bg-brand-50" : "self-start border border-slate-200 bg-white"}`}
          data-testid="thread-message"
          data-author={message.author_type}
        >
          <p className="text-xs text-slate-600">
            {message.author_name ?? t(`authors.${message.author_type}`)} · <time dateTime={message.created_at}>{formatMoment(message.created_at, locale)}</time>
          </p>
          <p className="mt-1 text-sm break-words whitespace-pre-line text-slate-900">{message.body}</p>
          <AttachmentList attachments={message.attachments} locale={locale} />
        </li>
      ))}
    </ol>
  )
}
