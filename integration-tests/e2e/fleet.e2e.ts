import fs from "node:fs"
import path from "node:path"
import { expect, test, type Page, type TestInfo } from "@playwright/test"
import { adminApi, adminToken, createClientFixture, env, horizontalOverflow, signInThroughPortal, signInToAdmin } from "./helpers"

const PHONE = { width: 390, height: 844 }
const DAY_MS = 24 * 3600 * 1000

type Messages = { [key: string]: string | Messages }

/** A string of the portal's fleet messages (`storefront/messages/fleet/<locale>.json`), placeholders left in. */
function fleetMessage(key: string): string {
  const file = path.resolve(__dirname, "../../storefront/messages/fleet/en.json")
  const messages = JSON.parse(fs.readFileSync(file, "utf8")) as Messages
  const value = key.split(".").reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), messages)
  if (typeof value !== "string") throw new Error(`No message Fleet.${key}`)
  return value
}

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
}

/**
 * A machine with an hour meter read by staff once a day for 30 days at about 8 h a day, so the meter has a
 * usual use to judge a client's reading against, and a 90-day service plan.
 */
async function createMachine(staff: string, accountId: string, siteId: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`
  const { equipment } = await adminApi<{ equipment: { id: string; name: string } }>(staff, "POST", "/admin/portal/equipment", {
    account_id: accountId,
    site_id: siteId,
    name: `Dough mixer ${stamp.slice(-5)}`,
    serial_number: `MX-${stamp}`,
    brand: "Kneadwell",
    status: "in_service",
    installation_date: new Date(Date.now() - 400 * DAY_MS).toISOString(),
  })
  await adminApi(staff, "POST", `/admin/portal/equipment/${equipment.id}/meters`, { name: "Running hours", kind: "hours", unit: "h" })
  const { equipment: withMeter } = await adminApi<{ equipment: { meters: { id: string }[] } }>(staff, "GET", `/admin/portal/equipment/${equipment.id}`)
  const meterId = withMeter.meters[0].id
  for (let day = 30; day >= 1; day--) {
    await adminApi(staff, "POST", `/admin/portal/equipment/${equipment.id}/meters/${meterId}/readings`, {
      value: (30 - day) * 8,
      read_at: new Date(Date.now() - day * DAY_MS).toISOString(),
    })
  }
  await adminApi(staff, "POST", `/admin/portal/equipment/${equipment.id}/plans`, {
    name: "Quarterly service",
    interval_days: 90,
    last_done_at: new Date(Date.now() - 80 * DAY_MS).toISOString(),
  })
  return { equipment, meterId, lastValue: 29 * 8 }
}

test("a client opens a machine, sees its meter chart and sends readings; a flagged one is accepted by staff", async ({ page, browser }, testInfo) => {
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en", siteNames: ["Main bakery", "Harbour shop"] })
  const machine = await createMachine(staff, client.account.id, client.sites[0].id)

  await signInThroughPortal(page, "en", client.email)
  // Due in 10 days: the dashboard lists the machine under maintenance due soon.
  await expect(page.getByTestId("dashboard-due").getByRole("link", { name: new RegExp(machine.equipment.name) })).toBeVisible()

  await page.goto(`${env.portalUrl()}/en/fleet`)
  await expect(page.getByRole("heading", { name: client.sites[0].name })).toBeVisible()
  // The filters are a GET form: searching for another serial number leaves no machine.
  await page.locator("#fleet-q").fill("no-such-serial")
  await page.locator("#fleet-q").press("Enter")
  await expect(page).toHaveURL(/q=no-such-serial/)
  await expect(page.getByTestId("fleet-no-match")).toBeVisible()
  await page.goto(`${env.portalUrl()}/en/fleet?due=1`)
  await page.getByTestId("fleet-list").getByRole("link", { name: new RegExp(machine.equipment.name) }).click()
  await expect(page.getByTestId("equipment-name")).toHaveText(machine.equipment.name)
  await expect(page.getByTestId("due-badge").first()).toHaveAttribute("data-due", "soon")

  // The chart is an SVG line through the 30 readings.
  const chart = page.getByTestId("meter-chart")
  await expect(chart).toHaveAttribute("data-points", "30")
  const line = chart.locator("svg path.recharts-line-curve")
  await expect(line).toBeVisible()
  expect(((await line.getAttribute("d")) ?? "").length).toBeGreaterThan(100)
  await shoot(page, testInfo, "equipment-en")

  // Lower than the last reading: the backend's refusal shows next to the value.
  const form = page.getByTestId("reading-form")
  await form.getByLabel(/^Value/).fill(String(machine.lastValue - 5))
  await form.getByRole("button", { name: fleetMessage("reading.submit") }).click()
  await expect(form.getByTestId("reading-error")).toContainText(fleetMessage("reading.errors.refused"))
  await expect(form.getByTestId("reading-error")).toContainText("previous")

  // A plausible reading is saved.
  await form.getByLabel(/^Value/).fill(String(machine.lastValue + 8))
  await form.getByRole("button", { name: fleetMessage("reading.submit") }).click()
  await expect(page.getByTestId("reading-saved")).toHaveAttribute("data-status", "accepted")

  // Thousands of hours in a day: kept for review, and the client is told so.
  const implausible = machine.lastValue + 5000
  await page.getByTestId("reading-form").getByLabel(/^Value/).fill(String(implausible))
  await page.getByTestId("reading-form").getByRole("button", { name: fleetMessage("reading.submit") }).click()
  await expect(page.getByTestId("reading-saved")).toHaveAttribute("data-status", "to_review")
  await expect(page.getByTestId("reading-saved")).toHaveText(fleetMessage("reading.toReview"))

  // The flagged value stays off the chart until staff accept it.
  await expect(chart).toHaveAttribute("data-points", "31")
  await page.setViewportSize(PHONE)
  // The chart follows the new width on its next resize observation.
  await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await shoot(page, testInfo, "equipment-en-phone")

  const admin = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const staffPage = await admin.newPage()
  await signInToAdmin(staffPage)
  await staffPage.goto(`${env.medusaUrl()}/app/client-portal/fleet/readings`)
  const row = staffPage.getByTestId("flagged-reading").filter({ hasText: machine.equipment.name })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(client.account.name)
  await testInfo.attach("admin-flagged-readings", { body: await staffPage.screenshot(), contentType: "image/png" })
  await row.getByRole("button", { name: "Accept" }).click()
  await expect(row).toHaveCount(0)
  await admin.close()

  const { equipment } = await adminApi<{ equipment: { meters: { last_reading: { value: number; status: string } | null }[] } }>(
    staff,
    "GET",
    `/admin/portal/equipment/${machine.equipment.id}`
  )
  expect(equipment.meters[0].last_reading).toMatchObject({ value: implausible, status: "accepted" })
})
