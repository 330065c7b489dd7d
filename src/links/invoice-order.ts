import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BillingModule from "../modules/billing"

// Read-only: an invoice holds the id of the order it bills, so Query joins the order (`billing_invoice.order.*`)
// without a link table to keep in step. An order may have several invoices (deposits, credit notes).
export default defineLink(
  { linkable: BillingModule.linkable.billingInvoice, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
