import type { Messages } from "./en"

// Business mail in Italian addresses the reader formally (Lei), so no gendered "Benvenuto/a".
export const it: Messages = {
  "layout.footer": "Riceve questa e-mail perché ha un account sul portale clienti di {business_name}.",
  "layout.footerNeutral": "Riceve questa e-mail perché ha un account sul nostro portale clienti.",
  "layout.linkFallback": "Se il pulsante non funziona, copi questo link nel browser:",

  "portalWelcome.subject": "Il Suo portale clienti è pronto",
  "portalWelcome.heading": "Le diamo il benvenuto nel portale clienti",
  "portalWelcome.greeting": "Gentile {first_name},",
  "portalWelcome.greetingNeutral": "Buongiorno,",
  "portalWelcome.intro": "È stato attivato un accesso al portale clienti per {account_name}.",
  "portalWelcome.introNeutral": "È stato attivato per Lei un accesso al portale clienti.",
  "portalWelcome.body":
    "Dal portale può seguire in qualsiasi momento preventivi, ordini, attrezzature e richieste di intervento.",
  "portalWelcome.action": "Accedi al portale",
  "portalWelcome.ignore": "Se non si aspettava questa e-mail, può ignorarla.",

  "portalTest.subject": "E-mail di prova da {business_name}",
  "portalTest.subjectNeutral": "E-mail di prova",
  "portalTest.heading": "Le impostazioni e-mail funzionano",
  "portalTest.body":
    "Questo è un messaggio di prova inviato dal portale clienti di {business_name}. Se lo sta leggendo, l'invio delle e-mail è configurato correttamente.",
  "portalTest.bodyNeutral":
    "Questo è un messaggio di prova inviato dal portale clienti. Se lo sta leggendo, l'invio delle e-mail è configurato correttamente.",
  "portalTest.noAction": "Non è necessaria alcuna azione.",

  "portalAccessCode.subject": "{code} è il tuo codice di accesso",
  "portalAccessCode.heading": "Il tuo codice di accesso",
  "portalAccessCode.body": "Inserisci questo codice per accedere al portale clienti: {code}. È valido {minutes} minuti e si usa una sola volta.",
  "portalAccessCode.ignore": "Se non l'hai richiesto, ignora questa e-mail: nessuno può accedere senza il codice.",
}
