import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadBranding } from "../../../lib/branding"

export const loadBrandingStepId = "load-portal-branding"

/** The business's name, logo and portal address as clients see them, for e-mails, letters and links. */
export const loadBrandingStep = createStep(loadBrandingStepId, async (_: void, { container }) => {
  return new StepResponse(await loadBranding(container))
})
