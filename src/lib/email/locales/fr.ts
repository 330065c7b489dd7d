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

  "portalInvitation.subject": "Votre invitation à l'espace client de {business_name}",
  "portalInvitation.subjectNeutral": "Votre invitation à l'espace client",
  "portalInvitation.heading": "Vous êtes invité(e) à l'espace client",
  "portalInvitation.intro": "{inviter_name} vous a invité(e) à l'espace client de {account_name}.",
  "portalInvitation.introNeutral": "Vous avez été invité(e) à l'espace client de {account_name}.",
  "portalInvitation.body": "Aucun mot de passe à retenir\u00a0: connectez-vous avec votre adresse e-mail {email} et nous vous enverrons un code à usage unique.",
  "portalInvitation.action": "Se connecter à l'espace client",
  "portalInvitation.ignore": "Si vous n'attendiez pas cette invitation, vous pouvez ignorer cet e-mail.",

  "portalActivation.subject": "Votre code d'activation de l'espace client",
  "portalActivation.heading": "Activez votre accès à l'espace client",
  "portalActivation.intro": "Votre accès à l'espace client de {account_name} est prêt à être activé. Il se compose de deux parties\u00a0: cet e-mail et un courrier que nous vous envoyons par la poste.",
  "portalActivation.code": "Votre code e-mail\u00a0: {code}",
  "portalActivation.body": "Ouvrez la page d'activation et saisissez les deux codes\u00a0: celui imprimé sur le courrier et celui-ci. Ils sont valables jusqu'au {expires} et ne servent qu'une fois.",
  "portalActivation.action": "Activer mon accès",
  "portalActivation.ignore": "Si vous ne vous y attendiez pas, contactez-nous\u00a0: personne ne peut activer votre accès sans le courrier.",

  "activationLetter.title": "Votre accès à l'espace client",
  "activationLetter.intro": "Votre accès à l'espace client de {account_name} est prêt à être activé. Voici la première partie de votre code d'activation\u00a0; la seconde a été envoyée à votre adresse e-mail {email}.",
  "activationLetter.codeLabel": "Code du courrier",
  "activationLetter.step1": "1. Ouvrez {url}",
  "activationLetter.step2": "2. Saisissez votre adresse e-mail, le code du courrier et le code reçu par e-mail.",
  "activationLetter.step3": "3. Votre accès est actif\u00a0: vous vous connecterez ensuite avec un code à usage unique qui vous sera envoyé.",
  "activationLetter.expires": "Ces codes sont valables jusqu'au {expires} et ne servent qu'une fois.",
  "activationLetter.keep": "Gardez ce courrier pour vous\u00a0: avec l'e-mail, il ouvre votre compte.",

  "portalTest.subject": "E-mail de test de {business_name}",
  "portalTest.subjectNeutral": "E-mail de test",
  "portalTest.heading": "Vos réglages d'e-mail fonctionnent",
  "portalTest.body":
    "Ceci est un message de test envoyé depuis l'espace client de {business_name}. Si vous le lisez, l'envoi des e-mails est correctement configuré.",
  "portalTest.bodyNeutral":
    "Ceci est un message de test envoyé depuis l'espace client. Si vous le lisez, l'envoi des e-mails est correctement configuré.",
  "portalTest.noAction": "Aucune action n'est nécessaire.",

  "portalStaffAlert.subject": "Portail client : {title}",
  "portalStaffAlert.subjectNeutral": "Un client a agi sur le portail",
  "portalStaffAlert.heading": "Un client a agi sur le portail",
  "portalStaffAlert.intro": "Un client vient d'agir sur le portail.",
  "portalStaffAlert.account": "Compte client : {account_name}",
  "portalStaffAlert.actor": "Par : {actor_name}",
  "portalStaffAlert.when": "Quand : {when}",
  "portalStaffAlert.action": "Ouvrir dans l'administration",
  "portalStaffAlert.noLink": "Vous la trouverez dans l'administration, sous Portail client → Alertes.",
  "portalStaffAlert.footer": "Vous recevez cette alerte parce que vous suivez ce client, ou parce que cette adresse reçoit les alertes du portail destinées à l'équipe.",

  "portalAccessCode.subject": "{code} est votre code de connexion",
  "portalAccessCode.heading": "Votre code de connexion",
  "portalAccessCode.body": "Saisissez ce code pour vous connecter à l'espace client : {code}. Il est valable {minutes} minutes et ne sert qu'une fois.",
  "portalAccessCode.ignore": "Si vous ne l'avez pas demandé, ignorez cet e-mail : personne ne peut se connecter sans le code.",
}
