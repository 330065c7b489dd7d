import type { PortalAlertDeclaration } from "../types"
import { billingAlerts } from "./billing"
import { clientAccountAlerts } from "./client-account"
import { fleetAlerts } from "./fleet"
import { interventionAlerts } from "./interventions"
import { quoteAlerts } from "./quote"
import { rentalAlerts } from "./rentals"
import { salesAlerts } from "./sales"
import { supportAlerts } from "./support"

/**
 * Every client event that alerts staff. A domain adds one file here (`<domain>.ts`, exporting an array
 * of declarations) and one line below; the subscriber listens to exactly these events.
 */
export const PORTAL_ALERT_DECLARATIONS: readonly PortalAlertDeclaration[] = [
  ...clientAccountAlerts,
  ...fleetAlerts,
  ...quoteAlerts,
  ...interventionAlerts,
  ...rentalAlerts,
  ...supportAlerts,
  ...billingAlerts,
  ...salesAlerts,
]

export function findAlertDeclaration(event: string): PortalAlertDeclaration | undefined {
  return PORTAL_ALERT_DECLARATIONS.find((declaration) => declaration.event === event)
}
