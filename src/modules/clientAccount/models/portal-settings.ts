import { model } from "@medusajs/framework/utils"
import type { BillingSettings } from "../../billing/contract"

export type PortalSections = {
  sales: boolean
  fleet: boolean
  interventions: boolean
  rentals: boolean
  support: boolean
  documents: boolean
}

export type PortalAccessMethods = {
  email_code: boolean
  sms_code: boolean
  secure_link: boolean
  activation_letter: boolean
}

/** The portal's settings that staff change at run time; one row per store. */
export const PortalSettings = model.define("portal_settings", {
  id: model.id({ prefix: "cset" }).primaryKey(),
  business_name: model.text().nullable(),
  logo_url: model.text().nullable(),
  general_information: model.text().nullable(),
  sections: model.json<PortalSections>().nullable(),
  access_methods: model.json<PortalAccessMethods>().nullable(),
  /** Invoicing: payment terms, when orders become invoices, reminders (defaults in the billing contract). */
  billing: model.json<Partial<BillingSettings>>().nullable(),
})
