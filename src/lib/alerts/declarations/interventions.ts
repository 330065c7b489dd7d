import { INTERVENTION_EVENTS } from "../../../modules/fieldService/contract"
import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { by, detail, numberOf } from "../wording"

const named = (data: PortalEventData, t: Translator) => ({ intervention: t("alert.intervention", { number: numberOf(data) }), by: by(data, t) })
const when = (data: PortalEventData, t: Translator) =>
  typeof data.scheduled_start === "string" ? t("alert.interventionWhen", { date: data.scheduled_start.slice(0, 16).replace("T", " ") }) : ""
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
    title: (data, t) => t("alert.interventionRequested", named(data, t)),
  },
  {
    event: INTERVENTION_EVENTS.linked_created,
    resource_type: "intervention",
    adminPath: path,
    title: (data, t) => t("alert.interventionLinked", named(data, t)),
  },
  {
    event: INTERVENTION_EVENTS.booked,
    resource_type: "intervention",
    adminPath: path,
    title: (data, t) => t("alert.interventionBooked", { ...named(data, t), when: when(data, t), confirm: data.confirmed === false ? t("alert.toConfirm") : "" }),
  },
  {
    event: INTERVENTION_EVENTS.rescheduled,
    resource_type: "intervention",
    adminPath: path,
    title: (data, t) => t("alert.interventionRescheduled", { ...named(data, t), when: when(data, t) }),
  },
  {
    event: INTERVENTION_EVENTS.cancelled,
    resource_type: "intervention",
    adminPath: path,
    title: (data, t) => t("alert.interventionCancelled", { ...named(data, t), by: data.by_staff ? t("alert.staff") : by(data, t), reason: detail(t, data.reason) }),
  },
  {
    event: INTERVENTION_EVENTS.survey_answered,
    resource_type: "intervention",
    adminPath: path,
    title: (data, t) => t("alert.interventionSurvey", named(data, t)),
  },
]
