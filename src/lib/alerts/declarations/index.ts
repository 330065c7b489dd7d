import type { PortalAlertDeclaration } from "../types"

/**
 * Every client event that alerts staff. A domain adds one file here (`<domain>.ts`, exporting an array
 * of declarations) and one line below; the subscriber listens to exactly these events.
 */
export const PORTAL_ALERT_DECLARATIONS: readonly PortalAlertDeclaration[] = []
