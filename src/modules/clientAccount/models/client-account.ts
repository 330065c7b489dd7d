import { model } from "@medusajs/framework/utils"
import { AccountMember } from "./account-member"
import { AccessLogEntry } from "./access-log-entry"
import { MemberInvitation } from "./member-invitation"
import { ViewAsCode } from "./view-as-code"
import { SecureLink } from "./secure-link"
import { Site } from "./site"

/** A company (or a person) the business serves; everything a client sees in the portal belongs to one. */
export const ClientAccount = model
  .define("client_account", {
    id: model.id({ prefix: "cacc" }).primaryKey(),
    number: model.text().unique().searchable(),
    name: model.text().searchable(),
    address_1: model.text().nullable(),
    address_2: model.text().nullable(),
    postal_code: model.text().nullable(),
    city: model.text().nullable(),
    country_code: model.text().nullable(),
    contact_name: model.text().nullable(),
    contact_email: model.text().nullable(),
    contact_phone: model.text().nullable(),
    notes: model.text().nullable(),
    /** Language of the account's e-mails and of the portal by default (en, fr, it, sk). */
    locale: model.text().default("en"),
    portal_enabled: model.boolean().default(true),
    metadata: model.json().nullable(),
    members: model.hasMany(() => AccountMember, { mappedBy: "account" }),
    sites: model.hasMany(() => Site, { mappedBy: "account" }),
    secure_links: model.hasMany(() => SecureLink, { mappedBy: "account" }),
    access_log: model.hasMany(() => AccessLogEntry, { mappedBy: "account" }),
    invitations: model.hasMany(() => MemberInvitation, { mappedBy: "account" }),
    view_as_codes: model.hasMany(() => ViewAsCode, { mappedBy: "account" }),
  })
  .cascades({ delete: ["members", "sites", "secure_links", "invitations", "view_as_codes"] })
