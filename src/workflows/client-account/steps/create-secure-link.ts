import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { generateSecureToken } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { FIELD_SERVICE_MODULE } from "../../../modules/fieldService"
import type FieldServiceModuleService from "../../../modules/fieldService/service"

export type CreateSecureLinkData = {
  account_id: string
  scope: "account" | "site" | "intervention"
  site_id?: string | null
  /** The one intervention an intervention-scoped link opens (of the same account). */
  intervention_id?: string | null
  label?: string | null
  allow_actions?: boolean
  expires_at: Date
  created_by: string
}

export const createSecureLinkStepId = "create-secure-link"

/**
 * Creates a secure link and returns its raw token: the only moment it exists in clear, only its SHA-256 is
 * stored. A site-scoped link must name a site of the same account, an intervention-scoped one an intervention
 * of the same account; the expiry must be in the future.
 */
export const createSecureLinkStep = createStep(
  createSecureLinkStepId,
  async (data: CreateSecureLinkData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const account = await service.retrieveClientAccount(data.account_id, { select: ["id", "locale"] })
    if (new Date(data.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: the expiry must be in the future")
    }
    if (data.scope === "site") {
      if (!data.site_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id: a site-scoped link needs a site")
      const [site] = await service.listSites({ id: data.site_id, account_id: account.id }, { select: ["id"] })
      if (!site) throw new MedusaError(MedusaError.Types.INVALID_DATA, `site_id: ${data.site_id} is not a site of this account`)
    }
    if (data.scope === "intervention") {
      if (!data.intervention_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "intervention_id: an intervention-scoped link needs an intervention")
      const fieldService = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
      const [intervention] = await fieldService.listInterventions({ id: data.intervention_id, account_id: account.id }, { select: ["id"] })
      if (!intervention) throw new MedusaError(MedusaError.Types.INVALID_DATA, `intervention_id: ${data.intervention_id} is not an intervention of this account`)
    }
    const { token, hash } = generateSecureToken()
    const link = await service.createSecureLinks({
      account_id: account.id,
      scope: data.scope,
      site_id: data.scope === "site" ? data.site_id : null,
      intervention_id: data.scope === "intervention" ? data.intervention_id : null,
      label: data.label ?? null,
      allow_actions: data.allow_actions ?? false,
      expires_at: data.expires_at,
      created_by: data.created_by,
      token_hash: hash,
    })
    return new StepResponse({ link, token, locale: account.locale }, link.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteSecureLinks(id)
  }
)
