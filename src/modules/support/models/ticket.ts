import { model } from "@medusajs/framework/utils"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../statuses"
import { TicketCategory } from "./ticket-category"

/**
 * A client's request to the business. Its conversation is a thread (`thread_id`) like any other message
 * thread, so the portal inbox and read receipts treat tickets and announcements alike. `sla_due_at` follows
 * from the priority and the support settings when the ticket is opened.
 */
export const Ticket = model
  .define("support_ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    number: model.text().unique().searchable(),
    account_id: model.text(),
    site_id: model.text().nullable(),
    equipment_id: model.text().nullable(),
    subject: model.text().searchable(),
    description: model.text(),
    priority: model.enum([...TICKET_PRIORITIES]).default("normal"),
    status: model.enum([...TICKET_STATUSES]).default("open"),
    /** The staff user responsible (set by the routing rules, changed by reassignment). */
    assignee_id: model.text().nullable(),
    sla_due_at: model.dateTime().nullable(),
    thread_id: model.text().unique(),
    opened_by_member_id: model.text().nullable(),
    opened_by_name: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    reopened_count: model.number().default(0),
    category: model.belongsTo(() => TicketCategory, { mappedBy: "tickets" }),
  })
  .indexes([
    { on: ["account_id", "status"] },
    { on: ["assignee_id", "status"] },
    { on: ["status", "sla_due_at"] },
    { on: ["category_id"] },
  ])
