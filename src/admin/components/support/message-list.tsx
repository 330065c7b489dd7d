import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminMessageDto } from "../../hooks/api/support"
import { formatDate } from "../common/query-state"
import { AttachmentLinks } from "./attachment-picker"
import { ReceiptLine } from "./ticket-format"

/** A thread as staff see it: internal notes marked, and each recipient's receipt under a message. */
export function MessageList({ messages }: { messages: AdminMessageDto[] }) {
  const { t, i18n } = useTranslation()
  if (!messages.length) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-muted">
        {t("clientPortal.support.noMessages")}
      </Text>
    )
  }
  return (
    <ol className="flex flex-col gap-y-3 px-6 py-4" data-testid="admin-thread">
      {messages.map((message) => (
        <li
          key={message.id}
          data-testid="admin-message"
          className={`max-w-[85%] rounded-lg px-3 py-2 ${
            message.internal ? "self-end border border-dashed bg-ui-bg-subtle" : message.author_type === "staff" ? "self-end bg-ui-bg-highlight" : "self-start bg-ui-bg-subtle"
          }`}
        >
          <Text size="xsmall" className="text-ui-fg-subtle">
            {message.author_name ?? t(`clientPortal.support.authors.${message.author_type}`)} · {formatDate(message.created_at, i18n.language)}
            {message.internal ? ` · ${t("clientPortal.support.internalNote")}` : ""}
          </Text>
          <Text size="small" className="whitespace-pre-line break-words">
            {message.body}
          </Text>
          <AttachmentLinks attachments={message.attachments} />
          {message.receipts.length ? (
            <ul className="mt-1 flex flex-col text-ui-fg-subtle txt-compact-xsmall" data-testid="receipts">
              {message.receipts.map((receipt) => (
                <li key={receipt.member_id}>
                  <ReceiptLine receipt={receipt} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  )
}
