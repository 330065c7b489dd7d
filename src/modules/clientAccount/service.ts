import { MedusaService } from "@medusajs/framework/utils"
import type { PortalAccessMethods, PortalSections } from "./models/portal-settings"
import { AccessCode } from "./models/access-code"
import { AccessLogEntry } from "./models/access-log-entry"
import { AccountMember } from "./models/account-member"
import { Activation } from "./models/activation"
import { ClientAccount } from "./models/client-account"
import { PortalSettings } from "./models/portal-settings"
import { SecureLink } from "./models/secure-link"
import { Site } from "./models/site"

class ClientAccountModuleService extends MedusaService({
  ClientAccount,
  AccountMember,
  Site,
  SecureLink,
  AccessLogEntry,
  AccessCode,
  Activation,
  PortalSettings,
}) {
  /**
   * The portal settings staff edited, or the defaults when they never did: every section shown, sign-in by
   * e-mail code, SMS code, secure link and activation letter allowed.
   */
  async resolvePortalSettings(): Promise<ResolvedPortalSettings> {
    const [saved] = await this.listPortalSettings({}, { take: 1, order: { created_at: "ASC" } })
    return {
      id: saved?.id ?? null,
      business_name: saved?.business_name ?? null,
      logo_url: saved?.logo_url ?? null,
      general_information: saved?.general_information ?? null,
      sections: { ...DEFAULT_SECTIONS, ...(saved?.sections ?? {}) },
      access_methods: { ...DEFAULT_ACCESS_METHODS, ...(saved?.access_methods ?? {}) },
    }
  }
}

export type ResolvedPortalSettings = {
  id: string | null
  business_name: string | null
  logo_url: string | null
  general_information: string | null
  sections: PortalSections
  access_methods: PortalAccessMethods
}

export const DEFAULT_SECTIONS: PortalSections = {
  sales: true,
  fleet: true,
  interventions: true,
  rentals: true,
  support: true,
  documents: true,
}

export const DEFAULT_ACCESS_METHODS: PortalAccessMethods = {
  email_code: true,
  sms_code: true,
  secure_link: true,
  activation_letter: true,
}

export default ClientAccountModuleService
