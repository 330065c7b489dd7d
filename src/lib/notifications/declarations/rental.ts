import type { ClientEventDeclaration } from "../types"

/**
 * Rentals: confirmed, due back tomorrow, returned. src/lib/rental/client-mail.ts mails them with the
 * `portal-rental-*` templates (the return slip's PDF attached to the last).
 */
export const rentalClientEvents: ClientEventDeclaration[] = [
  {
    key: "rentals.rental.confirmed",
    domain: "rentals",
    default_channel: "email",
    texts: {
      en: { label: "My rental is confirmed", title: "Rental {number} confirmed", text: "{models}, from {starts_at} to {ends_at}: the units are reserved for you." },
      fr: { label: "Ma location est confirmée", title: "Location {number} confirmée", text: "{models}, du {starts_at} au {ends_at} : les matériels vous sont réservés." },
      it: { label: "Il mio noleggio è confermato", title: "Noleggio {number} confermato", text: "{models}, dal {starts_at} al {ends_at}: le macchine sono riservate per lei." },
      sk: { label: "Môj prenájom je potvrdený", title: "Prenájom {number} potvrdený", text: "{models}, od {starts_at} do {ends_at}: stroje sú pre vás rezervované." },
    },
  },
  {
    key: "rentals.rental.return_reminder",
    domain: "rentals",
    default_channel: "email",
    texts: {
      en: { label: "My rental is due back tomorrow", title: "Rental {number}: return planned {ends_at}", text: "{models} of rental {number} are due back on {ends_at}." },
      fr: { label: "Ma location est à rendre demain", title: "Location {number} : retour prévu le {ends_at}", text: "{models} de la location {number} sont à rendre le {ends_at}." },
      it: { label: "Il mio noleggio va riconsegnato domani", title: "Noleggio {number}: riconsegna prevista il {ends_at}", text: "{models} del noleggio {number} vanno riconsegnati il {ends_at}." },
      sk: { label: "Môj prenájom treba zajtra vrátiť", title: "Prenájom {number}: vrátenie plánované {ends_at}", text: "{models} z prenájmu {number} treba vrátiť {ends_at}." },
    },
  },
  {
    key: "rentals.rental.returned",
    domain: "rentals",
    default_channel: "email",
    texts: {
      en: { label: "My rental is returned (return slip)", title: "Rental {number} returned: return slip {slip_number}", text: "We have received {models}. Thank you." },
      fr: { label: "Ma location est rendue (bon de retour)", title: "Location {number} rendue : bon de retour {slip_number}", text: "Nous avons bien reçu {models}. Merci." },
      it: { label: "Il mio noleggio è riconsegnato (bolla di rientro)", title: "Noleggio {number} riconsegnato: bolla di rientro {slip_number}", text: "Abbiamo ricevuto {models}. Grazie." },
      sk: { label: "Môj prenájom je vrátený (preberací protokol)", title: "Prenájom {number} vrátený: preberací protokol {slip_number}", text: "Prevzali sme {models}. Ďakujeme." },
    },
  },
]
