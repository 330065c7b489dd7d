import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { ClientEventDeclaration } from "../types"

/**
 * A message's receipt counts as delivered once an e-mail carrying it was accepted by the mail server: the
 * sender then sees "delivered" even if the member never opens the portal.
 */
const recordMessageMailed: ClientEventDeclaration["onMailed"] = async (scope, { member_id, data }) => {
  if (typeof data.message_id !== "string") return
  await scope.resolve<SupportModuleService>(SUPPORT_MODULE).recordReceipts(member_id, [], { read: false, via: "email", message_ids: [data.message_id] })
}

/** Support: staff write to clients, answer tickets, move them, decide change requests and share documents. */
export const supportClientEvents: ClientEventDeclaration[] = [
  {
    key: "support.message.received",
    domain: "support",
    default_channel: "email",
    onMailed: recordMessageMailed,
    texts: {
      en: { label: "A message from the business", title: "New message: {subject}", text: "{author} wrote: {preview}" },
      fr: { label: "Un message de l'entreprise", title: "Nouveau message : {subject}", text: "{author} a écrit : {preview}" },
      it: { label: "Un messaggio dall'azienda", title: "Nuovo messaggio: {subject}", text: "{author} ha scritto: {preview}" },
      sk: { label: "Správa od firmy", title: "Nová správa: {subject}", text: "{author} napísal(a): {preview}" },
    },
  },
  {
    key: "support.ticket.answered",
    domain: "support",
    default_channel: "email",
    onMailed: recordMessageMailed,
    texts: {
      en: { label: "An answer on one of my tickets", title: "Ticket {number} answered", text: "{author} answered “{subject}”: {preview}" },
      fr: { label: "Une réponse à l'un de mes tickets", title: "Réponse au ticket {number}", text: "{author} a répondu à « {subject} » : {preview}" },
      it: { label: "Una risposta a uno dei miei ticket", title: "Risposta al ticket {number}", text: "{author} ha risposto a “{subject}”: {preview}" },
      sk: { label: "Odpoveď na môj tiket", title: "Odpoveď na tiket {number}", text: "{author} odpovedal(a) na „{subject}“: {preview}" },
    },
  },
  {
    key: "support.ticket.status_changed",
    domain: "support",
    default_channel: "portal",
    texts: {
      en: { label: "A ticket's status changes", title: "Ticket {number}: status changed", text: "Ticket {number} is now “{status}”." },
      fr: { label: "Le statut d'un ticket change", title: "Ticket {number} : statut modifié", text: "Le ticket {number} est maintenant « {status} »." },
      it: { label: "Lo stato di un ticket cambia", title: "Ticket {number}: stato modificato", text: "Il ticket {number} è ora “{status}”." },
      sk: { label: "Zmení sa stav tiketu", title: "Tiket {number}: zmena stavu", text: "Tiket {number} má teraz stav „{status}“." },
    },
  },
  {
    key: "support.document.shared",
    domain: "support",
    default_channel: "email",
    texts: {
      en: { label: "A document is shared with me", title: "Document shared: {title}", text: "Version {version} of “{title}” is in your documents library." },
      fr: { label: "Un document est partagé avec moi", title: "Document partagé : {title}", text: "La version {version} de « {title} » est dans votre bibliothèque de documents." },
      it: { label: "Un documento è condiviso con me", title: "Documento condiviso: {title}", text: "La versione {version} di “{title}” è nella sua raccolta di documenti." },
      sk: { label: "Bol so mnou zdieľaný dokument", title: "Zdieľaný dokument: {title}", text: "Verzia {version} dokumentu „{title}“ je vo vašej knižnici dokumentov." },
    },
  },
  {
    key: "support.change_request.decided",
    domain: "support",
    default_channel: "email",
    texts: {
      en: { label: "My change request is decided", title: "Your change request was reviewed", text: "{approved} change(s) approved, {rejected} rejected." },
      fr: { label: "Ma demande de modification est traitée", title: "Votre demande de modification a été examinée", text: "{approved} modification(s) acceptée(s), {rejected} refusée(s)." },
      it: { label: "La mia richiesta di modifica è decisa", title: "La sua richiesta di modifica è stata esaminata", text: "{approved} modifica/e approvata/e, {rejected} respinta/e." },
      sk: { label: "O mojej žiadosti o zmenu je rozhodnuté", title: "Vaša žiadosť o zmenu bola posúdená", text: "Schválené zmeny: {approved}, zamietnuté: {rejected}." },
    },
  },
]

/** A ticket's status as clients read it, in the registry's languages (the portal's labels). */
export const TICKET_STATUS_WORDS: Record<string, Record<"en" | "fr" | "it" | "sk", string>> = {
  open: { en: "open", fr: "ouvert", it: "aperto", sk: "otvorený" },
  in_progress: { en: "in progress", fr: "en cours", it: "in lavorazione", sk: "rieši sa" },
  waiting_for_client: { en: "waiting for your answer", fr: "en attente de votre réponse", it: "in attesa della sua risposta", sk: "čaká na vašu odpoveď" },
  resolved: { en: "resolved", fr: "résolu", it: "risolto", sk: "vyriešený" },
  closed: { en: "closed", fr: "fermé", it: "chiuso", sk: "uzavretý" },
}
