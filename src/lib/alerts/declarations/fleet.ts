import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { between, text } from "../wording"

const reading = (data: PortalEventData, t: Translator) =>
  t("alert.reading", {
    value: typeof data.value === "number" ? data.value : t("alert.aReading"),
    meter: text(data, "meter_name") ?? t("alert.aMeter"),
    machine: text(data, "equipment_name") ?? t("alert.aMachine"),
  })

/** Readings clients send, and readings that look wrong: staff check them on the machine's page. */
export const fleetAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.fleet.reading_submitted",
    resource_type: "meter_reading",
    adminPath: (data) => `/client-portal/fleet/${text(data, "equipment_id") ?? ""}`,
    title: (data, t) => t("alert.readingSubmitted", { actor: data.actor_name ?? t("alert.aClient"), reading: reading(data, t) }),
  },
  {
    event: "portal.fleet.reading_flagged",
    resource_type: "meter_reading",
    adminPath: (data) => `/client-portal/fleet/${text(data, "equipment_id") ?? ""}`,
    title: (data, t) => t("alert.readingFlagged", { reading: reading(data, t), reason: between(t, text(data, "reason")) }),
  },
]
