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

  "portalInvitation.subject": "Your invitation to the {business_name} client portal",
  "portalInvitation.subjectNeutral": "Your invitation to the client portal",
  "portalInvitation.heading": "You are invited to the client portal",
  "portalInvitation.intro": "{inviter_name} has invited you to the client portal of {account_name}.",
  "portalInvitation.introNeutral": "You have been invited to the client portal of {account_name}.",
  "portalInvitation.body": "There is no password to remember: sign in with your e-mail address {email} and we will send you a one-time code.",
  "portalInvitation.action": "Sign in to the portal",
  "portalInvitation.ignore": "If you were not expecting this invitation, you can ignore this e-mail.",

  "portalActivation.subject": "Your portal activation code",
  "portalActivation.heading": "Activate your access to the client portal",
  "portalActivation.intro": "Your access to the client portal of {account_name} is ready to be activated. It comes in two parts: this e-mail and a letter we are posting to you.",
  "portalActivation.code": "Your e-mail code: {code}",
  "portalActivation.body": "Open the activation page and enter both codes: the one printed in the letter and this one. They are valid until {expires} and work only once.",
  "portalActivation.action": "Activate my access",
  "portalActivation.ignore": "If you were not expecting this, contact us: nobody can activate your access without the letter.",

  "activationLetter.title": "Your access to the client portal",
  "activationLetter.intro": "Your access to the client portal of {account_name} is ready to be activated. Below is the first part of your activation code; the second part has been sent to your e-mail address {email}.",
  "activationLetter.codeLabel": "Letter code",
  "activationLetter.step1": "1. Open {url}",
  "activationLetter.step2": "2. Enter your e-mail address, the letter code and the code from the e-mail.",
  "activationLetter.step3": "3. Your access is active: from then on you sign in with a one-time code sent to you.",
  "activationLetter.expires": "These codes are valid until {expires} and work only once.",
  "activationLetter.keep": "Keep this letter private: together with the e-mail, it opens your account.",

  "portalTest.subject": "Test e-mail from {business_name}",
  "portalTest.subjectNeutral": "Test e-mail",
  "portalTest.heading": "Your e-mail settings work",
  "portalTest.body":
    "This is a test message sent from the {business_name} client portal. If you are reading it, outgoing e-mail is configured correctly.",
  "portalTest.bodyNeutral":
    "This is a test message sent from the client portal. If you are reading it, outgoing e-mail is configured correctly.",
  "portalTest.noAction": "No action is needed.",

  "portalStaffAlert.subject": "Client portal: {title}",
  "portalStaffAlert.subjectNeutral": "A client acted on the portal",
  "portalStaffAlert.heading": "A client acted on the portal",
  "portalStaffAlert.intro": "A client has just acted on the portal.",
  "portalStaffAlert.account": "Client account: {account_name}",
  "portalStaffAlert.actor": "By: {actor_name}",
  "portalStaffAlert.when": "When: {when}",
  "portalStaffAlert.action": "Open in the admin",
  "portalStaffAlert.noLink": "You will find it in the admin, under Client portal → Alerts.",
  "portalStaffAlert.footer": "You receive this alert because you are responsible for this client, or this address receives the portal's staff alerts.",

  "quotePdf.title": "Quote {quote_number}",
  "quotePdf.version": "Version {version}",
  "quotePdf.date": "Date: {date}",
  "quotePdf.validUntil": "Valid until {valid_until}",
  "quotePdf.client": "Client",
  "quotePdf.salesperson": "Your contact: {name}",
  "quotePdf.item": "Item",
  "quotePdf.quantity": "Qty",
  "quotePdf.unitPrice": "Unit price",
  "quotePdf.discount": "Disc.",
  "quotePdf.lineTotal": "Amount",
  "quotePdf.optional": "Optional",
  "quotePdf.notIncluded": "not included",
  "quotePdf.subtotal": "Subtotal excl. tax",
  "quotePdf.discountTotal": "of which discounts",
  "quotePdf.tax": "Tax",
  "quotePdf.total": "Total",
  "quotePdf.notes": "Notes",
  "quotePdf.signature": "Acceptance",
  "quotePdf.signatureEmpty": "Name, date and signature:",
  "quotePdf.acceptedBy": "Accepted by {name} on {date} (version {version}).",
  "quotePdf.signedAs": "Signed: {signature}",

  "portalQuoteSent.subject": "Quote {quote_number}: {quote_title}",
  "portalQuoteSent.subjectRevised": "Quote {quote_number}, version {version}: {quote_title}",
  "portalQuoteSent.heading": "A quote awaits your answer",
  "portalQuoteSent.headingRevised": "A new version of your quote awaits your answer",
  "portalQuoteSent.intro": "{business_name} has sent {account_name} quote {quote_number}: {quote_title}.",
  "portalQuoteSent.introNeutral": "Quote {quote_number} has been sent to {account_name}: {quote_title}.",
  "portalQuoteSent.summary": "Total: {total}. Valid until {valid_until}.",
  "portalQuoteSent.body": "Open it in the portal to choose the optional items, ask a question, download the PDF, or accept it in one click.",
  "portalQuoteSent.action": "Open the quote",

  "portalAccessCode.subject": "{code} is your sign-in code",
  "portalAccessCode.heading": "Your sign-in code",
  "portalAccessCode.body": "Enter this code to sign in to the client portal: {code}. It is valid for {minutes} minutes and can be used once.",
  "portalAccessCode.ignore": "If you did not ask for it, ignore this e-mail: nobody can sign in without the code.",

  "portalInvoice.subject": "{document} for {account_name}",
  "portalInvoice.heading": "{document}",
  "portalInvoice.body": "Amount: {total}. Due by {due_date}.",
  "portalInvoice.reminderSubject": "Reminder: {document} is overdue",
  "portalInvoice.reminderHeading": "{document} is overdue",
  "portalInvoice.reminderBody": "{total} was due by {due_date} and is still open. If you have already paid, please ignore this reminder.",
  "portalInvoice.attached": "The document is attached as a PDF. You can also pay it online in the portal.",
  "portalInvoice.action": "Open in the portal",
} as const

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
