import type { z } from "@medusajs/framework/zod"
import { INVOICE_KINDS, INVOICE_STATUSES } from "../../../../modules/billing/contract"
import { enumList } from "../../../utils/enum-list"
import { listQuery, textFilter } from "../../../utils/list-query"

export const INVOICE_SORTABLE = ["issue_date", "due_date", "number", "total", "status"] as const
export const INVOICE_LIST_FIELDS = ["id", ...INVOICE_SORTABLE, "kind", "currency_code"]

export const StoreListInvoices = listQuery({
  defaultLimit: 20,
  sortable: INVOICE_SORTABLE,
  filters: { q: textFilter("q"), status: enumList("status", INVOICE_STATUSES), kind: enumList("kind", INVOICE_KINDS), site_id: textFilter("site_id") },
})
export type StoreListInvoicesType = z.infer<typeof StoreListInvoices>
