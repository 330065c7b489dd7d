import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

export type SaveAccountOrderingInput = { account_id: string; approval_threshold?: number | null; salesperson_id?: string | null }

type Previous = { id: string; approval_threshold: number | null; salesperson_id: string | null } | { created_id: string }

/** Creates or updates the account's ordering terms; compensation restores them as they were. */
export const saveAccountOrderingStep = createStep(
  "save-account-ordering",
  async (input: SaveAccountOrderingInput, { container }) => {
    const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
    const [row] = await billing.listAccountOrderings({ account_id: input.account_id }, { take: 1 })
    const changes = Object.fromEntries(Object.entries({ approval_threshold: input.approval_threshold, salesperson_id: input.salesperson_id }).filter(([, v]) => v !== undefined))
    if (row) {
      const saved = await billing.updateAccountOrderings({ id: row.id, ...changes })
      const previous: Previous = { id: row.id, approval_threshold: row.approval_threshold === null ? null : Number(row.approval_threshold), salesperson_id: row.salesperson_id }
      return new StepResponse(saved, previous)
    }
    const saved = await billing.createAccountOrderings({ account_id: input.account_id, ...changes })
    return new StepResponse(saved, { created_id: saved.id } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
    if ("created_id" in previous) await billing.deleteAccountOrderings([previous.created_id])
    else await billing.updateAccountOrderings(previous)
  }
)
