import { z } from "@medusajs/framework/zod"
import { EMAIL_LOCALES, type EmailLocale } from "../../../../lib/email"
import { ACCESS_EVENTS } from "../../../../modules/clientAccount/models/access-log-entry"
import { MEMBER_ROLES } from "../../../../modules/clientAccount/models/account-member"
import { dateField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { MEMBER_SORTABLE } from "../../../store/portal/members/validators"
import { SITE_SORTABLE } from "../../../store/portal/sites/validators"

const optionalText = (max: number) => z.string().trim().max(max).nullish()
const locales = EMAIL_LOCALES as [EmailLocale, ...EmailLocale[]]

export const AdminListClientAccounts = listQuery({
  defaultLimit: 20,
  sortable: ["name", "number", "city", "country_code", "created_at", "updated_at"],
  filters: {
    q: textFilter("q"),
    portal_enabled: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
  },
})
export type AdminListClientAccountsType = z.infer<typeof AdminListClientAccounts>

const accountFields = {
  address_1: optionalText(200),
  address_2: optionalText(200),
  postal_code: optionalText(20),
  city: optionalText(100),
  country_code: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2}$/, { message: "country_code must be a two-letter ISO code" })
    .transform((c) => c.toLowerCase())
    .nullish(),
  contact_name: optionalText(200),
  contact_email: z.string().trim().email({ message: "contact_email must be an e-mail address" }).nullish(),
  contact_phone: optionalText(40),
  notes: optionalText(5000),
  locale: z.enum(locales).optional(),
  portal_enabled: z.boolean().optional(),
}

export const AdminCreateClientAccount = z
  .object({
    number: z.string().trim().min(1, { message: "number is required" }).max(50),
    name: z.string().trim().min(1, { message: "name is required" }).max(200),
    ...accountFields,
  })
  .strict()
export type AdminCreateClientAccountType = z.infer<typeof AdminCreateClientAccount>

export const AdminUpdateClientAccount = z
  .object({
    number: z.string().trim().min(1, { message: "number cannot be empty" }).max(50).optional(),
    name: z.string().trim().min(1, { message: "name cannot be empty" }).max(200).optional(),
    ...accountFields,
  })
  .strict()
export type AdminUpdateClientAccountType = z.infer<typeof AdminUpdateClientAccount>

const siteFields = {
  address_1: optionalText(200),
  address_2: optionalText(200),
  postal_code: optionalText(20),
  city: optionalText(100),
  country_code: accountFields.country_code,
  latitude: z.number().min(-90, { message: "latitude must be between -90 and 90" }).max(90, { message: "latitude must be between -90 and 90" }).nullish(),
  longitude: z
    .number()
    .min(-180, { message: "longitude must be between -180 and 180" })
    .max(180, { message: "longitude must be between -180 and 180" })
    .nullish(),
  contact_name: optionalText(200),
  contact_phone: optionalText(40),
  contact_email: z.string().trim().email({ message: "contact_email must be an e-mail address" }).nullish(),
  notes: optionalText(5000),
}

export const AdminListSites = listQuery({ defaultLimit: 50, sortable: SITE_SORTABLE, filters: { q: textFilter("q") } })
export type AdminListSitesType = z.infer<typeof AdminListSites>

export const AdminCreateSite = z
  .object({ name: z.string().trim().min(1, { message: "name is required" }).max(200), ...siteFields })
  .strict()
export type AdminCreateSiteType = z.infer<typeof AdminCreateSite>

export const AdminUpdateSite = z
  .object({ name: z.string().trim().min(1, { message: "name cannot be empty" }).max(200).optional(), ...siteFields })
  .strict()
export type AdminUpdateSiteType = z.infer<typeof AdminUpdateSite>

export const AdminListMembers = listQuery({ defaultLimit: 50, sortable: [...MEMBER_SORTABLE, "last_sign_in_at"] })
export type AdminListMembersType = z.infer<typeof AdminListMembers>

const siteIds = z.array(z.string().min(1)).max(500)

export const AdminCreateMember = z
  .object({
    customer_id: z.string().min(1).optional(),
    email: z.string().trim().email({ message: "email must be an e-mail address" }).optional(),
    first_name: optionalText(100),
    last_name: optionalText(100),
    phone: optionalText(40),
    role: z.enum(MEMBER_ROLES),
    is_payer: z.boolean().optional(),
    site_ids: siteIds.optional(),
    /** Send the portal invitation e-mail right away. */
    invite: z.boolean().optional(),
  })
  .strict()
  .refine((body) => body.customer_id || body.email, { message: "email or customer_id is required", path: ["email"] })
export type AdminCreateMemberType = z.infer<typeof AdminCreateMember>

export const AdminUpdateMember = z
  .object({ role: z.enum(MEMBER_ROLES).optional(), is_payer: z.boolean().optional(), site_ids: siteIds.optional() })
  .strict()
export type AdminUpdateMemberType = z.infer<typeof AdminUpdateMember>

export const AdminIssueActivation = z
  .object({ valid_days: z.number().int().min(1).max(90).optional() })
  .strict()
export type AdminIssueActivationType = z.infer<typeof AdminIssueActivation>

export const AdminListSecureLinks = listQuery({ defaultLimit: 50, sortable: ["created_at", "expires_at", "last_used_at", "label"] })
export type AdminListSecureLinksType = z.infer<typeof AdminListSecureLinks>

export const AdminCreateSecureLink = z
  .object({
    scope: z.enum(["account", "site", "intervention"]),
    site_id: z.string().min(1).nullish(),
    intervention_id: z.string().min(1).max(100).nullish(),
    label: optionalText(200),
    allow_actions: z.boolean().optional(),
    expires_at: dateField("expires_at"),
  })
  .strict()
  .refine((body) => body.scope !== "site" || !!body.site_id, { message: "site_id is required for a site link", path: ["site_id"] })
  .refine((body) => body.scope !== "intervention" || !!body.intervention_id, { message: "intervention_id is required for an intervention link", path: ["intervention_id"] })
export type AdminCreateSecureLinkType = z.infer<typeof AdminCreateSecureLink>

export const AdminListAccessLog = listQuery({ defaultLimit: 50, sortable: ["created_at", "event"], filters: { event: z.enum(ACCESS_EVENTS).optional() } })
export type AdminListAccessLogType = z.infer<typeof AdminListAccessLog>
