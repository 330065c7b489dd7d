import { model } from "@medusajs/framework/utils"
import { THREAD_KINDS } from "../statuses"
import { Message } from "./message"

/**
 * A conversation with one client account: a ticket's, an announcement from staff, or a message a member
 * sent through "contact us". `last_message_at` orders the inbox without reading the messages.
 * `recipient_member_ids` empty means every member of the account (an announcement may name some).
 */
export const Thread = model
  .define("support_thread", {
    id: model.id({ prefix: "sthr" }).primaryKey(),
    account_id: model.text(),
    site_id: model.text().nullable(),
    kind: model.enum([...THREAD_KINDS]),
    subject: model.text().searchable(),
    ticket_id: model.text().nullable(),
    recipient_member_ids: model.array().default([]),
    started_by_type: model.text(),
    started_by_id: model.text().nullable(),
    last_message_at: model.dateTime(),
    messages: model.hasMany(() => Message, { mappedBy: "thread" }),
  })
  .cascades({ delete: ["messages"] })
  .indexes([{ on: ["account_id", "last_message_at"] }, { on: ["kind", "last_message_at"] }])
