import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateSecureToken } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

/** Long enough to click "View as client" and let the portal open; the session itself lasts longer. */
export const VIEW_AS_CODE_TTL_MS = 5 * 60 * 1000

export type ViewAsCodeInput = { access_log_id: string; account_id: string; member_id: string; customer_id: string; user_id: string }

export const createViewAsCodeStepId = "create-view-as-code"

/**
 * Issues the one-time code of a view-as URL for the staff action logged as `access_log_id`: 256 random
 * bits, only the hash stored. Returns the code in clear, once. Compensation removes it.
 */
export const createViewAsCodeStep = createStep(
  createViewAsCodeStepId,
  async (input: ViewAsCodeInput, { container }) => {
    const { token, hash } = generateSecureToken()
    const created = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).createViewAsCodes({
      ...input,
      code_hash: hash,
      expires_at: new Date(Date.now() + VIEW_AS_CODE_TTL_MS),
    })
    return new StepResponse(token, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteViewAsCodes(id)
  }
)
