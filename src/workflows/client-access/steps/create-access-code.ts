import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { codeHashSecret, generateAccessCode, hashShortCode } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const ACCESS_CODE_TTL_MS = 10 * 60 * 1000

export type CreateAccessCodeInput = {
  identifier: string
  customer_id: string | null
  channel: "email" | "sms" | "none"
  ip: string | null
}

export const createAccessCodeStepId = "create-access-code"

/**
 * Records a code request. Every request gets a row, even for an unknown identifier (channel "none", no
 * hash, so it can never be verified): the rows are what the hourly limits count, and unknown identifiers
 * must be limited exactly like known ones. The clear code is returned only for delivery.
 */
export const createAccessCodeStep = createStep(
  createAccessCodeStepId,
  async (input: CreateAccessCodeInput, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const code = input.channel === "none" ? null : generateAccessCode()
    const row = await service.createAccessCodes({
      identifier: input.identifier,
      customer_id: input.customer_id,
      channel: input.channel,
      code_hash: code ? hashShortCode(code, codeHashSecret(container), "access-code") : null,
      expires_at: new Date(Date.now() + ACCESS_CODE_TTL_MS),
      ip: input.ip,
    })
    return new StepResponse({ id: row.id, code, expires_at: row.expires_at }, row.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteAccessCodes(id)
  }
)
