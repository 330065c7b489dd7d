import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import QuoteModule from "../modules/quote"

// Read-only: the quote holds the id of the order its acceptance created, so Query joins the order
// (`quote.order.*`) without a link table to keep in step.
export default defineLink(
  { linkable: QuoteModule.linkable.quote, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
