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

  "portalTest.subject": "Testovací e-mail od {business_name}",
  "portalTest.subjectNeutral": "Testovací e-mail",
  "portalTest.heading": "Nastavenia e-mailu fungujú",
  "portalTest.body":
    "Toto je testovacia správa odoslaná z klientskeho portálu {business_name}. Ak ju čítate, odosielanie e-mailov je nastavené správne.",
  "portalTest.bodyNeutral":
    "Toto je testovacia správa odoslaná z klientskeho portálu. Ak ju čítate, odosielanie e-mailov je nastavené správne.",
  "portalTest.noAction": "Nie je potrebná žiadna akcia.",

  "portalAccessCode.subject": "{code} je váš prihlasovací kód",
  "portalAccessCode.heading": "Váš prihlasovací kód",
  "portalAccessCode.body": "Zadajte tento kód na prihlásenie do klientskeho portálu: {code}. Platí {minutes} minút a dá sa použiť raz.",
  "portalAccessCode.ignore": "Ak ste oň nežiadali, tento e-mail ignorujte: bez kódu sa nikto neprihlási.",
}
