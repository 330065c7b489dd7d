import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { remindOverdueInvoicesWorkflow } from "../workflows/billing/remind-overdue-invoices"

/** Every night: invoices past due become overdue and their payers are reminded in their language. */
export default async function remindOverdueInvoicesJob(container: MedusaContainer) {
  const { result } = await remindOverdueInvoicesWorkflow(container).run({ input: { now: new Date().toISOString() } })
  if (result.marked.length || result.reminded.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Invoices: ${result.marked.length} now overdue, ${result.reminded.length} reminder(s) sent`)
  }
}

export const config = {
  name: "portal-remind-overdue-invoices",
  schedule: "15 2 * * *",
}
