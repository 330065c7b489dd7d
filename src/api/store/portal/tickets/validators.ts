import { z } from "@medusajs/framework/zod"
import { TICKET_PRIORITIES, TICKET_STATUSES, type TicketStatus } from "../../../../modules/support/statuses"
import { TICKET_SORTABLE } from "../../../../modules/support/service"
import { attachmentsSchema } from "../../../../lib/support/attachments"
import { listQuery, textFilter } from "../../../utils/list-query"

/** `status=open,in_progress` or repeated `status=open&status=resolved`. */
export const ticketStatusList = z
  .preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(TICKET_STATUSES, { message: `status must be among ${TICKET_STATUSES.join(", ")}` }), { message: `status must be among ${TICKET_STATUSES.join(", ")}` })
  )
  .optional() as z.ZodType<TicketStatus[] | undefined>

/** The ticket lists answer their own columns; `fields` may only narrow to `id`. */
export const TICKET_LIST_FIELDS = ["id"]

export const StoreListTickets = listQuery({
  defaultLimit: 20,
  sortable: TICKET_SORTABLE,
  filters: { status: ticketStatusList, category_id: textFilter("category_id"), site_id: textFilter("site_id"), q: textFilter("q") },
})
export type StoreListTicketsType = z.infer<typeof StoreListTickets>

const text = (field: string, max: number) =>
  z.string({ message: `${field} is required` }).trim().min(1, { message: `${field} is required` }).max(max, { message: `${field} is too long (at most ${max} characters)` })

export const StoreOpenTicket = z
  .object({
    category_id: text("category_id", 100),
    subject: text("subject", 200),
    description: text("description", 10_000),
    priority: z.enum(TICKET_PRIORITIES, { message: `priority must be one of ${TICKET_PRIORITIES.join(", ")}` }).default("normal"),
    site_id: z.string({ message: "site_id must be a site id" }).trim().max(100, { message: "site_id is too long" }).nullish(),
    equipment_id: z.string({ message: "equipment_id must be a machine id" }).trim().max(100, { message: "equipment_id is too long" }).nullish(),
    attachments: attachmentsSchema,
  })
  .strict()
export type StoreOpenTicketType = z.infer<typeof StoreOpenTicket>

export const StoreReply = z.object({ body: text("body", 10_000), attachments: attachmentsSchema }).strict()
export type StoreReplyType = z.infer<typeof StoreReply>

export const StoreReopenTicket = z.object({ reason: z.string({ message: "reason must be text" }).trim().max(2000, { message: "reason is too long" }).nullish() }).strict()
export type StoreReopenTicketType = z.infer<typeof StoreReopenTicket>

export const StoreCloseTicket = z.object({}).strict()
/** Marking a ticket read takes no body. */
export const StoreMarkTicketRead = z.object({}).strict()
