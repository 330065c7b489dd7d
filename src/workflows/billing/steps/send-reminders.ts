import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { mailInvoice } from "../../../lib/billing/mail"
import { loadBillingSettings } from "../../../lib/billing/settings"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

const DAY = 86_400_000

/**
 * Reminds the payers of each overdue invoice, at most once per reminder interval (settings): the first time
 * it is overdue, then again each interval while it stays unpaid. A sent mail cannot be recalled: nothing to
 * compensate.
 */
export const sendRemindersStep = createStep("send-billing-reminders", async (input: { now: string }, { container }) => {
  const settings = await loadBillingSettings(container)
  if (settings.reminder_interval_days <= 0) return new StepResponse([] as string[])
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const now = new Date(input.now)
  const before = new Date(now.getTime() - settings.reminder_interval_days * DAY)
  const due = await billing.listInvoices(
    { status: "overdue", $or: [{ last_reminder_at: null }, { last_reminder_at: { $lt: before } }] },
    { select: ["id", "number", "reminder_count"], take: 500, order: { due_date: "ASC" } }
  )
  const reminded: string[] = []
  for (const invoice of due) {
    const count = invoice.reminder_count + 1
    const mailed = await mailInvoice(container, invoice.id, { reminder: true, key: `reminder:${invoice.id}:${count}` })
    if (!mailed.sent.length && mailed.failed.length) continue
    await billing.updateInvoices({ id: invoice.id, last_reminder_at: now, reminder_count: count })
    reminded.push(invoice.number)
  }
  return new StepResponse(reminded)
})
