import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { EventMetadata } from "@medusajs/framework/types"
import { TICKET_STATUS_WORDS } from "../lib/notifications/declarations/support"
import { notifyClients } from "../lib/notifications/deliver"
import { notifyDocumentShared } from "../lib/support/documents"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"

type SupportEventData = {
  id: string
  account_id: string
  message_id?: string
  member_ids?: string[]
  subject?: string | null
  ticket_id?: string | null
  number?: string | null
  author_name?: string | null
  status?: string
  site_id?: string | null
}

const PREVIEW_LENGTH = 200

/**
 * What staff do in support, told to the members it concerns through the client notification registry:
 * a staff message or a ticket's answer (to the message's recipients, whose receipts then count as
 * delivered by e-mail), a ticket's new status, a decided change request (to the member who asked), a
 * document or a new version published (to the document's audience).
 */
export default async function supportClientNotificationsHandler({ event, container }: SubscriberArgs<SupportEventData>) {
  const data = event.data
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  if (event.name === "support.message.received" && data.message_id) {
    const message = await support.retrieveMessage(data.message_id, { select: ["id", "body"] })
    const preview = message.body.length > PREVIEW_LENGTH ? `${message.body.slice(0, PREVIEW_LENGTH - 1)}…` : message.body
    await notifyClients(container, {
      event: data.ticket_id ? "support.ticket.answered" : "support.message.received",
      account_id: data.account_id,
      member_ids: data.member_ids ?? [],
      params: { subject: data.subject, number: data.number, author: data.author_name, preview },
      link: data.ticket_id ? `/support/${data.ticket_id}` : `/messages/${data.id}`,
      key: `message:${data.message_id}`,
      data: { message_id: data.message_id, thread_id: data.id, ticket_id: data.ticket_id ?? null },
    })
    return
  }
  if (event.name === "support.ticket.updated" && data.status) {
    const status = data.status
    await notifyClients(container, {
      event: "support.ticket.status_changed",
      account_id: data.account_id,
      site_id: data.site_id ?? null,
      params: (locale) => ({ number: data.number, status: TICKET_STATUS_WORDS[status]?.[locale] ?? status }),
      link: `/support/${data.id}`,
      key: `ticket-status:${data.id}:${status}:${occurrenceOf(event.metadata)}`,
      data: { ticket_id: data.id, status },
    })
    return
  }
  if (event.name === "support.document.shared") {
    await notifyDocumentShared(container, data.id)
    return
  }
  if (event.name === "support.change_request.decided") {
    const fields = await support.listChangeRequestFields({ change_request_id: data.id }, { select: ["id", "decision"] })
    await notifyClients(container, {
      event: "support.change_request.decided",
      account_id: data.account_id,
      member_ids: data.member_ids ?? [],
      params: { approved: fields.filter((f) => f.decision === "approved").length, rejected: fields.filter((f) => f.decision === "rejected").length },
      link: "/account/changes",
      key: `change-request:${data.id}`,
      data: { change_request_id: data.id, status: data.status ?? null },
    })
  }
}

/** The same for each delivery of one emitted event, so a redelivery notifies nothing twice. */
function occurrenceOf(metadata: EventMetadata | undefined): string {
  return [metadata?.eventGroupId, metadata?.created_at ? new Date(metadata.created_at).toISOString() : null].filter(Boolean).join("@") || "once"
}

export const config: SubscriberConfig = {
  event: ["support.message.received", "support.ticket.updated", "support.change_request.decided", "support.document.shared"],
  context: { subscriberId: "support-client-notifications" },
}
