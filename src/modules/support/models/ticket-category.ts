import { model } from "@medusajs/framework/utils"
import { RoutingRule } from "./routing-rule"
import { Ticket } from "./ticket"

/** What a ticket is about (breakdown, billing, access…); its routing rules name who handles it. */
export const TicketCategory = model
  .define("support_ticket_category", {
    id: model.id({ prefix: "tcat" }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    /** Name and description in the clients' other languages: `{ fr: { name, description } }`. */
    translations: model.json().nullable(),
    /** Staff user who gets a ticket no rule matches. */
    default_assignee_id: model.text().nullable(),
    rank: model.number().default(0),
    active: model.boolean().default(true),
    routing_rules: model.hasMany(() => RoutingRule, { mappedBy: "category" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "category" }),
  })
  .cascades({ delete: ["routing_rules"] })
