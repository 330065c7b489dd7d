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

  "portalInvitation.subject": "Il Suo invito al portale clienti di {business_name}",
  "portalInvitation.subjectNeutral": "Il Suo invito al portale clienti",
  "portalInvitation.heading": "È invitato/a al portale clienti",
  "portalInvitation.intro": "{inviter_name} L'ha invitata al portale clienti di {account_name}.",
  "portalInvitation.introNeutral": "È stato/a invitato/a al portale clienti di {account_name}.",
  "portalInvitation.body": "Nessuna password da ricordare: acceda con il Suo indirizzo e-mail {email} e Le invieremo un codice monouso.",
  "portalInvitation.action": "Accedi al portale",
  "portalInvitation.ignore": "Se non si aspettava questo invito, può ignorare questa e-mail.",

  "portalActivation.subject": "Il Suo codice di attivazione del portale",
  "portalActivation.heading": "Attivi il Suo accesso al portale clienti",
  "portalActivation.intro": "Il Suo accesso al portale clienti di {account_name} è pronto per essere attivato. È composto da due parti: questa e-mail e una lettera che Le spediamo per posta.",
  "portalActivation.code": "Il Suo codice e-mail: {code}",
  "portalActivation.body": "Apra la pagina di attivazione e inserisca entrambi i codici: quello stampato nella lettera e questo. Sono validi fino al {expires} e si usano una sola volta.",
  "portalActivation.action": "Attiva il mio accesso",
  "portalActivation.ignore": "Se non se lo aspettava, ci contatti: nessuno può attivare il Suo accesso senza la lettera.",

  "activationLetter.title": "Il Suo accesso al portale clienti",
  "activationLetter.intro": "Il Suo accesso al portale clienti di {account_name} è pronto per essere attivato. Ecco la prima parte del Suo codice di attivazione; la seconda è stata inviata al Suo indirizzo e-mail {email}.",
  "activationLetter.codeLabel": "Codice della lettera",
  "activationLetter.step1": "1. Apra {url}",
  "activationLetter.step2": "2. Inserisca il Suo indirizzo e-mail, il codice della lettera e il codice ricevuto via e-mail.",
  "activationLetter.step3": "3. Il Suo accesso è attivo: da quel momento accederà con un codice monouso che Le verrà inviato.",
  "activationLetter.expires": "Questi codici sono validi fino al {expires} e si usano una sola volta.",
  "activationLetter.keep": "Conservi questa lettera in modo riservato: insieme all'e-mail, apre il Suo account.",

  "portalTest.subject": "E-mail di prova da {business_name}",
  "portalTest.subjectNeutral": "E-mail di prova",
  "portalTest.heading": "Le impostazioni e-mail funzionano",
  "portalTest.body":
    "Questo è un messaggio di prova inviato dal portale clienti di {business_name}. Se lo sta leggendo, l'invio delle e-mail è configurato correttamente.",
  "portalTest.bodyNeutral":
    "Questo è un messaggio di prova inviato dal portale clienti. Se lo sta leggendo, l'invio delle e-mail è configurato correttamente.",
  "portalTest.noAction": "Non è necessaria alcuna azione.",

  "portalStaffAlert.subject": "Portale clienti: {title}",
  "portalStaffAlert.subjectNeutral": "Un cliente ha agito sul portale",
  "portalStaffAlert.heading": "Un cliente ha agito sul portale",
  "portalStaffAlert.intro": "Un cliente ha appena agito sul portale.",
  "portalStaffAlert.account": "Account cliente: {account_name}",
  "portalStaffAlert.actor": "Da: {actor_name}",
  "portalStaffAlert.when": "Quando: {when}",
  "portalStaffAlert.action": "Apri nell'amministrazione",
  "portalStaffAlert.noLink": "La trova nell'amministrazione, in Portale clienti → Avvisi.",
  "portalStaffAlert.footer": "Riceve questo avviso perché segue questo cliente, oppure perché questo indirizzo riceve gli avvisi del portale destinati al personale.",

  "portalAccessCode.subject": "{code} è il tuo codice di accesso",
  "portalAccessCode.heading": "Il tuo codice di accesso",
  "portalAccessCode.body": "Inserisci questo codice per accedere al portale clienti: {code}. È valido {minutes} minuti e si usa una sola volta.",
  "portalAccessCode.ignore": "Se non l'hai richiesto, ignora questa e-mail: nessuno può accedere senza il codice.",
}
