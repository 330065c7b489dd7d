import type { ClientEventDeclaration } from "../types"

/**
 * Visits (interventions): scheduled, moved, cancelled, done with their report. src/lib/field-service/client-mail.ts
 * mails them with the `portal-intervention` template (the .ics or the report PDF attached).
 */
export const fieldServiceClientEvents: ClientEventDeclaration[] = [
  {
    key: "interventions.intervention.scheduled",
    domain: "interventions",
    default_channel: "email",
    texts: {
      en: { label: "An intervention is scheduled", title: "Intervention {number} is scheduled", text: "{type} {number} at {site} will take place on {window}." },
      fr: { label: "Une intervention est planifiée", title: "L'intervention {number} est planifiée", text: "{type} {number} sur le site {site} aura lieu le {window}." },
      it: { label: "Un intervento è pianificato", title: "L'intervento {number} è pianificato", text: "{type} {number} presso {site} si svolgerà il {window}." },
      sk: { label: "Zásah je naplánovaný", title: "Zásah {number} je naplánovaný", text: "{type} {number} na prevádzke {site} sa uskutoční {window}." },
    },
  },
  {
    key: "interventions.intervention.rescheduled",
    domain: "interventions",
    default_channel: "email",
    texts: {
      en: { label: "An intervention is moved", title: "Intervention {number} has moved", text: "{type} {number} at {site} now takes place on {window}." },
      fr: { label: "Une intervention est déplacée", title: "L'intervention {number} a été déplacée", text: "{type} {number} sur le site {site} aura désormais lieu le {window}." },
      it: { label: "Un intervento viene spostato", title: "L'intervento {number} è stato spostato", text: "{type} {number} presso {site} si svolgerà ora il {window}." },
      sk: { label: "Zásah je presunutý", title: "Zásah {number} bol presunutý", text: "{type} {number} na prevádzke {site} sa teraz uskutoční {window}." },
    },
  },
  {
    key: "interventions.intervention.cancelled",
    domain: "interventions",
    default_channel: "email",
    texts: {
      en: { label: "An intervention is cancelled", title: "Intervention {number} is cancelled", text: "{type} {number} at {site} has been cancelled." },
      fr: { label: "Une intervention est annulée", title: "L'intervention {number} est annulée", text: "{type} {number} sur le site {site} a été annulée." },
      it: { label: "Un intervento viene annullato", title: "L'intervento {number} è annullato", text: "{type} {number} presso {site} è stato annullato." },
      sk: { label: "Zásah je zrušený", title: "Zásah {number} je zrušený", text: "{type} {number} na prevádzke {site} bol zrušený." },
    },
  },
  {
    key: "interventions.intervention.report_ready",
    domain: "interventions",
    default_channel: "email",
    texts: {
      en: { label: "An intervention's report is ready", title: "Report of intervention {number}", text: "{type} {number} at {site} was completed on {completed}." },
      fr: { label: "Le bon d'une intervention est prêt", title: "Bon d'intervention {number}", text: "{type} {number} sur le site {site} a été terminée le {completed}." },
      it: { label: "Il rapporto di un intervento è pronto", title: "Rapporto dell'intervento {number}", text: "{type} {number} presso {site} è stato completato il {completed}." },
      sk: { label: "Protokol o zásahu je pripravený", title: "Protokol o zásahu {number}", text: "{type} {number} na prevádzke {site} bol dokončený {completed}." },
    },
  },
]
