import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { AccessEvent } from "../../../modules/clientAccount/models/access-log-entry"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

/** Where a request came from, as the routes read it (the address from `clientAddress`, never `req.ip`). */
export type RequestOrigin = { ip: string | null; user_agent: string | null }

export type AccessEventData = RequestOrigin & {
  event: AccessEvent
  account_id?: string | null
  member_id?: string | null
  customer_id?: string | null
  secure_link_id?: string | null
  identifier?: string | null
  details?: Record<string, unknown> | null
}

export const recordAccessEventStepId = "record-access-event"

/** One row of the access log, with the caller's IP and user agent; removed if the workflow rolls back. */
export const recordAccessEventStep = createStep(
  recordAccessEventStepId,
  async (data: AccessEventData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const entry = await service.createAccessLogEntries({
      event: data.event,
      account_id: data.account_id ?? null,
      member_id: data.member_id ?? null,
      customer_id: data.customer_id ?? null,
      secure_link_id: data.secure_link_id ?? null,
      identifier: data.identifier ?? null,
      ip: data.ip,
      user_agent: data.user_agent?.slice(0, 500) ?? null,
      details: data.details ?? null,
    })
    return new StepResponse({ id: entry.id }, entry.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteAccessLogEntries(id)
  }
)
