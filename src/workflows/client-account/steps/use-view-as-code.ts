import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { hashSecureToken } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const useViewAsCodeStepId = "use-view-as-code"

/**
 * Uses a view-as code once (one guarded update: a second use, or a parallel one, finds it used) and checks
 * that the staff action it names is in the access log. Anything else, a session token pasted in its place
 * included, answers 401. Nothing to undo: a code shown to a client is spent.
 */
export const useViewAsCodeStep = createStep(useViewAsCodeStepId, async ({ code }: { code: string }, { container }) => {
  const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const refused = () => new MedusaError(MedusaError.Types.UNAUTHORIZED, "This view-as link is invalid, has expired or was already used")
  const used = await service.useViewAsCode(hashSecureToken(code))
  if (!used) throw refused()
  const [action] = await service.listAccessLogEntries(
    { id: used.access_log_id, event: "impersonation_started", customer_id: used.customer_id, user_id: used.user_id },
    { select: ["id"] }
  )
  if (!action) throw refused()
  return new StepResponse(used)
})
