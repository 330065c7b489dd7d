import { model } from "@medusajs/framework/utils"
import { DELIVERY_CHANNELS } from "../statuses"
import { Message } from "./message"

/**
 * What one recipient member did with one message: `delivered_at` when it was first shown to them in the
 * portal or an e-mail carrying it was accepted by the mail server (`delivered_via`), `read_at` when they
 * opened the thread. `thread_id` and `account_id` are copied so the inbox counts unread messages per thread
 * from this table alone.
 */
export const MessageReceipt = model
  .define("support_message_receipt", {
    id: model.id({ prefix: "srcpt" }).primaryKey(),
    account_id: model.text(),
    thread_id: model.text(),
    member_id: model.text(),
    delivered_at: model.dateTime().nullable(),
    delivered_via: model.enum([...DELIVERY_CHANNELS]).nullable(),
    read_at: model.dateTime().nullable(),
    message: model.belongsTo(() => Message, { mappedBy: "receipts" }),
  })
  .indexes([
    { on: ["message_id", "member_id"], unique: true },
    { on: ["member_id", "thread_id"], where: "read_at IS NULL" },
    // The inbox marks the threads it shows as delivered on every read: only receipts not yet delivered are looked up.
    { name: "IDX_support_message_receipt_undelivered", on: ["member_id", "thread_id"], where: "delivered_at IS NULL" },
  ])
