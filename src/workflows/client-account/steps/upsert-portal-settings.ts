import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { BillingSettings } from "../../../modules/billing/contract"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { PortalAccessMethods, PortalSections } from "../../../modules/clientAccount/models/portal-settings"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import type { RentalSettings } from "../../../modules/rental/contract"
import type { SupportSettingsInput } from "../../../modules/support/settings"

export type PortalSettingsData = {
  business_name?: string | null
  logo_url?: string | null
  general_information?: string | null
  sections?: Partial<PortalSections>
  access_methods?: Partial<PortalAccessMethods>
  rentals?: Partial<RentalSettings>
  support?: SupportSettingsInput
  billing?: Partial<Omit<BillingSettings, "number_prefixes">> & { number_prefixes?: Partial<BillingSettings["number_prefixes"]> }
}

/** The row as stored: sections and access methods complete once merged. */
type StoredSettings = {
  business_name?: string | null
  logo_url?: string | null
  general_information?: string | null
  sections?: PortalSections | null
  access_methods?: PortalAccessMethods | null
  rentals?: RentalSettings | null
  support?: SupportSettingsInput | null
  billing?: BillingSettings | null
}

type Previous = { created_id: string } | { id: string; data: StoredSettings }

export const upsertPortalSettingsStepId = "upsert-portal-settings"

/**
 * Saves the store's one settings row (created on first save). Sections and access methods merge into the
 * saved ones, so a form that sends one toggle does not switch the others off.
 */
export const upsertPortalSettingsStep = createStep(
  upsertPortalSettingsStepId,
  async (data: PortalSettingsData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const current = await service.resolvePortalSettings()
    const { sections: _sections, access_methods: _methods, rentals: _rentals, support: _support, billing: _billing, ...plain } = data
    const billing = data.billing
      ? { ...current.billing, ...data.billing, number_prefixes: { ...current.billing.number_prefixes, ...(data.billing.number_prefixes ?? {}) } }
      : null
    // Each kind is numbered on its own: two kinds with one prefix would print the same number twice.
    if (billing && new Set(Object.values(billing.number_prefixes).map((p) => p.toUpperCase())).size < Object.keys(billing.number_prefixes).length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "billing.number_prefixes: each kind of invoice needs its own prefix")
    }
    const merged: StoredSettings = {
      ...plain,
      ...(data.sections ? { sections: { ...current.sections, ...data.sections } } : {}),
      ...(data.access_methods ? { access_methods: { ...current.access_methods, ...data.access_methods } } : {}),
      ...(data.rentals ? { rentals: { ...current.rentals, ...data.rentals } } : {}),
      ...(data.support
        ? { support: { ...current.support, ...data.support, sla_hours: { ...current.support.sla_hours, ...(data.support.sla_hours ?? {}) } } }
        : {}),
      ...(billing ? { billing } : {}),
    }
    if (!current.id) {
      const created = await service.createPortalSettings(merged)
      return new StepResponse<string, Previous>(created.id, { created_id: created.id })
    }
    const saved = await service.retrievePortalSettings(current.id)
    await service.updatePortalSettings({ id: current.id, ...merged })
    const previous = Object.fromEntries(Object.keys(merged).map((key) => [key, saved[key as keyof typeof saved]]))
    return new StepResponse<string, Previous>(current.id, { id: current.id, data: previous as StoredSettings })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    if ("created_id" in previous) await service.deletePortalSettings(previous.created_id)
    else await service.updatePortalSettings({ id: previous.id, ...previous.data })
  }
)
