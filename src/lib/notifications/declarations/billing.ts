import type { ClientEventDeclaration } from "../types"

/** Invoices and reminders (src/lib/billing/mail.ts mails them, PDF attached, with its own template). */
export const billingClientEvents: ClientEventDeclaration[] = [
  {
    key: "invoice.issued",
    domain: "billing",
    default_channel: "email",
    texts: {
      en: { label: "An invoice or credit note is issued", title: "{document} issued", text: "Amount: {total}. Due by {due_date}." },
      fr: { label: "Une facture ou un avoir est émis", title: "{document} émis(e)", text: "Montant : {total}. À régler avant le {due_date}." },
      it: { label: "Viene emessa una fattura o una nota di credito", title: "{document} emessa", text: "Importo: {total}. Scadenza: {due_date}." },
      sk: { label: "Je vystavená faktúra alebo dobropis", title: "Vystavený doklad: {document}", text: "Suma: {total}. Splatnosť: {due_date}." },
    },
  },
  {
    key: "invoice.reminder",
    domain: "billing",
    default_channel: "email",
    texts: {
      en: { label: "An invoice is overdue", title: "{document} is overdue", text: "{total} was due by {due_date} and is still open." },
      fr: { label: "Une facture est en retard", title: "{document} est en retard de paiement", text: "{total} était dû le {due_date} et reste à régler." },
      it: { label: "Una fattura è scaduta", title: "{document} è scaduta", text: "{total} era dovuto entro il {due_date} ed è ancora aperto." },
      sk: { label: "Faktúra je po splatnosti", title: "{document} je po splatnosti", text: "Suma {total} bola splatná {due_date} a stále nie je uhradená." },
    },
  },
]
