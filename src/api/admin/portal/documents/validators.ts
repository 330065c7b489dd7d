import { z } from "@medusajs/framework/zod"
import { uploadSchema } from "../../../../lib/support/attachments"
import { DOCUMENT_SORTABLE } from "../../../../modules/support/service"
import { DOCUMENT_AUDIENCES, DOCUMENT_CATEGORIES } from "../../../../modules/support/statuses"
import { dateField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { documentCategoryFilter } from "../../../store/portal/documents/validators"

export const AdminListDocuments = listQuery({
  defaultLimit: 50,
  sortable: DOCUMENT_SORTABLE,
  filters: {
    category: documentCategoryFilter,
    audience: z.enum(DOCUMENT_AUDIENCES, { message: `audience must be one of ${DOCUMENT_AUDIENCES.join(", ")}` }).optional(),
    account_id: textFilter("account_id"),
    q: textFilter("q"),
  },
})
export type AdminListDocumentsType = z.infer<typeof AdminListDocuments>

const text = (field: string, max: number) =>
  z.string({ message: `${field} is required` }).trim().min(1, { message: `${field} is required` }).max(max, { message: `${field} is too long (at most ${max} characters)` })
const optionalText = (field: string, max: number) =>
  z.string({ message: `${field} must be text` }).trim().max(max, { message: `${field} is too long (at most ${max} characters)` }).nullish()
const id = (field: string) => z.string({ message: `${field} must be an id` }).trim().max(100, { message: `${field} is too long` }).nullish()
const category = z.enum(DOCUMENT_CATEGORIES, { message: `category must be one of ${DOCUMENT_CATEGORIES.join(", ")}` })

export const AdminPublishDocument = z
  .object({
    title: text("title", 200),
    description: optionalText("description", 5000),
    category,
    audience: z.enum(DOCUMENT_AUDIENCES, { message: `audience must be one of ${DOCUMENT_AUDIENCES.join(", ")}` }),
    account_id: id("account_id"),
    site_id: id("site_id"),
    equipment_id: id("equipment_id"),
    valid_from: dateField("valid_from").nullish(),
    valid_until: dateField("valid_until").nullish(),
    file: uploadSchema("file"),
    note: optionalText("note", 1000),
  })
  .strict()
export type AdminPublishDocumentType = z.infer<typeof AdminPublishDocument>

export const AdminUpdateDocument = z
  .object({
    title: text("title", 200).optional(),
    description: optionalText("description", 5000),
    category: category.optional(),
    valid_from: dateField("valid_from").nullish(),
    valid_until: dateField("valid_until").nullish(),
  })
  .strict()
export type AdminUpdateDocumentType = z.infer<typeof AdminUpdateDocument>

export const AdminDocumentVersion = z.object({ file: uploadSchema("file"), note: optionalText("note", 1000) }).strict()
export type AdminDocumentVersionType = z.infer<typeof AdminDocumentVersion>
