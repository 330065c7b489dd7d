import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { deriveLetterCode, renderActivationLetter } from "../../../../../../../../../../lib/activation-letter"
import { loadBranding } from "../../../../../../../../../../lib/branding"
import { resolveEmailLocale } from "../../../../../../../../../../lib/email"
import { codeHashSecret } from "../../../../../../../../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../../../../../modules/clientAccount/service"

/** The activation letter to post, as a PDF; only while the activation is unused and not expired. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const { id: accountId, memberId, activationId } = req.params
  const [member] = await service.listAccountMembers({ id: memberId, account_id: accountId }, { relations: ["account"] })
  const [activation] = member ? await service.listActivations({ id: activationId, member_id: member.id }) : []
  if (!member || !activation) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Activation with id: ${activationId} was not found`)
  }
  if (activation.used_at || new Date(activation.expires_at) <= new Date()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "activationId: this activation was used or has expired; issue a new one")
  }
  const [customer, branding] = await Promise.all([
    req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(member.customer_id),
    loadBranding(req.scope),
  ])
  const account = member.account
  const locale = resolveEmailLocale(account.locale)
  const pdf = await renderActivationLetter({
    locale,
    business_name: branding.name,
    recipient: {
      name: [customer.first_name, customer.last_name].filter(Boolean).join(" "),
      account_name: account.name,
      lines: [
        account.address_1 ?? "",
        account.address_2 ?? "",
        [account.postal_code, account.city].filter(Boolean).join(" "),
        (account.country_code ?? "").toUpperCase(),
      ].filter(Boolean),
    },
    email: customer.email,
    code: deriveLetterCode(codeHashSecret(req.scope), activation.id),
    activation_url: `${branding.portal_url}/${locale}/activate`,
    expires_at: new Date(activation.expires_at),
  })
  res.setHeader("content-type", "application/pdf")
  res.setHeader("content-disposition", `attachment; filename="activation-${account.number}-${activation.id}.pdf"`)
  // The letter carries a secret: no proxy or browser cache may keep it.
  res.setHeader("cache-control", "no-store")
  res.status(200).send(pdf)
}
