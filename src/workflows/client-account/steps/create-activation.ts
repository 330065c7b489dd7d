import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { deriveLetterCode } from "../../../lib/activation-letter"
import { codeHashSecret, generateActivationCodes, hashShortCode } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const createActivationStepId = "create-activation"

/**
 * Issues a two-part activation for a member: the e-mail code is random, the letter code is derived from the
 * activation's id (see `deriveLetterCode`), both stored only as keyed hashes. Returns the e-mail code for the
 * e-mail step; the letter is rendered on request.
 */
export const createActivationStep = createStep(
  createActivationStepId,
  async (input: { member_id: string; created_by: string; expires_at: Date }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const secret = codeHashSecret(container)
    const id = generateEntityId(undefined, "cact")
    const { email_code, email_code_hash } = generateActivationCodes(secret)
    const activation = await service.createActivations({
      id,
      member_id: input.member_id,
      letter_code_hash: hashShortCode(deriveLetterCode(secret, id), secret, "activation-letter"),
      email_code_hash,
      expires_at: input.expires_at,
      created_by: input.created_by,
    })
    return new StepResponse(
      { id: activation.id, member_id: activation.member_id, expires_at: activation.expires_at, email_code },
      activation.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteActivations(id)
  }
)
