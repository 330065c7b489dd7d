import { model } from "@medusajs/framework/utils"
import { AUTHOR_TYPES } from "../statuses"
import { Attachment } from "./attachment"
import { MessageReceipt } from "./message-receipt"
import { Thread } from "./thread"

/**
 * One message of a thread. `internal` messages are staff notes: never listed to clients, never given
 * receipts. `author_id` is a member id (cmem_…) or a staff user id.
 */
export const Message = model
  .define("support_message", {
    id: model.id({ prefix: "smsg" }).primaryKey(),
    account_id: model.text(),
    author_type: model.enum([...AUTHOR_TYPES]),
    author_id: model.text().nullable(),
    author_name: model.text().nullable(),
    body: model.text(),
    internal: model.boolean().default(false),
    thread: model.belongsTo(() => Thread, { mappedBy: "messages" }),
    attachments: model.hasMany(() => Attachment, { mappedBy: "message" }),
    receipts: model.hasMany(() => MessageReceipt, { mappedBy: "message" }),
  })
  .cascades({ delete: ["attachments", "receipts"] })
  .indexes([{ on: ["thread_id", "created_at"] }, { on: ["account_id"] }])
