import { model } from "@medusajs/framework/utils"
import type { FieldServiceSettings } from "../../fieldService/contract"
import type { RentalSettings } from "../../rental/contract"
import type { SupportSettingsInput } from "../../support/settings"
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
  /** Interventions: booking rules, planning visibility, distance model; defaults applied in code (fieldServiceSettings). */
  field_service: model.json<Partial<FieldServiceSettings>>().nullable(),
  /** Rental rules (notice, fees, auto-confirmation); missing keys take RENTAL_SETTINGS_DEFAULTS. */
  rentals: model.json<Partial<RentalSettings>>().nullable(),
  /** The support domain's settings (SLA, reopen window, locked fields, attachment size); defaults in code. */
  support: model.json<SupportSettingsInput>().nullable(),
  /** Invoicing: payment terms, when orders become invoices, reminders (defaults in the billing contract). */
  billing: model.json<Partial<BillingSettings>>().nullable(),
})
