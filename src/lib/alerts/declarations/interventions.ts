import { INTERVENTION_EVENTS } from "../../../modules/fieldService/contract"
import type { PortalAlertDeclaration, PortalEventData } from "../types"

const name = (data: PortalEventData) => `Intervention ${typeof data.number === "string" ? data.number : data.id}`
const by = (data: PortalEventData) => data.actor_name ?? "the client"
const when = (data: PortalEventData) =>
  typeof data.scheduled_start === "string" ? ` for ${data.scheduled_start.slice(0, 16).replace("T", " ")} UTC` : ""
const path = (data: PortalEventData) => `/client-portal/interventions/${data.id}`

/**
 * What clients do with interventions; the alerts land in staff's "to schedule" inbox and feed.
 * `portal.intervention.scheduled` is staff's own action on the board and alerts nobody.
 */
export const interventionAlerts: PortalAlertDeclaration[] = [
  {
    event: INTERVENTION_EVENTS.requested,
    resource_type: "intervention",
    adminPath: path,
    title: (data) => `${name(data)} requested by ${by(data)}`,
  },
  {
    event: INTERVENTION_EVENTS.linked_created,
    resource_type: "intervention",
    adminPath: path,
    title: (data) => `${name(data)} requested by ${by(data)} (linked to an earlier visit)`,
  },
  {
    event: INTERVENTION_EVENTS.booked,
    resource_type: "intervention",
    adminPath: path,
    title: (data) => `${name(data)} booked by ${by(data)}${when(data)}${data.confirmed === false ? ", to confirm" : ""}`,
  },
  {
    event: INTERVENTION_EVENTS.rescheduled,
    resource_type: "intervention",
    adminPath: path,
    title: (data) => `${name(data)} rescheduled by ${by(data)}${when(data)}`,
  },
  {
    event: INTERVENTION_EVENTS.cancelled,
    resource_type: "intervention",
    adminPath: path,
    title: (data) => `${name(data)} cancelled by ${data.by_staff ? "staff" : by(data)}${typeof data.reason === "string" && data.reason ? `: ${data.reason.slice(0, 80)}` : ""}`,
  },
  {
    event: INTERVENTION_EVENTS.survey_answered,
    resource_type: "intervention",
    adminPath: path,
    title: (data) => `${by(data)} answered the survey of ${name(data)}`,
  },
]
