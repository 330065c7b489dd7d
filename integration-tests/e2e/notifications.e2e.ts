import fs from "node:fs"
import path from "node:path"
import { expect, test } from "@playwright/test"
import { env, expectNoAxeViolations, signInThroughPortal, type PortalLocale } from "./helpers"

/** Paul (Acme, French) keeps the default preferences in the demo, so his centre has unread notifications. */
const CLIENT = { email: "paul@acme.example", locale: "fr" as PortalLocale }
const portal = (route: string) => `${env.portalUrl()}/${CLIENT.locale}${route}`

type Messages = { [key: string]: string | Messages }

function supportMessage(locale: PortalLocale, key: string): string {
  const file = path.resolve(__dirname, "../../storefront/messages/support", `${locale}.json`)
  const value = key
    .split(".")
    .reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), JSON.parse(fs.readFileSync(file, "utf8")) as Messages)
  if (typeof value !== "string") throw new Error(`No message Support.${key} in support/${locale}.json`)
  return value
}

test("a member sees the unread count, opens the centre, marks a notification read and changes a preference", async ({ page }) => {
  test.setTimeout(300_000)
  await signInThroughPortal(page, CLIENT.locale, CLIENT.email)
  await expectNoAxeViolations(page, "dashboard fr with notifications tile")

  const badge = page.getByTestId("portal-nav").getByTestId("nav-unread-notifications")
  await expect(badge).toBeVisible()
  const before = Number((await badge.locator("[aria-hidden=true]").textContent())?.replace("+", ""))
  expect(before).toBeGreaterThan(0)

  await page.getByTestId("portal-nav").getByRole("link", { name: /Notifications/ }).click()
  await expect(page).toHaveURL(/\/fr\/notifications$/)
  const unread = page.locator('[data-testid="notification"][data-unread="true"]')
  await expect(unread.first()).toBeVisible()
  await expectNoAxeViolations(page, "notification centre fr")

  await unread.first().getByTestId("mark-read").click()
  await expect(page).toHaveURL(/\/fr\/notifications$/)
  if (before > 1) await expect(badge.locator("[aria-hidden=true]")).toHaveText(String(before - 1))
  else await expect(badge).toHaveCount(0)

  // The filter's link ("Non lues (7)"), not the navigation's, whose name also says how many are unread.
  const unreadFilter = supportMessage(CLIENT.locale, "notifications.unread").replace(/\s*\(\{count\}\)/, "")
  await page.getByRole("link", { name: new RegExp(`^${unreadFilter}`) }).click()
  await expect(page).toHaveURL(/unread=1/)
  await expectNoAxeViolations(page, "notification centre fr, unread only")

  await page.getByTestId("notification-preferences-link").click()
  await expect(page).toHaveURL(/\/fr\/notifications\/preferences$/)
  const row = page.locator('[data-testid="preference-row"][data-event="support.message.received"]')
  const digest = row.getByLabel(new RegExp(supportMessage(CLIENT.locale, "notifications.channels.digest")))
  await expect(digest).not.toBeChecked()
  await expectNoAxeViolations(page, "notification preferences fr")
  await digest.check()
  await page.getByTestId("save-preferences").click()
  await expect(page.getByTestId("preferences-saved")).toHaveText(supportMessage(CLIENT.locale, "notifications.saved"))
  await expect(page.locator('[data-testid="preference-row"][data-event="support.message.received"]').getByLabel(new RegExp(supportMessage(CLIENT.locale, "notifications.channels.digest")))).toBeChecked()
  await expectNoAxeViolations(page, "notification preferences fr, saved")

  // Mark all read: the badge goes.
  await page.goto(portal("/notifications"))
  await page.getByTestId("mark-all-read").click()
  await expect(page.getByTestId("portal-nav").getByTestId("nav-unread-notifications")).toHaveCount(0)
  await expect(page.locator('[data-testid="notification"][data-unread="true"]')).toHaveCount(0)
  await expectNoAxeViolations(page, "notification centre fr, all read")
})
