import { MedusaService } from "@medusajs/framework/utils"
import { RENTAL_SETTINGS_DEFAULTS, type RentalSettings } from "../rental/contract"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PortalAccessMethods, PortalSections } from "./models/portal-settings"
import type { MemberRole } from "./models/account-member"
import { AccessCode } from "./models/access-code"
import { AccessLogEntry } from "./models/access-log-entry"
import { AccountMember } from "./models/account-member"
import { Activation } from "./models/activation"
import { ClientAccount } from "./models/client-account"
import { MemberInvitation } from "./models/member-invitation"
import { ViewAsCode } from "./models/view-as-code"
import { PortalSettings } from "./models/portal-settings"
import { resolveSupportSettings, type SupportSettings } from "../support/settings"
import { resolveBillingSettings, type BillingSettings } from "../billing/contract"
import { SecureLink } from "./models/secure-link"
import { Site } from "./models/site"

/** What portal routes need to know of a signed-in member, on every request. */
export type MemberAccess = {
  id: string
  customer_id: string
  role: MemberRole
  is_payer: boolean
  site_ids: string[]
  account_id: string
  portal_enabled: boolean
}

/** What portal routes need to know of the secure link a session was opened with. */
export type SecureLinkAccess = {
  id: string
  scope: "account" | "site" | "intervention"
  site_id: string | null
  intervention_id: string | null
  allow_actions: boolean
  expires_at: Date
  revoked_at: Date | null
  account_id: string
  portal_enabled: boolean
}

/** A view-as code just used: the staff action it belongs to and whom it shows. */
export type ViewAsCodeUse = {
  id: string
  access_log_id: string
  member_id: string
  customer_id: string
  user_id: string
  account_id: string
}

type RawManager = { getKnex(): Knex }

class ClientAccountModuleService extends MedusaService({
  ClientAccount,
  AccountMember,
  Site,
  SecureLink,
  AccessLogEntry,
  AccessCode,
  Activation,
  PortalSettings,
  MemberInvitation,
  ViewAsCode,
}) {
  /**
   * The module's connection, for the reads every portal request makes: they run outside any transaction, and
   * a forked entity manager per call (what @InjectManager gives) costs more than the statement.
   */
  private readonly connection_: Knex

  constructor(...args: [Record<string, unknown>, ...unknown[]]) {
    super(...args)
    this.connection_ = (args[0].manager as RawManager).getKnex()
  }

  /**
   * The member a customer is, with their account's id and whether its portal is on; null when the customer
   * is no member of a live account. One indexed statement: every portal request asks it.
   */
  async memberAccess(customerId: string): Promise<MemberAccess | null> {
    const { rows } = await this.connection_.raw(
      `select m.id, m.customer_id, m.role, m.is_payer, m.site_ids, m.account_id, a.portal_enabled
       from account_member m join client_account a on a.id = m.account_id and a.deleted_at is null
       where m.customer_id = ? and m.deleted_at is null
       limit 1`,
      [customerId]
    )
    return rows[0] ?? null
  }

  /** A secure link with its account's portal switch; null when it or its account is gone. */
  async secureLinkAccess(linkId: string): Promise<SecureLinkAccess | null> {
    const { rows } = await this.connection_.raw(
      `select l.id, l.scope, l.site_id, l.intervention_id, l.allow_actions, l.expires_at, l.revoked_at, l.account_id,
              a.portal_enabled
       from client_secure_link l join client_account a on a.id = l.account_id and a.deleted_at is null
       where l.id = ? and l.deleted_at is null`,
      [linkId]
    )
    return rows[0] ?? null
  }

  /**
   * Uses a live view-as code once: marks it used and answers it, in one statement, so two requests with the
   * same code cannot both succeed. Null when the code is unknown, used, expired or its account is gone.
   */
  async useViewAsCode(codeHash: string): Promise<ViewAsCodeUse | null> {
    const { rows } = await this.connection_.raw(
      `update client_view_as_code c set used_at = now(), updated_at = now()
       from client_account a
       where c.code_hash = ? and c.used_at is null and c.expires_at > now() and c.deleted_at is null
         and a.id = c.account_id and a.deleted_at is null
       returning c.id, c.access_log_id, c.member_id, c.customer_id, c.user_id, c.account_id`,
      [codeHash]
    )
    return rows[0] ?? null
  }

  /** Whether a view-as session names a code that was exchanged for it (the staff action that issued it). */
  async viewAsSessionWasIssued(accessLogId: string, customerId: string): Promise<boolean> {
    const { rows } = await this.connection_.raw(
      `select 1 from client_view_as_code
       where access_log_id = ? and customer_id = ? and used_at is not null and deleted_at is null limit 1`,
      [accessLogId, customerId]
    )
    return rows.length > 0
  }

  /**
   * The newest invitation waiting for this address in an account whose portal is on: what signing in with
   * a code sent to the address accepts. Null when there is none.
   */
  async pendingInvitationFor(email: string) {
    const pending = await this.listMemberInvitations(
      { email: email.trim().toLowerCase(), status: "pending" },
      { relations: ["account"], order: { invited_at: "DESC" } }
    )
    return pending.find((invitation) => invitation.account?.portal_enabled) ?? null
  }

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
      rentals: { ...RENTAL_SETTINGS_DEFAULTS, ...(saved?.rentals ?? {}) },
      support: resolveSupportSettings(saved?.support),
      billing: resolveBillingSettings(saved?.billing),
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
  rentals: RentalSettings
  support: SupportSettings
  billing: BillingSettings
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
