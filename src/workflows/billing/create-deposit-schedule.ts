import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../modules/billing"
import type BillingModuleService from "../../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

export type CreateDepositScheduleInput = {
  account_id: string
  site_id?: string | null
  title: string
  currency_code: string
  monthly_amount: number
  start_date: Date
  count: number
}

const createDepositScheduleStep = createStep(
  "create-billing-deposit-schedule",
  async (input: CreateDepositScheduleInput, { container }) => {
    const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [account] = await accounts.listClientAccounts({ id: input.account_id }, { select: ["id"] })
    if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `account_id: account ${input.account_id} was not found`)
    if (input.site_id) {
      const [site] = await accounts.listSites({ id: input.site_id, account_id: input.account_id }, { select: ["id"] })
      if (!site) throw new MedusaError(MedusaError.Types.NOT_FOUND, `site_id: site ${input.site_id} is not this account's`)
    }
    const schedule = await container
      .resolve<BillingModuleService>(BILLING_MODULE)
      .createDepositSchedules({ ...input, site_id: input.site_id ?? null, currency_code: input.currency_code.toLowerCase() })
    return new StepResponse(schedule, schedule.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BillingModuleService>(BILLING_MODULE).deleteDepositSchedules(id)
  }
)

/** Staff set up advance payments for an account or one of its sites: `count` monthly deposits, then a settlement. */
export const createDepositScheduleWorkflow = createWorkflow("create-billing-deposit-schedule", (input: CreateDepositScheduleInput) => {
  return new WorkflowResponse(createDepositScheduleStep(input))
})
