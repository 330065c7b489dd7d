import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planCreditNote, planFulfillmentInvoice, planOrderInvoice, planScheduleInvoice, type InvoicePlan, type OrderInvoiceInput } from "../../../lib/billing/issue"

export type InvoiceSource =
  | ({ type: "order" } & Omit<OrderInvoiceInput, "issue_date">)
  | { type: "fulfillment"; order_id: string; fulfillment_id: string }
  | { type: "credit"; invoice_id: string; amount?: number; reason: string }
  | { type: "schedule"; schedule_id: string; settlement_total?: number }

/** Reads what the invoice will say (the order's totals or a fulfilment's lines, the invoice credited, the schedule's next step); writes nothing. */
export const planInvoiceStep = createStep("plan-billing-invoice", async (source: InvoiceSource, { container }) => {
  let plan: InvoicePlan & { settles?: boolean }
  if (source.type === "order") plan = await planOrderInvoice(container, source)
  else if (source.type === "fulfillment") plan = await planFulfillmentInvoice(container, source)
  else if (source.type === "credit") plan = await planCreditNote(container, source)
  else plan = await planScheduleInvoice(container, source)
  return new StepResponse(plan)
})
