import type { ClientEventDeclaration } from "../types"

/** Quotes staff send (src/workflows/quote/steps/send-quote-emails.ts mails them with their own template). */
export const quoteClientEvents: ClientEventDeclaration[] = [
  {
    key: "quote.sent",
    domain: "quotes",
    default_channel: "email",
    texts: {
      en: { label: "A quote awaits my approval", title: "Quote {number} awaits your approval", text: "{title}. Open it in the portal to review and accept it." },
      fr: { label: "Un devis attend mon accord", title: "Le devis {number} attend votre accord", text: "{title}. Ouvrez-le dans le portail pour le consulter et l'accepter." },
      it: { label: "Un preventivo attende la mia approvazione", title: "Il preventivo {number} attende la sua approvazione", text: "{title}. Lo apra nel portale per esaminarlo e accettarlo." },
      sk: { label: "Cenová ponuka čaká na moje schválenie", title: "Cenová ponuka {number} čaká na vaše schválenie", text: "{title}. Otvorte ju na portáli, kde ju môžete skontrolovať a prijať." },
    },
  },
]
