import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { clientAddress } from "../../../../../lib/client-address"
import { envLimit, HOUR_MS, limitByAccessLog, sendTooManyRequests } from "../../../../../lib/rate-limit"
import { hashSecureToken } from "../../../../../lib/secure-token"
import { issuePortalToken } from "../../../../../lib/portal-session"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { openSecureLinkWorkflow } from "../../../../../workflows/client-access/open-secure-link"
import type { ExchangeSecureLinkType } from "../validators"

/** A link session lasts until the link expires, but never more than a working day per opening. */
const MAX_SESSION_SECONDS = 12 * 60 * 60

/**
 * The portal's link page posts the token from the URL here when the client presses its button (a mail
 * scanner that prefetches the link only loads the page). Answers a portal token limited to the link's scope.
 */
export async function POST(req: MedusaRequest<ExchangeSecureLinkType>, res: MedusaResponse) {
  const ip = clientAddress(req)
  if (ip) {
    const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const limit = await limitByAccessLog(
      service,
      { event: ["link_refused", "activation_refused"], ip },
      { limit: envLimit("PORTAL_EXCHANGE_FAILURES_PER_IP", 20), windowMs: HOUR_MS }
    )
    if (limit.limited) return sendTooManyRequests(res, limit.retryAfterSeconds, "Too many invalid links from this address; try again later")
  }
  const { result } = await openSecureLinkWorkflow(req.scope).run({
    input: {
      token_hash: hashSecureToken(req.validatedBody.token),
      ip,
      user_agent: typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"] : null,
    },
  })
  if (!result.ok || !result.secure_link_id || !result.expires_at) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This link is invalid, has expired or was revoked")
  }
  const remaining = Math.floor((new Date(result.expires_at).getTime() - Date.now()) / 1000)
  const token = issuePortalToken(
    req.scope,
    { kind: "link", secure_link_id: result.secure_link_id },
    Math.max(1, Math.min(remaining, MAX_SESSION_SECONDS))
  )
  res.json({
    token,
    scope: {
      kind: result.scope,
      account_id: result.account_id,
      site_id: result.site_id,
      intervention_id: result.intervention_id,
      read_only: !result.allow_actions,
      expires_at: result.expires_at,
    },
  })
}
