import fs from "node:fs"
import path from "node:path"
import { expect, test, type Page, type TestInfo } from "@playwright/test"
import { adminApi, adminToken, createClientFixture, env, expectNoAxeViolations, horizontalOverflow, signInThroughPortal, signInToAdmin, type PortalLocale } from "./helpers"

const LOCALE: PortalLocale = "fr"
const PHONE = { width: 390, height: 844 }
const DAY_MS = 86_400_000
const SHOTS = process.env.E2E_SCREENSHOT_DIR

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true, ...(SHOTS ? { path: `${SHOTS}/${name}.png` } : {}) })
  await testInfo.attach(name, { body, contentType: "image/png" })
}

type Messages = { [key: string]: string | Messages }

/** A string of the portal's rental messages, placeholders filled, so the test reads what the client reads. */
function rentalMessage(key: string, values: Record<string, string> = {}): string {
  const file = path.resolve(__dirname, "../../storefront/messages/rentals", `${LOCALE}.json`)
  const value = key
    .split(".")
    .reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), JSON.parse(fs.readFileSync(file, "utf8")) as Messages)
  if (typeof value !== "string") throw new Error(`No message Rentals.${key} in rentals/${LOCALE}.json`)
  return Object.entries(values).reduce((text, [name, replacement]) => text.replace(`{${name}}`, replacement), value)
}

const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10)

