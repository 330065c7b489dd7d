import { model } from "@medusajs/framework/utils"
import { DOCUMENT_AUDIENCES, DOCUMENT_CATEGORIES } from "../statuses"
import { DocumentVersion } from "./document-version"

/**
 * A file staff share with clients: everyone (`all`), one account, one site or one machine. Its versions
 * hold the files; `current_version` is the one clients get, and a member who has not read it sees "new".
 */
export const SharedDocument = model
  .define("support_document", {
    id: model.id({ prefix: "sdoc" }).primaryKey(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    category: model.enum([...DOCUMENT_CATEGORIES]),
    audience: model.enum([...DOCUMENT_AUDIENCES]),
    account_id: model.text().nullable(),
    site_id: model.text().nullable(),
    equipment_id: model.text().nullable(),
    current_version: model.number().default(0),
    current_version_id: model.text().nullable(),
    valid_from: model.dateTime().nullable(),
    valid_until: model.dateTime().nullable(),
    published_at: model.dateTime().nullable(),
    versions: model.hasMany(() => DocumentVersion, { mappedBy: "document" }),
  })
  .cascades({ delete: ["versions"] })
  .indexes([{ on: ["audience", "account_id"] }, { on: ["site_id"] }, { on: ["equipment_id"] }, { on: ["category"] }])
