import { z } from "@medusajs/framework/zod"
import { DOCUMENT_SORTABLE } from "../../../../modules/support/service"
import { DOCUMENT_CATEGORIES } from "../../../../modules/support/statuses"
import { listQuery, textFilter } from "../../../utils/list-query"

/** The documents lists answer their own columns; `fields` may only narrow to `id`. */
export const DOCUMENT_LIST_FIELDS = ["id"]

export const documentCategoryFilter = z.enum(DOCUMENT_CATEGORIES, { message: `category must be one of ${DOCUMENT_CATEGORIES.join(", ")}` }).optional()

export const StoreListDocuments = listQuery({
  defaultLimit: 30,
  sortable: DOCUMENT_SORTABLE,
  filters: {
    category: documentCategoryFilter,
    q: textFilter("q"),
    site_id: textFilter("site_id"),
    equipment_id: textFilter("equipment_id"),
    new: z.enum(["true", "false", "1", "0"], { message: "new must be true or false" }).optional(),
  },
})
export type StoreListDocumentsType = z.infer<typeof StoreListDocuments>
