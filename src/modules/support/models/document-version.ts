import { model } from "@medusajs/framework/utils"
import { SharedDocument } from "./document"

/** One published file of a shared document; versions count from 1 and are never replaced. */
export const DocumentVersion = model
  .define("support_document_version", {
    id: model.id({ prefix: "sdver" }).primaryKey(),
    version: model.number(),
    file_id: model.text(),
    name: model.text(),
    mime_type: model.text(),
    size: model.number(),
    note: model.text().nullable(),
    published_by: model.text().nullable(),
    document: model.belongsTo(() => SharedDocument, { mappedBy: "versions" }),
  })
  .indexes([{ on: ["document_id", "version"], unique: true }])
