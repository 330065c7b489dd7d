import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invoicePdfRenderer, type InvoicePlan } from "../../../lib/billing/issue"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

/**
 * Issues the planned invoice: number, stored PDF and deposit deductions in one transaction (see
 * BillingModuleService.issueInvoice). Its compensation cancels the invoice rather than deleting it: a number
 * once given is never given again, so the sequence keeps no hole a reader could not explain.
 */
export const issueInvoiceStep = createStep(
  "issue-billing-invoice",
  async (plan: InvoicePlan, { container }) => {
    // Dates may arrive as text when the workflow engine stored the plan between steps.
    const input = { ...plan.input, issue_date: new Date(plan.input.issue_date), due_date: new Date(plan.input.due_date) }
    const issued = await container.resolve<BillingModuleService>(BILLING_MODULE).issueInvoice(input, await invoicePdfRenderer(container, plan))
    return new StepResponse(issued, issued.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container
      .resolve<BillingModuleService>(BILLING_MODULE)
      .updateInvoices({ id, status: "cancelled", cancelled_at: new Date(), reason: "Cancelled: the issue did not complete" })
  }
)
