import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { resolveEmailLocale } from "../../lib/email"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { createSecureLinkStep } from "../client-account/steps/create-secure-link"
import { loadBrandingStep } from "../client-account/steps/load-branding"

export type SendInterventionLinkInput = {
  intervention: { id: string; number: string; account_id: string; scheduled_start: Date | null; scheduled_end: Date | null }
  email: string | null
  allow_actions: boolean
  expires_at: Date
  created_by: string
}

type MailInput = {
  link_id: string
  url: string
  email: string | null
  number: string
  account_id: string
  scheduled_start: Date | null
  scheduled_end: Date | null
  expires_at: Date
  business_name: string
  logo_url: string | null
}

const when = (locale: string, d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(d) + " UTC"

/**
 * Mails the link in the account's language, once per link (idempotency key). A mail server that is down is
 * logged and answered as not mailed: the link stands and staff can copy it from the answer.
 */
const mailInterventionLinkStep = createStep("mail-field-intervention-link", async (input: MailInput, { container }) => {
  if (!input.email) return new StepResponse({ mailed_to: null as string | null })
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(input.account_id, { select: ["name", "locale"] })
  const locale = resolveEmailLocale(account.locale)
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications([
      {
        to: input.email,
        channel: "email",
        template: "portal-intervention-link",
        idempotency_key: `portal-intervention-link:${input.link_id}`,
        data: {
          locale,
          portal_url: input.url,
          number: input.number,
          window: input.scheduled_start ? `${when(locale, new Date(input.scheduled_start))}${input.scheduled_end ? ` – ${when(locale, new Date(input.scheduled_end))}` : ""}` : "",
          account_name: account.name,
          business_name: input.business_name,
          logo_url: input.logo_url,
          expires: when(locale, new Date(input.expires_at)),
        },
      },
    ])
    return new StepResponse({ mailed_to: input.email as string | null })
  } catch (error) {
    const message = ((error as Error).message ?? "unknown error").split("\n").filter(Boolean).pop()
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Link to intervention ${input.number} not mailed to ${input.email}: ${message}`)
    return new StepResponse({ mailed_to: null as string | null })
  }
})

/**
 * Staff share one intervention (the Synchroteam model): a secure link scoped to it, through the secure links'
 * own step (only the token's hash is stored), mailed to the client. Opening it shows that intervention alone.
 */
export const sendInterventionLinkWorkflow = createWorkflow("send-field-intervention-link", (input: SendInterventionLinkInput) => {
  const created = createSecureLinkStep(
    transform({ input }, ({ input }) => ({
      account_id: input.intervention.account_id,
      scope: "intervention" as const,
      intervention_id: input.intervention.id,
      label: `Intervention ${input.intervention.number}`,
      allow_actions: input.allow_actions,
      expires_at: input.expires_at,
      created_by: input.created_by,
    }))
  )
  const branding = loadBrandingStep()
  const link = transform({ created, branding }, ({ created, branding }) => {
    const { token_hash: _hash, ...rest } = created.link
    return { ...rest, url: `${branding.portal_url}/${resolveEmailLocale(created.locale)}/link/${created.token}` }
  })
  const mailed = mailInterventionLinkStep(
    transform({ input, link, branding }, ({ input, link, branding }) => ({
      link_id: link.id,
      url: link.url,
      email: input.email,
      number: input.intervention.number,
      account_id: input.intervention.account_id,
      scheduled_start: input.intervention.scheduled_start,
      scheduled_end: input.intervention.scheduled_end,
      expires_at: input.expires_at,
      business_name: branding.name,
      logo_url: branding.logo_url,
    }))
  )
  return new WorkflowResponse(transform({ link, mailed }, ({ link, mailed }) => ({ link, mailed_to: mailed.mailed_to })))
})
