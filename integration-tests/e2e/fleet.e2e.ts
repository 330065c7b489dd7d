import fs from "node:fs"
import path from "node:path"
import { expect, test, type Page, type TestInfo } from "@playwright/test"
import { adminApi, adminToken, createClientFixture, env, expectNoAxeViolations, horizontalOverflow, signInThroughPortal, signInToAdmin } from "./helpers"

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

const SHOTS = process.env.E2E_SCREENSHOT_DIR

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true, ...(SHOTS ? { path: `${SHOTS}/${name}.png` } : {}) })
  await testInfo.attach(name, { body, contentType: "image/png" })
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
  await expectNoAxeViolations(page, "dashboard en with maintenance due")

  await page.goto(`${env.portalUrl()}/en/fleet`)
  await expect(page.getByRole("heading", { name: client.sites[0].name })).toBeVisible()
  await expectNoAxeViolations(page, "fleet en")
  // The filters are a GET form: searching for another serial number leaves no machine.
  await page.locator("#fleet-q").fill("no-such-serial")
  await page.locator("#fleet-q").press("Enter")
  await expect(page).toHaveURL(/q=no-such-serial/)
  await expect(page.getByTestId("fleet-no-match")).toBeVisible()
  await expectNoAxeViolations(page, "fleet en without a match")
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
  await expectNoAxeViolations(page, "machine en")
  await shoot(page, testInfo, "equipment-en")

  // Lower than the last reading: the backend's refusal shows next to the value.
  const form = page.getByTestId("reading-form")
  await form.getByLabel(/^Value/).fill(String(machine.lastValue - 5))
  await form.getByRole("button", { name: fleetMessage("reading.submit") }).click()
  await expect(form.getByTestId("reading-error")).toContainText(fleetMessage("reading.errors.refused"))
  await expect(form.getByTestId("reading-error")).toContainText("previous")
  await expectNoAxeViolations(page, "machine en with a refused reading")

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
  await expectNoAxeViolations(page, "machine en with a reading to review")

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

test("staff pick a machine's model from the catalogue and log a service with the parts used", async ({ page }, testInfo) => {
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en", siteNames: ["Main bakery"] })
  const stamp = `${Date.now()}`
  const { equipment } = await adminApi<{ equipment: { id: string } }>(staff, "POST", "/admin/portal/equipment", {
    account_id: client.account.id,
    site_id: client.sites[0].id,
    name: `Standby generator ${stamp.slice(-5)}`,
    serial_number: `GEN-${stamp}`,
  })
  await signInToAdmin(page)

  // The model is searched in the demo catalogue by SKU and shown as "Product — Variant (SKU)".
  const generator = "Diesel generator G-60 — Standard (MACH-G60)"
  await page.goto(`${env.medusaUrl()}/app/client-portal/fleet/${equipment.id}/edit`)
  const form = page.getByTestId("equipment-form")
  await form.getByLabel("Model", { exact: true }).fill("MACH-G60")
  await form.getByRole("button", { name: generator }).click()
  await expect(form.getByTestId("variant-choice")).toContainText(generator)
  await shoot(page, testInfo, "admin-equipment-model-picked")
  await form.getByRole("button", { name: "Save" }).click()
  await expect(page).toHaveURL(new RegExp(`/client-portal/fleet/${equipment.id}$`))
  await expect(page.getByTestId("equipment-page")).toContainText("Diesel generator G-60")
  const saved = await adminApi<{ equipment: { model: string | null; variant_id: string | null } }>(staff, "GET", `/admin/portal/equipment/${equipment.id}`)
  expect(saved.equipment).toMatchObject({ model: "Diesel generator G-60", variant_id: expect.stringMatching(/^variant_/) })

  // Editing again names the saved model; clearing it brings the search back.
  await page.goto(`${env.medusaUrl()}/app/client-portal/fleet/${equipment.id}/edit`)
  await expect(form.getByTestId("variant-choice")).toContainText(generator)
  await form.getByRole("button", { name: "Clear the choice" }).click()
  await expect(form.getByLabel("Model", { exact: true })).toHaveValue("")
  await form.getByRole("button", { name: "Cancel" }).click()

  // A service with two parts: an empty part line is refused with a message naming it, a removed one is not sent.
  await page.getByTestId("equipment-log").getByRole("button", { name: "Add log entry" }).click()
  const entry = page.getByTestId("log-entry-drawer")
  await entry.locator("#log-description").fill("250 h oil change, belts checked")
  await entry.getByRole("button", { name: "Add part" }).click()
  await entry.getByRole("button", { name: "Save" }).click()
  await expect(entry.getByTestId("log-part-problem")).toHaveText("Part 1: choose a product from the catalogue.")
  await entry.getByLabel("Part 1", { exact: true }).fill("PART-OIL20")
  await entry.getByRole("button", { name: "Engine oil 15W-40, 20 L — Standard (PART-OIL20)" }).click()
  await entry.getByTestId("log-part").nth(0).getByLabel("Quantity").fill("2")
  await entry.getByRole("button", { name: "Add part" }).click()
  await entry.getByLabel("Part 2", { exact: true }).fill("V-belt")
  await entry.getByRole("button", { name: "V-belt set for G-60 — Standard (PART-VBG60)" }).click()
  await entry.getByRole("button", { name: "Add part" }).click()
  await entry.getByRole("button", { name: "Remove part 3" }).click()
  await expect(entry.getByTestId("log-part")).toHaveCount(2)
  await expect(entry.getByTestId("log-part-problem")).toHaveCount(0)
  await shoot(page, testInfo, "admin-log-entry-parts")
  await entry.getByRole("button", { name: "Save" }).click()
  await expect(entry).toHaveCount(0)

  const logged = page.getByTestId("equipment-log").getByTestId("log-entry-parts")
  await expect(logged).toHaveText("Parts: 2 × Engine oil 15W-40, 20 L (PART-OIL20) · 1 × V-belt set for G-60 (PART-VBG60)")
  await shoot(page, testInfo, "admin-log-with-parts")
})
