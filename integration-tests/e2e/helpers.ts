import fs from "node:fs"
import path from "node:path"
import { expect, type Page } from "@playwright/test"

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

export type CaughtMail = { subject: string; text: string; to: { address: string }[]; date: string }

/** Mails the mail catcher received (maildev 2's JSON API, beside its web inbox). */
export async function caughtMails(): Promise<CaughtMail[]> {
  const response = await fetch(`${env.mailApi()}/email`)
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`)
  return (await response.json()) as CaughtMail[]
}

/** A staff token for the admin API (`POST /auth/user/emailpass` with the seeded admin). */
export async function adminToken(): Promise<string> {
  const response = await fetch(`${env.medusaUrl()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(env.admin()),
  })
  if (!response.ok) throw new Error(`admin sign-in answered ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return token
}

/** One admin API call as staff; throws with the backend's answer when it is not 2xx. */
export async function adminApi<T>(token: string, method: "GET" | "POST" | "DELETE", route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${env.medusaUrl()}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`)
  return (text ? JSON.parse(text) : {}) as T
}

/** Waits for a mail to `address` received after `since` whose subject or text matches `pattern`. */
export async function waitForMail(address: string, since: Date, pattern: RegExp = /./, timeoutMs = 30_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const mails = await caughtMails()
    const match = mails
      .filter((mail) => new Date(mail.date) >= since && mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
      .filter((mail) => pattern.test(mail.subject) || pattern.test(mail.text))
      .sort((a, b) => new Date(b.date).getTime() - new Date(a.date).getTime())[0]
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no mail to ${address} matching ${pattern} within ${timeoutMs} ms`)
}

/** The 6-digit sign-in code of the newest code mail to `address` since `since`. */
export async function signInCodeFor(address: string, since: Date): Promise<string> {
  const mail = await waitForMail(address, since, /\b\d{6}\b/)
  const code = (mail.subject.match(/\b(\d{6})\b/) ?? mail.text.match(/\b(\d{6})\b/))?.[1]
  if (!code) throw new Error(`no 6-digit code in the mail "${mail.subject}"`)
  return code
}

/** A client account with sites and an admin member, made through the admin API; unique per call. */
export async function createClientFixture(
  token: string,
  options: { locale?: PortalLocale; siteNames?: string[]; role?: "admin" | "approver" | "requester" | "viewer" } = {}
) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
  const { client_account: account } = await adminApi<{ client_account: { id: string; name: string; number: string } }>(
    token,
    "POST",
    "/admin/portal/accounts",
    {
      number: `E2E-${stamp}`,
      name: `Alpine Bakeries ${stamp.slice(-5)}`,
      locale: options.locale ?? "en",
      city: "Bratislava",
      country_code: "sk",
    }
  )
  const sites: { id: string; name: string }[] = []
  for (const [index, name] of (options.siteNames ?? ["Main bakery", "Harbour shop"]).entries()) {
    const { site } = await adminApi<{ site: { id: string; name: string } }>(token, "POST", `/admin/portal/accounts/${account.id}/sites`, {
      name,
      address_1: `Street ${index + 1}`,
      city: "Bratislava",
      postal_code: "811 01",
      country_code: "sk",
      latitude: 48.14,
      longitude: 17.1,
    })
    sites.push(site)
  }
  const email = `ada.${stamp}@e2e.example`
  const { member } = await adminApi<{ member: { id: string } }>(token, "POST", `/admin/portal/accounts/${account.id}/members`, {
    email,
    first_name: "Ada",
    last_name: "Novak",
    role: options.role ?? "admin",
  })
  return { account, sites, member, email }
}

/**
 * Signs in through the portal's form with the code from the mail catcher; returns when the dashboard
 * shows. The dashboard opens in the account's language, whatever `locale` the form was in.
 */
export async function signInThroughPortal(page: Page, locale: PortalLocale, email: string): Promise<void> {
  await page.goto(`${env.portalUrl()}/${locale}/sign-in`)
  const since = new Date(Date.now() - 1000)
  await page.locator("#identifier").fill(email)
  await page.locator("#identifier").press("Enter")
  await expect(page.locator("#code")).toBeVisible()
  const code = await signInCodeFor(email, since)
  await page.locator("#code").fill(code)
  await page.locator("#code").press("Enter")
  await expect(page).toHaveURL(/\/[a-z]{2}\/dashboard$/)
}

// axe-core's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA: the portal's accessibility bar.
const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

let axeSource: string | undefined

type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[] }[] }

/**
 * Runs axe-core's WCAG 2.2 AA rules on the page as it shows now and fails, softly so that one run lists
 * every page's violations, with each rule, its impact, the elements it found and what it asks for. The
 * portal's policy allows inline scripts (Next.js writes its own), so axe is added as one.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
  // After a client-side navigation Next.js streams the new page's metadata: its <title> can land a moment after
  // the content the test waited for. Give it that moment; a page that never gets a title still fails below.
  await page.waitForFunction(() => document.title.trim().length > 0, null, { timeout: 10_000 }).catch(() => undefined)
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(
          document,
          { runOnly: { type: "tag", values: tags } }
        )
      ).violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact, help, helpUrl, nodes: nodes.map(({ target }) => ({ target })) })),
    WCAG_AA_TAGS
  )
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "no impact"}): ${violation.help} <${violation.helpUrl}>\n` +
      violation.nodes.map((node) => `    ${node.target.map(String).join(" ")}`).join("\n")
  )
  expect.soft(report, `axe-core WCAG 2.2 AA violations on ${label} (${page.url()})`).toEqual([])
}

/** Whether the page scrolls sideways (it must not, on a phone). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/**
 * Signs in to the Medusa admin as the demo's staff member and waits for the menu. The first visit of the
 * admin in development mode compiles the dashboard, hence the long waits.
 */
export async function signInToAdmin(page: Page): Promise<void> {
  const admin = env.admin()
  await page.goto(`${env.medusaUrl()}/app/login`, { timeout: 180_000 })
  await page.locator('input[name="email"]').fill(admin.email, { timeout: 180_000 })
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await expect(page.getByRole("link", { name: "Client portal" })).toBeVisible({ timeout: 120_000 })
}
