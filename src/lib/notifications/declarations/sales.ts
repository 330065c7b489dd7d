import type { ClientEventDeclaration } from "../types"

/** Orders placed from the order pad (src/subscribers/order-declined-client-mail.ts tells the requester of a decline). */
export const salesClientEvents: ClientEventDeclaration[] = [
  {
    key: "sales.order.declined",
    domain: "sales",
    default_channel: "email",
    texts: {
      en: { label: "An approver declines an order I asked for", title: "Your order was declined", text: "{approver} declined your order of {total}. Reason: {reason}" },
      fr: { label: "Un approbateur refuse une commande que j'ai demandée", title: "Votre commande a été refusée", text: "{approver} a refusé votre commande de {total}. Motif : {reason}" },
      it: { label: "Un approvatore rifiuta un ordine che ho richiesto", title: "Il suo ordine è stato rifiutato", text: "{approver} ha rifiutato il suo ordine di {total}. Motivo: {reason}" },
      sk: { label: "Schvaľovateľ zamietne objednávku, o ktorú som požiadal(a)", title: "Vaša objednávka bola zamietnutá", text: "{approver} zamietol(-la) vašu objednávku v hodnote {total}. Dôvod: {reason}" },
    },
  },
]
