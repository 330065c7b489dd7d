import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveEmailLocale } from "../../lib/email"
import { createSecureLinkStep, type CreateSecureLinkData } from "./steps/create-secure-link"
import { loadBrandingStep } from "./steps/load-branding"

export const createSecureLinkWorkflowId = "create-secure-link"

/**
 * Staff create a link that opens the portal without signing in, for a whole account or one site. The answer
 * carries the raw token and the URL once; afterwards only the hash exists and the link cannot be shown again.
 */
export const createSecureLinkWorkflow = createWorkflow(createSecureLinkWorkflowId, (input: CreateSecureLinkData) => {
  const created = createSecureLinkStep(input)
  const branding = loadBrandingStep()
  const result = transform({ created, branding }, ({ created, branding }) => {
    const { token_hash: _hash, ...link } = created.link
    return {
      link,
      token: created.token,
      url: `${branding.portal_url}/${resolveEmailLocale(created.locale)}/link/${created.token}`,
    }
  })
  return new WorkflowResponse(result)
})
