import type { Messages } from "./en"

// French typography puts a non-breaking space before ":" (written \u00a0 so it survives editors).
export const fr: Messages = {
  "layout.footer":
    "Vous recevez cet e-mail car vous disposez d'un compte sur l'espace client de {business_name}.",
  "layout.footerNeutral": "Vous recevez cet e-mail car vous disposez d'un compte sur notre espace client.",
  "layout.linkFallback": "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:",

  "portalWelcome.subject": "Votre espace client est prêt",
  "portalWelcome.heading": "Bienvenue sur votre espace client",
  "portalWelcome.greeting": "Bonjour {first_name},",
  "portalWelcome.greetingNeutral": "Bonjour,",
  "portalWelcome.intro": "Un accès à l'espace client a été ouvert pour {account_name}.",
  "portalWelcome.introNeutral": "Un accès à l'espace client a été ouvert pour vous.",
  "portalWelcome.body":
    "Vous pouvez y suivre à tout moment vos devis, commandes, équipements et demandes d'intervention.",
  "portalWelcome.action": "Se connecter à l'espace client",
  "portalWelcome.ignore": "Si vous n'attendiez pas cet e-mail, vous pouvez l'ignorer.",

  "portalTest.subject": "E-mail de test de {business_name}",
  "portalTest.subjectNeutral": "E-mail de test",
  "portalTest.heading": "Vos réglages d'e-mail fonctionnent",
  "portalTest.body":
    "Ceci est un message de test envoyé depuis l'espace client de {business_name}. Si vous le lisez, l'envoi des e-mails est correctement configuré.",
  "portalTest.bodyNeutral":
    "Ceci est un message de test envoyé depuis l'espace client. Si vous le lisez, l'envoi des e-mails est correctement configuré.",
  "portalTest.noAction": "Aucune action n'est nécessaire.",

  "portalAccessCode.subject": "{code} est votre code de connexion",
  "portalAccessCode.heading": "Votre code de connexion",
  "portalAccessCode.body": "Saisissez ce code pour vous connecter à l'espace client : {code}. Il est valable {minutes} minutes et ne sert qu'une fois.",
  "portalAccessCode.ignore": "Si vous ne l'avez pas demandé, ignorez cet e-mail : personne ne peut se connecter sans le code.",
}
