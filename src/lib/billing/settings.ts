import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_BILLING_SETTINGS, type BillingSettings } from "../../modules/billing/contract"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/** The billing settings staff saved in the portal settings' `billing` column, over the defaults. */
export async function loadBillingSettings(container: MedusaContainer): Promise<BillingSettings> {
  const [saved] = await container
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listPortalSettings({}, { take: 1, order: { created_at: "ASC" } })
  return { ...DEFAULT_BILLING_SETTINGS, ...((saved?.billing as Partial<BillingSettings> | null) ?? {}) }
}

const DAY = 86_400_000

/** The due date of an invoice issued on `issued`: the payment terms later, at the end of that day (UTC). */
export function dueDateFor(issued: Date, settings: BillingSettings): Date {
  const due = new Date(issued.getTime() + settings.payment_terms_days * DAY)
  due.setUTCHours(23, 59, 59, 0)
  return due
}
