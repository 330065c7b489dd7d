import fs from "node:fs"
import path from "node:path"

export const env = {
  portalUrl: () => required("E2E_PORTAL_URL"),
  medusaUrl: () => required("E2E_MEDUSA_URL"),
  mailApi: () => required("E2E_MAIL_API"),
  businessName: () => required("E2E_BUSINESS_NAME"),
  admin: () => ({ email: required("E2E_ADMIN_EMAIL"), password: required("E2E_ADMIN_PASSWORD") }),
}

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the browser tests through their global setup (npm run test:e2e)`)
  return value
}

export const PORTAL_LOCALES = ["en", "fr", "it", "sk"] as const
export type PortalLocale = (typeof PORTAL_LOCALES)[number]

type Messages = { [key: string]: string | Messages }

/** A string of the portal's own message files, so that a test checks the language a person reads. */
export function portalMessage(locale: PortalLocale, key: string): string {
  const file = path.resolve(__dirname, "../../storefront/messages", `${locale}.json`)
  const messages = JSON.parse(fs.readFileSync(file, "utf8")) as Messages
  const value = key.split(".").reduce<string | Messages | undefined>(
    (node, part) => (typeof node === "object" ? node[part] : undefined),
    messages
  )
  if (typeof value !== "string") throw new Error(`No message ${key} in ${locale}.json`)
  return value
}

export type CaughtMail = { subject: string; text: string; to: { address: string }[]; time: string }

/** Mails the mail catcher received (maildev's JSON API). */
export async function caughtMails(): Promise<CaughtMail[]> {
  const response = await fetch(`${env.mailApi()}/api/email`)
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`)
  return (await response.json()) as CaughtMail[]
}
