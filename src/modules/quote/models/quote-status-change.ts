import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"
import { QUOTE_STATUSES } from "../statuses"

/** The quote's history as staff read it: each status it took, when and by whom. */
export const QuoteStatusChange = model
  .define("quote_status_change", {
    id: model.id({ prefix: "quohist" }).primaryKey(),
    account_id: model.text(),
    status: model.enum([...QUOTE_STATUSES]),
    version: model.number().nullable(),
    actor_type: model.enum(["client", "staff", "system"]),
    actor_id: model.text().nullable(),
    actor_name: model.text().nullable(),
    note: model.text().nullable(),
    quote: model.belongsTo(() => Quote, { mappedBy: "history" }),
  })
  .indexes([{ on: ["quote_id"] }])
