/** The words of rental slips (PDF) and the dates and amounts of rental mails, per member's language (English when unknown). */
const en = {
  exitSlip: "Exit slip {number}",
  returnSlip: "Return slip {number}",
  rental: "Rental {number}",
  loan: "(loan)",
  planned: "Planned: {from} to {to}",
  left: "Left: {date}",
  returned: "Returned: {date}",
  serial: "serial {serial}",
  condition: "Condition: {condition}",
  notes: "Notes: {notes}",
  damage: "Damage reported",
  missing: "Missing: {items}",
  photos: "Photos: {names}",
  pendingReview: "pending review",
  rejected: "rejected",
  signedClient: "Signed for the client: {name}",
  signedBusiness: "Signed for {business}: {name}",
}
export type RentalLabel = keyof typeof en

const fr: typeof en = {
  exitSlip: "Bon de sortie {number}",
  returnSlip: "Bon de retour {number}",
  rental: "Location {number}",
  loan: "(prêt)",
  planned: "Prévue : du {from} au {to}",
  left: "Sortie : {date}",
  returned: "Retour : {date}",
  serial: "n° de série {serial}",
  condition: "État : {condition}",
  notes: "Remarques : {notes}",
  damage: "Dommages constatés",
  missing: "Manquant : {items}",
  photos: "Photos : {names}",
  pendingReview: "à vérifier",
  rejected: "refusé",
  signedClient: "Signé pour le client : {name}",
  signedBusiness: "Signé pour {business} : {name}",
}

const it: typeof en = {
  exitSlip: "Bolla di uscita {number}",
  returnSlip: "Bolla di rientro {number}",
  rental: "Noleggio {number}",
  loan: "(prestito)",
  planned: "Previsto: dal {from} al {to}",
  left: "Uscita: {date}",
  returned: "Rientro: {date}",
  serial: "matricola {serial}",
  condition: "Stato: {condition}",
  notes: "Note: {notes}",
  damage: "Danni segnalati",
  missing: "Mancante: {items}",
  photos: "Foto: {names}",
  pendingReview: "da verificare",
  rejected: "respinta",
  signedClient: "Firmato per il cliente: {name}",
  signedBusiness: "Firmato per {business}: {name}",
}

const sk: typeof en = {
  exitSlip: "Výdajka {number}",
  returnSlip: "Preberací protokol {number}",
  rental: "Prenájom {number}",
  loan: "(výpožička)",
  planned: "Plánované: od {from} do {to}",
  left: "Výdaj: {date}",
  returned: "Vrátenie: {date}",
  serial: "výrobné číslo {serial}",
  condition: "Stav: {condition}",
  notes: "Poznámky: {notes}",
  damage: "Zistené poškodenie",
  missing: "Chýba: {items}",
  photos: "Fotografie: {names}",
  pendingReview: "na kontrolu",
  rejected: "zamietnuté",
  signedClient: "Za klienta podpísal(a): {name}",
  signedBusiness: "Za {business} podpísal(a): {name}",
}

const dictionaries: Record<string, typeof en> = { en, fr, it, sk }

export type RentalTranslator = {
  (key: RentalLabel, params?: Record<string, string | number>): string
  locale: string
  money: (amount: number, currency: string) => string
  /** A date and time, in UTC as stored (the slip says so). */
  moment: (value: Date | string) => string
}

/** Labels, amounts and dates in the member's language ("fr-FR" reads French). */
export function rentalTranslator(locale: string | null | undefined): RentalTranslator {
  const lang = (locale ?? "en").slice(0, 2).toLowerCase()
  const dict = dictionaries[lang] ?? en
  const t = ((key: RentalLabel, params: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""))) as RentalTranslator
  t.locale = dictionaries[lang] ? lang : "en"
  t.money = (amount, currency) => new Intl.NumberFormat(t.locale, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  t.moment = (value) => `${new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(value))} UTC`
  return t
}
