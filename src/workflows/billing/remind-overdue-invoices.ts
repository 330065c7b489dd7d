import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markOverdueStep } from "./steps/mark-overdue"
import { sendRemindersStep } from "./steps/send-reminders"

/** The nightly pass: mark what is past due overdue, then remind payers of what is overdue. */
export const remindOverdueInvoicesWorkflow = createWorkflow("remind-overdue-billing-invoices", (input: { now: string }) => {
  const marked = markOverdueStep(input)
  const reminded = sendRemindersStep(input)
  return new WorkflowResponse({ marked, reminded })
})