test("a client books two models for dates; staff confirm and hand over; the unit joins the client's fleet; the return with a reading and damage makes an order; the client reads both slips", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(600_000)
  const staff = await adminToken()
  const fixture = await createClientFixture(staff, { locale: LOCALE, siteNames: ["Chantier Lyon Nord"] })
  const site = fixture.sites[0]!

  // The client starts from the rentals section and books, dates and delivery site first.
  const clientContext = await browser.newContext()
  const client = await clientContext.newPage()
  await signInThroughPortal(client, LOCALE, fixture.email)
  await client.goto(`${env.portalUrl()}/${LOCALE}/rentals`)
  await expectNoAxeViolations(client, "rentals fr, empty")
  await client.getByTestId("book-rental").click()
  await expect(client).toHaveURL(new RegExp(`/${LOCALE}/rentals/book$`))
  // Next.js streams the page's title after its body: axe checks the page once it has one.
  await expect(client).toHaveTitle(/\S/)
  await expectNoAxeViolations(client, "rental booking fr, dates")

  const from = utcDay(0)
  const to = utcDay(3)
  await client.getByLabel(rentalMessage("dates.from")).fill(from)
  await client.getByLabel(rentalMessage("dates.to")).fill(to)
  await client.getByLabel(rentalMessage("dates.site")).selectOption(site.id)
  await client.getByTestId("booking-search").click()
  await expect(client).toHaveURL(new RegExp(`from=${from}&to=${to}`))
  const bookable = client.getByTestId("rental-model").filter({ has: client.getByTestId("model-quantity") })
  await expect(bookable.nth(1)).toBeVisible()
  await expect(bookable.first().getByTestId("model-price")).toContainText("€")
  await expectNoAxeViolations(client, "rental booking fr, free models")
  await shoot(client, testInfo, "portal-rental-catalogue")

  // Each model has its calendar over the coming months; a free day starts a booking of the same length.
  const firstTitle = (await bookable.first().getByRole("heading").textContent()) ?? ""
  await bookable.first().getByRole("link", { name: rentalMessage("catalogue.calendarOf", { title: firstTitle }) }).click()
  await expect(client.getByTestId("availability-calendar")).toBeVisible()
  await expect(client.getByTestId("availability-calendar").locator("table")).toHaveCount(3)
  await expectNoAxeViolations(client, "rental model calendar fr")
  await shoot(client, testInfo, "portal-rental-calendar")
  await client.getByRole("link", { name: rentalMessage("calendar.back") }).click()
  await expect(bookable.nth(1)).toBeVisible()

  // One unit of each of two models; the summary follows, then the review before the reservation is sent.
  const models = [bookable.nth(0), bookable.nth(1)]
  for (const model of models) await model.getByTestId("model-quantity").fill("1")
  const total = client.getByTestId("booking-total")
  await expect(total).toContainText("€")
  await client.getByTestId("review-reservation").click()
  await expect(client.getByTestId("booking-review")).toBeVisible()
  await expect(client.getByTestId("booking-review")).toContainText(site.name)
  await expectNoAxeViolations(client, "rental booking fr, review")
  await shoot(client, testInfo, "portal-rental-review")
  await client.setViewportSize(PHONE)
  expect(await horizontalOverflow(client)).toBeLessThanOrEqual(0)
  await client.setViewportSize({ width: 1280, height: 900 })
  await client.getByTestId("confirm-reservation").click()

  // The reservation shows at once, awaiting staff.
  await expect(client).toHaveURL(new RegExp(`/${LOCALE}/rentals/[^/?]+\\?reserved=1$`), { timeout: 90_000 })
  const rentalId = new URL(client.url()).pathname.split("/").pop()!
  await expect(client.getByTestId("rental-reserved")).toBeVisible()
  await expect(client.getByTestId("rental-status")).toHaveAttribute("data-status", "requested")
  await expect(client.getByTestId("rental-line")).toHaveCount(2)
  await expectNoAxeViolations(client, "rental fr, requested")
  await client.getByTestId("change-dates").locator("summary").click()
  await client.getByTestId("cancel-rental").locator("summary").click()
  await expect(client.getByTestId("cancel-fee")).toBeVisible()
  await expectNoAxeViolations(client, "rental fr, change and cancel open")
  await client.goto(`${env.portalUrl()}/${LOCALE}/rentals?period=upcoming`)
  await expect(client.getByTestId("rentals-list").getByTestId("rental-link")).toHaveCount(1)
  await expectNoAxeViolations(client, "rentals fr, upcoming")

  // Staff confirm with the units assigned at request time, then hand the equipment over.
  await signInToAdmin(page)
  await page.goto(`${env.medusaUrl()}/app/client-portal/rentals/${rentalId}`)
  const staffPage = page.getByTestId("rental-page")
  await expect(staffPage.getByTestId("rental-status")).toHaveText("Requested")
  await staffPage.getByTestId("rental-confirm").click()
  await page.getByTestId("confirm-save").click()
  await expect(staffPage.getByTestId("rental-status")).toHaveText("Confirmed")
  await staffPage.getByTestId("rental-exit").click()
  const exitForm = page.getByTestId("exit-form")
  await exitForm.getByLabel("Condition notes").fill("Clean, full tank, bucket greased.")
  await exitForm.getByLabel("Client's signature name").fill("Ada Novak")
  await exitForm.getByLabel("Staff signature name").fill("Martin Novak")
  await shoot(page, testInfo, "admin-rental-exit")
  await page.getByTestId("exit-save").click()
  await expect(staffPage.getByTestId("rental-status")).toHaveText("Out")
  const unitLine = ((await staffPage.getByTestId("rental-units").locator("li").first().textContent()) ?? "").trim()
  const serial = unitLine.split("·").pop()!.trim()
  expect(serial).not.toBe("")

  // The units calendar (react-calendar-timeline): the reservation's bar on its unit, and a maintenance block.
  type StaffRental = { number: string; customer_id: string | null; units: { id: string; serial_number: string; model_id: string }[]; lines: { model_id: string; variant_id: string }[] }
  const { rental: staffRental } = await adminApi<{ rental: StaffRental }>(staff, "GET", `/admin/portal/rentals/${rentalId}`)
  const unitId = staffRental.units[0]!.id
  await adminApi(staff, "POST", `/admin/portal/rentals/units/${unitId}/blocks`, {
    starts_at: new Date(Date.now() + 10 * DAY_MS).toISOString(),
    ends_at: new Date(Date.now() + 12 * DAY_MS).toISOString(),
    reason: "E2E hydraulic check",
  })
  await page.goto(`${env.medusaUrl()}/app/client-portal/rentals/calendar`)
  const timeline = page.getByTestId("units-timeline")
  await expect(timeline).toBeVisible()
  await expect(timeline.getByTestId("calendar-reservation").filter({ hasText: staffRental.number })).toHaveCount(staffRental.units.length)
  await expect(timeline.getByTestId("calendar-block").filter({ hasText: "E2E hydraulic check" })).toHaveCount(1)
  await shoot(page, testInfo, "admin-rental-calendar")
  // A bar opens its reservation.
  await timeline.getByTestId("calendar-reservation").filter({ hasText: staffRental.number }).first().click()
  await expect(page).toHaveURL(new RegExp(`/client-portal/rentals/${rentalId}$`))

  // Medusa's own pages: the customer lists the account's rentals, the variant its rental units.
  await page.goto(`${env.medusaUrl()}/app/customers/${staffRental.customer_id}`)
  await expect(page.getByTestId("customer-rentals-widget")).toContainText(staffRental.number)
  // The variant of the unit read above (the page's first unit need not be the first line's model).
  const servedModel = staffRental.units.find((unit) => unit.serial_number === serial)!.model_id
  const servedVariant = staffRental.lines.find((line) => line.model_id === servedModel)!.variant_id
  const { variants } = await adminApi<{ variants: { id: string; product_id: string }[] }>(staff, "GET", `/admin/product-variants?id=${servedVariant}&fields=id,product_id`)
  await page.goto(`${env.medusaUrl()}/app/products/${variants[0]!.product_id}/variants/${variants[0]!.id}`)
  await expect(page.getByTestId("variant-rental-units-widget")).toContainText(serial)
  await page.goto(`${env.medusaUrl()}/app/client-portal/rentals/${rentalId}`)

  // While out, the unit is in the client's fleet, with its maintenance log.
  await client.goto(`${env.portalUrl()}/${LOCALE}/fleet`)
  await expect(client.getByTestId("fleet-list").first()).toContainText(serial)
  await client.goto(`${env.portalUrl()}/${LOCALE}/rentals`)
  await expect(client.getByTestId("rentals-list").getByTestId("rental-link")).toHaveCount(1)
  await expectNoAxeViolations(client, "rentals fr, current")

  // The return: a meter reading and damage with its amount; the charges become an order.
  await staffPage.getByTestId("rental-return").click()
  const returnForm = page.getByTestId("return-form")
  const reading = returnForm.getByTestId("slip-reading").first()
  if (await reading.count()) await reading.fill("4242")
  await returnForm.getByLabel("Damage found").click()
  await returnForm.getByTestId("slip-damage-amount").fill("150")
  await returnForm.getByLabel("What is damaged").fill("Cracked rear light")
  await returnForm.getByLabel("Client's signature name").fill("Ada Novak")
  await returnForm.getByLabel("Staff signature name").fill("Martin Novak")
  await page.getByTestId("return-save").click()
  await expect(staffPage.getByTestId("rental-status")).toHaveText("Returned")
  await expect(staffPage.getByTestId("rental-order-link")).toBeVisible()
  await shoot(page, testInfo, "admin-rental-returned")

  // The client reads both slips (and gets their PDFs), the charges and the order.
  await client.goto(`${env.portalUrl()}/${LOCALE}/rentals/${rentalId}`)
  await expect(client.getByTestId("rental-status")).toHaveAttribute("data-status", "returned")
  await expect(client.getByTestId("slip-exit")).toContainText("Ada Novak")
  await expect(client.getByTestId("slip-return")).toBeVisible()
  await expect(client.getByTestId("slip-damage")).toBeVisible()
  for (const kind of ["exit", "return"]) {
    const href = await client.getByTestId(`slip-${kind}`).getByTestId("slip-pdf").getAttribute("href")
    const pdf = await client.request.get(`${env.portalUrl()}${href}`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()["content-type"]).toContain("application/pdf")
  }
  await expect(client.getByTestId("rental-charges")).toContainText("150")
  await expect(client.getByTestId("rental-order")).toBeVisible()
  await expectNoAxeViolations(client, "rental fr, returned")
  await shoot(client, testInfo, "portal-rental-returned")
  await client.goto(`${env.portalUrl()}/${LOCALE}/rentals?period=past`)
  await expect(client.getByTestId("rentals-list").getByTestId("rental-link")).toHaveCount(1)
  await expectNoAxeViolations(client, "rentals fr, past")
  // Once back, the unit has left the client's fleet.
  await client.goto(`${env.portalUrl()}/${LOCALE}/fleet`)
  await expect(client.getByText(serial)).toHaveCount(0)

  await clientContext.close()
})
