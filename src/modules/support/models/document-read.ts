import { model } from "@medusajs/framework/utils"

/** A member opened one version of a shared document (the first time counts). */
export const DocumentRead = model
  .define("support_document_read", {
    id: model.id({ prefix: "sdread" }).primaryKey(),
    document_id: model.text(),
    version_id: model.text(),
    version: model.number(),
    account_id: model.text(),
    member_id: model.text(),
    member_name: model.text().nullable(),
    read_at: model.dateTime(),
  })
  .indexes([{ on: ["version_id", "member_id"], unique: true }, { on: ["member_id", "document_id"] }])
