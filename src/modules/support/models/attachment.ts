import { model } from "@medusajs/framework/utils"
import { Message } from "./message"

/**
 * A file attached to a message. The bytes live in Medusa's file module as a private file (`file_id`); the
 * portal serves them only through the thread's route, which checks the account.
 */
export const Attachment = model
  .define("support_attachment", {
    id: model.id({ prefix: "satt" }).primaryKey(),
    account_id: model.text(),
    file_id: model.text(),
    name: model.text(),
    mime_type: model.text(),
    size: model.number(),
    message: model.belongsTo(() => Message, { mappedBy: "attachments" }),
  })
  .indexes([{ on: ["message_id"] }, { on: ["account_id"] }])
