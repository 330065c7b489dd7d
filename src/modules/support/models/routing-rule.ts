import { model } from "@medusajs/framework/utils"
import { TICKET_PRIORITIES } from "../statuses"
import { TicketCategory } from "./ticket-category"

/**
 * Who handles a category's tickets, optionally only for one site or one priority. The most specific rule
 * that matches wins (site and priority, then site, then priority, then the category's plain rule).
 */
export const RoutingRule = model
  .define("support_routing_rule", {
    id: model.id({ prefix: "trule" }).primaryKey(),
    site_id: model.text().nullable(),
    priority: model.enum([...TICKET_PRIORITIES]).nullable(),
    assignee_id: model.text(),
    category: model.belongsTo(() => TicketCategory, { mappedBy: "routing_rules" }),
  })
  .indexes([{ on: ["category_id"] }])
