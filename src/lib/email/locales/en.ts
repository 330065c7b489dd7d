/**
 * English is the reference dictionary: its keys define `MessageKey`, and every other language must
 * provide exactly the same keys (the `Messages` type makes a missing or misspelled key a compile error).
 * Values are plain text with `{placeholder}` slots; the layout escapes them for HTML.
 */
export const en = {
  "layout.footer": "You receive this e-mail because you have an account on the {business_name} client portal.",
  "layout.footerNeutral": "You receive this e-mail because you have an account on our client portal.",
  "layout.linkFallback": "If the button does not work, copy this link into your browser:",

  "portalWelcome.subject": "Your client portal is ready",
  "portalWelcome.heading": "Welcome to your client portal",
  "portalWelcome.greeting": "Hello {first_name},",
  "portalWelcome.greetingNeutral": "Hello,",
  "portalWelcome.intro": "A client portal account has been opened for {account_name}.",
  "portalWelcome.introNeutral": "A client portal account has been opened for you.",
  "portalWelcome.body":
    "From the portal you can follow your quotes, orders, equipment and service requests at any time.",
  "portalWelcome.action": "Sign in to the portal",
  "portalWelcome.ignore": "If you were not expecting this e-mail, you can ignore it.",

  "portalTest.subject": "Test e-mail from {business_name}",
  "portalTest.subjectNeutral": "Test e-mail",
  "portalTest.heading": "Your e-mail settings work",
  "portalTest.body":
    "This is a test message sent from the {business_name} client portal. If you are reading it, outgoing e-mail is configured correctly.",
  "portalTest.bodyNeutral":
    "This is a test message sent from the client portal. If you are reading it, outgoing e-mail is configured correctly.",
  "portalTest.noAction": "No action is needed.",

  "portalAccessCode.subject": "{code} is your sign-in code",
  "portalAccessCode.heading": "Your sign-in code",
  "portalAccessCode.body": "Enter this code to sign in to the client portal: {code}. It is valid for {minutes} minutes and can be used once.",
  "portalAccessCode.ignore": "If you did not ask for it, ignore this e-mail: nobody can sign in without the code.",
} as const

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
