import type { Messages } from "./en"

// Slovak business mail uses the formal "Vy", capitalised when it addresses the reader directly.
export const sk: Messages = {
  "layout.footer": "Tento e-mail dostávate, pretože máte účet v klientskom portáli {business_name}.",
  "layout.footerNeutral": "Tento e-mail dostávate, pretože máte účet v našom klientskom portáli.",
  "layout.linkFallback": "Ak tlačidlo nefunguje, skopírujte tento odkaz do prehliadača:",

  "portalWelcome.subject": "Váš klientsky portál je pripravený",
  "portalWelcome.heading": "Vitajte v klientskom portáli",
  "portalWelcome.greeting": "Dobrý deň, {first_name},",
  "portalWelcome.greetingNeutral": "Dobrý deň,",
  "portalWelcome.intro": "Pre spoločnosť {account_name} bol zriadený prístup do klientskeho portálu.",
  "portalWelcome.introNeutral": "Bol Vám zriadený prístup do klientskeho portálu.",
  "portalWelcome.body":
    "V portáli môžete kedykoľvek sledovať svoje cenové ponuky, objednávky, zariadenia a požiadavky na servis.",
  "portalWelcome.action": "Prihlásiť sa do portálu",
  "portalWelcome.ignore": "Ak ste tento e-mail nečakali, môžete ho ignorovať.",

  "portalInvitation.subject": "Pozvánka do klientskeho portálu {business_name}",
  "portalInvitation.subjectNeutral": "Pozvánka do klientskeho portálu",
  "portalInvitation.heading": "Pozývame vás do klientskeho portálu",
  "portalInvitation.intro": "{inviter_name} vás pozval(a) do klientskeho portálu spoločnosti {account_name}.",
  "portalInvitation.introNeutral": "Boli ste pozvaní do klientskeho portálu spoločnosti {account_name}.",
  "portalInvitation.body": "Nemusíte si pamätať žiadne heslo: prihláste sa svojou e-mailovou adresou {email} a my vám pošleme jednorazový kód.",
  "portalInvitation.action": "Prihlásiť sa do portálu",
  "portalInvitation.ignore": "Ak ste túto pozvánku nečakali, môžete tento e-mail ignorovať.",

  "portalActivation.subject": "Váš aktivačný kód do portálu",
  "portalActivation.heading": "Aktivujte si prístup do klientskeho portálu",
  "portalActivation.intro": "Váš prístup do klientskeho portálu spoločnosti {account_name} je pripravený na aktiváciu. Skladá sa z dvoch častí: z tohto e-mailu a z listu, ktorý vám posielame poštou.",
  "portalActivation.code": "Váš e-mailový kód: {code}",
  "portalActivation.body": "Otvorte stránku aktivácie a zadajte oba kódy: ten vytlačený v liste a tento. Platia do {expires} a dajú sa použiť iba raz.",
  "portalActivation.action": "Aktivovať môj prístup",
  "portalActivation.ignore": "Ak ste to nečakali, kontaktujte nás: bez listu nikto nemôže váš prístup aktivovať.",

  "activationLetter.title": "Váš prístup do klientskeho portálu",
  "activationLetter.intro": "Váš prístup do klientskeho portálu spoločnosti {account_name} je pripravený na aktiváciu. Nižšie je prvá časť vášho aktivačného kódu; druhú časť sme poslali na vašu e-mailovú adresu {email}.",
  "activationLetter.codeLabel": "Kód z listu",
  "activationLetter.step1": "1. Otvorte {url}",
  "activationLetter.step2": "2. Zadajte svoju e-mailovú adresu, kód z listu a kód z e-mailu.",
  "activationLetter.step3": "3. Váš prístup je aktívny: odvtedy sa prihlasujete jednorazovým kódom, ktorý vám pošleme.",
  "activationLetter.expires": "Tieto kódy platia do {expires} a dajú sa použiť iba raz.",
  "activationLetter.keep": "Tento list si nechajte pre seba: spolu s e-mailom otvára váš účet.",

  "portalTest.subject": "Testovací e-mail od {business_name}",
  "portalTest.subjectNeutral": "Testovací e-mail",
  "portalTest.heading": "Nastavenia e-mailu fungujú",
  "portalTest.body":
    "Toto je testovacia správa odoslaná z klientskeho portálu {business_name}. Ak ju čítate, odosielanie e-mailov je nastavené správne.",
  "portalTest.bodyNeutral":
    "Toto je testovacia správa odoslaná z klientskeho portálu. Ak ju čítate, odosielanie e-mailov je nastavené správne.",
  "portalTest.noAction": "Nie je potrebná žiadna akcia.",

  "portalStaffAlert.subject": "Klientsky portál: {title}",
  "portalStaffAlert.subjectNeutral": "Klient vykonal akciu na portáli",
  "portalStaffAlert.heading": "Klient vykonal akciu na portáli",
  "portalStaffAlert.intro": "Klient práve vykonal akciu na portáli.",
  "portalStaffAlert.account": "Klientsky účet: {account_name}",
  "portalStaffAlert.actor": "Kto: {actor_name}",
  "portalStaffAlert.when": "Kedy: {when}",
  "portalStaffAlert.action": "Otvoriť v administrácii",
  "portalStaffAlert.noLink": "Nájdete ho v administrácii v časti Klientsky portál → Upozornenia.",
  "portalStaffAlert.footer": "Toto upozornenie dostávate, pretože máte na starosti tohto klienta, alebo táto adresa prijíma upozornenia portálu pre zamestnancov.",

  "portalAccessCode.subject": "{code} je váš prihlasovací kód",
  "portalAccessCode.heading": "Váš prihlasovací kód",
  "portalAccessCode.body": "Zadajte tento kód na prihlásenie do klientskeho portálu: {code}. Platí {minutes} minút a dá sa použiť raz.",
  "portalAccessCode.ignore": "Ak ste oň nežiadali, tento e-mail ignorujte: bez kódu sa nikto neprihlási.",
}
