import type { FilterableCustomerProps } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AccessIdentifier } from "../../../lib/access-identifier"
import { normalizePhone } from "../../../lib/access-identifier"
import { resolveSmsSender, smsOptionsFromConfig } from "../../../lib/sms"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { PORTAL_OTP_PROVIDER_ID } from "../../../providers/portal-otp/service"

/** Who a sign-in code would go to, and how; `null` fields when nobody may receive one. */
export type SignInTarget = {
  /** Why no code goes out, for the access log only (the client never sees it). */
  refusal: "unknown_identifier" | "not_a_member" | "portal_disabled" | "method_disabled" | null
  channel: "email" | "sms" | "none"
  destination: string | null
  account_id: string | null
  member_id: string | null
  customer_id: string | null
  customer_email: string | null
  customer_phone: string | null
  first_name: string | null
  locale: string
}

const nobody = (refusal: NonNullable<SignInTarget["refusal"]>, extra: Partial<SignInTarget> = {}): SignInTarget => ({
  refusal,
  channel: "none",
  destination: null,
  account_id: null,
  member_id: null,
  customer_id: null,
  customer_email: null,
  customer_phone: null,
  first_name: null,
  locale: "en",
  ...extra,
})

export const resolveSignInTargetStepId = "resolve-sign-in-target"

/**
 * Finds the member behind an e-mail or phone: first through an existing `portal-otp` identity, then among
 * customers; an e-mail that is no member's but has a pending invitation gets a code to accept it. Only a member of an account whose portal is enabled, with an allowed access method, gets a
 * code: by SMS when the member has a mobile and SMS is configured, else by e-mail. Read-only.
 */
export const resolveSignInTargetStep = createStep(
  resolveSignInTargetStepId,
  async ({ identifier, raw }: { identifier: AccessIdentifier; raw: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const customers = container.resolve(Modules.CUSTOMER)
    const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)

    const candidateIds = new Set<string>()
    const [providerIdentity] = await auth.listProviderIdentities(
      { provider: PORTAL_OTP_PROVIDER_ID, entity_id: identifier.value },
      { relations: ["auth_identity"] }
    )
    const linked = providerIdentity?.auth_identity?.app_metadata?.customer_id
    if (typeof linked === "string") candidateIds.add(linked)
    if (!candidateIds.size) {
      // Customers' e-mails and phones are stored as typed; try the forms a person or an import would use.
      const variants = [...new Set([identifier.value, raw.trim()])]
      // The customer table has a phone column, which the generated list filters by, though
      // FilterableCustomerProps does not declare it.
      const filters = (
        identifier.kind === "email" ? { email: variants } : { phone: [...variants, identifier.value.replace(/^\+/, "")] }
      ) as FilterableCustomerProps
      const found = await customers.listCustomers(filters, { select: ["id"] })
      found.forEach((c) => candidateIds.add(c.id))
    }
    const members = candidateIds.size
      ? await accounts.listAccountMembers({ customer_id: [...candidateIds] }, { relations: ["account"] })
      : []
    const settings = await accounts.resolvePortalSettings()
    if (!members.length) {
      // Someone an account admin invited: the code goes to the invited address, and using it accepts.
      const invitation = identifier.kind === "email" ? await accounts.pendingInvitationFor(identifier.value) : null
      if (!invitation) return new StepResponse(nobody(candidateIds.size ? "not_a_member" : "unknown_identifier"))
      if (!settings.access_methods.email_code) return new StepResponse(nobody("method_disabled", { account_id: invitation.account.id }))
      return new StepResponse<SignInTarget>({
        refusal: null,
        channel: "email",
        destination: invitation.email,
        account_id: invitation.account.id,
        member_id: null,
        customer_id: null,
        customer_email: invitation.email,
        customer_phone: null,
        first_name: invitation.first_name,
        locale: invitation.account.locale || "en",
      })
    }
    const member = members.find((m) => m.account.portal_enabled) ?? members[0]
    const who = { account_id: member.account.id, member_id: member.id, customer_id: member.customer_id }
    if (!member.account.portal_enabled) return new StepResponse(nobody("portal_disabled", who))

    const customer = await customers.retrieveCustomer(member.customer_id)
    const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    const sms = resolveSmsSender(smsOptionsFromConfig(config), container.resolve(ContainerRegistrationKeys.LOGGER))
    const base = {
      ...who,
      refusal: null,
      customer_email: customer.email ?? null,
      customer_phone: customer.phone ?? null,
      first_name: customer.first_name ?? null,
      locale: member.account.locale || "en",
    }
    if (customer.phone && sms && settings.access_methods.sms_code) {
      return new StepResponse<SignInTarget>({ ...base, channel: "sms", destination: normalizePhone(customer.phone) })
    }
    if (customer.email && settings.access_methods.email_code) {
      return new StepResponse<SignInTarget>({ ...base, channel: "email", destination: customer.email })
    }
    return new StepResponse(nobody("method_disabled", who))
  }
)
