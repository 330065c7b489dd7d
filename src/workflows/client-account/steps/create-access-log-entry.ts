import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { AccessEvent } from "../../../modules/clientAccount/models/access-log-entry"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type AccessLogData = {
  event: AccessEvent
  account_id: string | null
  member_id?: string | null
  customer_id?: string | null
  user_id?: string | null
  identifier?: string | null
  secure_link_id?: string | null
  details?: Record<string, unknown> | null
}

export const createAccessLogEntryStepId = "create-access-log-entry"

/** Writes one row of the access log staff read; undone with the rest when the action fails. */
export const createAccessLogEntryStep = createStep(
  createAccessLogEntryStepId,
  async (data: AccessLogData, { container }) => {
    const entry = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).createAccessLogEntries(data)
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteAccessLogEntries(id)
  }
)
