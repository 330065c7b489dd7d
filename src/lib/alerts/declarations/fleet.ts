import type { PortalAlertDeclaration, PortalEventData } from "../types"

const text = (data: PortalEventData, key: string): string | null => {
  const value = data[key]
  return typeof value === "string" && value.trim() ? value.trim() : null
}

const reading = (data: PortalEventData) =>
  `${typeof data.value === "number" ? data.value : "a reading"} on ${text(data, "meter_name") ?? "a meter"} of ${text(data, "equipment_name") ?? "a machine"}`

/** Readings clients send, and readings that look wrong: staff check them on the machine's page. */
export const fleetAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.fleet.reading_submitted",
    resource_type: "meter_reading",
    adminPath: (data) => `/client-portal/fleet/${text(data, "equipment_id") ?? ""}`,
    title: (data) => `${data.actor_name ?? "A client"} sent a reading: ${reading(data)}`,
  },
  {
    event: "portal.fleet.reading_flagged",
    resource_type: "meter_reading",
    adminPath: (data) => `/client-portal/fleet/${text(data, "equipment_id") ?? ""}`,
    title: (data) => `Reading to review: ${reading(data)}${text(data, "reason") ? ` (${text(data, "reason")})` : ""}`,
  },
]
