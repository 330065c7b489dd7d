import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { deliverAccessCode } from "../../../lib/access-code-delivery"
import { clientAddress } from "../../../lib/client-address"
import { parseAccessIdentifier } from "../../../lib/access-identifier"
import { envLimit, HOUR_MS, limitByAccessCodes, limitByAccessLog, sendTooManyRequests } from "../../../lib/rate-limit"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { recordAccessEventWorkflow } from "../../../workflows/client-access/record-access-event"
import { requestAccessCodeWorkflow } from "../../../workflows/client-access/request-access-code"
import { verifyAccessCodeWorkflow } from "../../../workflows/client-access/verify-access-code"
import { RequestAccessCode, VerifyAccessCode } from "./validators"

/**
 * One-time codes go through Medusa's own auth routes, `POST /auth/customer/portal-otp` and `.../callback`,
 * with the `portal-otp` provider. The work a provider cannot do from inside the auth module (find the
 * member, send the message, count tries, write the access log) is done here, in workflows with the
 * application's container; see src/providers/portal-otp/service.ts for the division of labour. Medusa's
 * verification providers (2.21) do not fit: they verify an identity that is already signed in
 * (`/auth/verification/*` requires a token), while here the client is not signed in yet.
 */

/** The same answer for every accepted request, known identifier or not: nothing here may tell them apart. */
export const CODE_REQUESTED_ANSWER = { success: true, expires_in: 600 } as const

function parseBody<T extends z.ZodTypeAny>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.join(".") || "body"
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${issue.message}`)
  }
  return parsed.data
}

const origin = (req: MedusaRequest) => ({
  ip: clientAddress(req),
  user_agent: typeof req.headers["user-agent"] === "string" ? req.headers["user-agent"] : null,
})

async function requestCode(req: MedusaRequest, res: MedusaResponse) {
  const { identifier: raw } = parseBody(RequestAccessCode, req.body)
  const identifier = parseAccessIdentifier(raw)
  if (!identifier) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "identifier: enter an e-mail address or a phone number")
  }
  const from = origin(req)
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)

  const byIp = from.ip
    ? await limitByAccessCodes(service, { ip: from.ip }, { limit: envLimit("PORTAL_OTP_CODES_PER_IP", 20), windowMs: HOUR_MS })
    : ({ limited: false } as const)
  const byIdentifier = byIp.limited
    ? byIp
    : await limitByAccessCodes(
        service,
        { identifier: identifier.value },
        { limit: envLimit("PORTAL_OTP_CODES_PER_IDENTIFIER", 5), windowMs: HOUR_MS }
      )
  if (byIdentifier.limited) {
    await recordAccessEventWorkflow(req.scope).run({
      input: { event: "rate_limited", identifier: identifier.value, ...from, details: { limit: byIp.limited ? "ip" : "identifier" } },
    })
    return sendTooManyRequests(res, byIdentifier.retryAfterSeconds, "Too many codes requested; try again later")
  }

  const { result } = await requestAccessCodeWorkflow(req.scope).run({ input: { identifier, raw, ...from } })
  res.status(200).json(CODE_REQUESTED_ANSWER)
  if (result.delivery) {
    // After the answer, so that its timing does not depend on the mail server (see deliverAccessCode).
    void deliverAccessCode(req.scope, result.delivery, result.log_entry_id)
  }
}

async function verifyCode(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = parseBody(VerifyAccessCode, req.body)
  const identifier = parseAccessIdentifier(body.identifier)
  if (!identifier) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "identifier: enter an e-mail address or a phone number")
  }
  const from = origin(req)
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  if (from.ip) {
    const limit = await limitByAccessLog(
      service,
      { event: ["code_failed", "code_locked"], ip: from.ip },
      { limit: envLimit("PORTAL_OTP_FAILURES_PER_IP", 30), windowMs: HOUR_MS }
    )
    if (limit.limited) {
      return sendTooManyRequests(res, limit.retryAfterSeconds, "Too many wrong codes from this address; try again later")
    }
  }

  const { result } = await verifyAccessCodeWorkflow(req.scope).run({
    input: { identifier: identifier.value, code: body.code, ...from },
  })
  if (!result.ok || !result.grant) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Invalid or expired code")
  }
  // Hand over to Medusa's callback route: only the grant, never anything the client sent, reaches the provider.
  req.body = { identifier: result.grant.entity_id, grant: result.grant.grant }
  next()
}

export const authPortalOtpMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/customer/portal-otp", middlewares: [requestCode] },
  { method: ["POST"], matcher: "/auth/customer/portal-otp/callback", middlewares: [verifyCode] },
]
