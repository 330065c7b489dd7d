import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { clientAddress } from "../../../../../lib/client-address"
import { envLimit, HOUR_MS, limitByAccessLog, sendTooManyRequests } from "../../../../../lib/rate-limit"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { PORTAL_OTP_PROVIDER_ID } from "../../../../../providers/portal-otp/service"
import { useActivationWorkflow } from "../../../../../workflows/client-access/use-activation"
import type { ExchangeActivationType } from "../validators"

/**
 * Two-part activation: the code from the posted letter and the code from the e-mail, together, sign the
 * new member in. The token is minted by Medusa's own function for auth callbacks, so it is the same
 * customer token a code sign-in gives (and honours the store's MFA and token settings).
 */
export async function POST(req: MedusaRequest<ExchangeActivationType>, res: MedusaResponse) {
  const ip = clientAddress(req)
  if (ip) {
    const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const limit = await limitByAccessLog(
      service,
      { event: ["activation_refused", "link_refused"], ip },
      { limit: envLimit("PORTAL_EXCHANGE_FAILURES_PER_IP", 20), windowMs: HOUR_MS }
    )
    if (limit.limited) return sendTooManyRequests(res, limit.retryAfterSeconds, "Too many wrong codes from this address; try again later")
  }
  const { result } = await useActivationWorkflow(req.scope).run({
    input: {
      letter_code: req.validatedBody.letter_code,
      email_code: req.validatedBody.email_code,
      ip,
      user_agent: typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"] : null,
    },
  })
  if (!result.ok || !result.auth_identity_id) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "These activation codes are not valid, or were already used")
  }
  const authIdentity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(result.auth_identity_id, { relations: ["provider_identities"] })
  const answer = await generateJwtTokenWithChecks(req.scope, {
    authIdentity,
    actorType: "customer",
    authProvider: PORTAL_OTP_PROVIDER_ID,
  })
  res.json(answer)
}
