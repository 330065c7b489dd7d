import type { MedusaContainer } from "@medusajs/framework/types"
import type { BillingSettings } from "../../modules/billing/contract"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/** The billing settings staff saved in the portal settings' `billing` column, over the defaults. */
export async function loadBillingSettings(container: MedusaContainer): Promise<BillingSettings> {
  return (await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()).billing
}

const DAY = 86_400_000

/** The due date of an invoice issued on `issued`: the payment terms later, at the end of that day (UTC). */
export function dueDateFor(issued: Date, settings: BillingSettings): Date {
  const due = new Date(issued.getTime() + settings.payment_terms_days * DAY)
  due.setUTCHours(23, 59, 59, 0)
  return due
}

/** What the number of an invoice issued under these settings looks like. */
export const numberingOf = (settings: BillingSettings) => ({ number_prefixes: settings.number_prefixes, number_digits: settings.number_digits })
