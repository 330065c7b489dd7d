import fs from "node:fs"
import path from "node:path"
import { expect, test, type Page, type TestInfo } from "@playwright/test"
import { adminApi, adminToken, env, expectNoAxeViolations, horizontalOverflow, signInThroughPortal, signInToAdmin, type PortalLocale } from "./helpers"

const SHOTS = process.env.E2E_SCREENSHOT_DIR
/** Claire, the first member of Acme in the demo seed: administrator and payer. */
const CLIENT = { email: "claire@acme.example", locale: "fr" as PortalLocale }

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true, ...(SHOTS ? { path: `${SHOTS}/${name}.png` } : {}) })
  await testInfo.attach(name, { body, contentType: "image/png" })
}

type Messages = { [key: string]: string | Messages }

/** A string of the portal's billing (or order pad) messages, so the test reads what the client reads. */
function portalMessage(domain: "billing" | "order-pad", locale: PortalLocale, key: string): string {
  const file = path.resolve(__dirname, "../../storefront/messages", domain, `${locale}.json`)
  const value = key
    .split(".")
    .reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), JSON.parse(fs.readFileSync(file, "utf8")) as Messages)
  if (typeof value !== "string") throw new Error(`No message ${key} in ${domain}/${locale}.json`)
  return value
}
const billingMessage = (locale: PortalLocale, key: string) => portalMessage("billing", locale, key)

/** The account's amount due in euros as the dashboard tile states it (its data attribute, not the formatted text). */
async function amountDue(page: Page): Promise<number> {
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/dashboard`)
  const tile = page.getByTestId("amount-due")
  await expect(tile).toBeVisible()
  const euros = tile.locator('[data-currency="eur"]')
  return (await euros.count()) ? Number(await euros.getAttribute("data-amount")) : 0
}

/** "1 234,50 €" → 1234.5, whatever the locale's separators. */
function amountOf(text: string | null): number {
  const digits = (text ?? "").replace(/[^\d,.-]/g, "")
  const [whole, cents = "0"] = digits.split(/[,.](?=\d{2}$)/)
  return Number(`${whole.replace(/[,.]/g, "")}.${cents}`)
}

test("the payer pays an open invoice online, in part then in full, and the amount due drops each time", async ({ page }, testInfo) => {
  test.setTimeout(300_000)
  await signInThroughPortal(page, CLIENT.locale, CLIENT.email)
  const before = await amountDue(page)
  expect(before).toBeGreaterThan(0)
  await expectNoAxeViolations(page, "dashboard fr with the amount due")
  await shoot(page, testInfo, "portal-dashboard-amount-due")

  // The invoices still to pay; the payer sees a checkbox on each.
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/invoices?status=unpaid`)
  const list = page.getByTestId("invoices-list")
  await expect(list).toBeVisible()
  await expect(page.getByTestId("invoice-select").first()).toBeVisible()
  await expectNoAxeViolations(page, "invoices fr to pay")
  await shoot(page, testInfo, "portal-invoices-unpaid")

  // An open invoice, paid in part on its own page.
  const open = list.locator('[data-testid="invoice-item"][data-status="open"]').first()
  const number = await open.getAttribute("data-number")
  await open.getByRole("link").click()
  await expect(page).toHaveURL(new RegExp(`/${CLIENT.locale}/invoices/[^/]+$`))
  await expect(page.getByTestId("invoice-title")).toContainText(number ?? "")
  const due = amountOf(await page.getByTestId("invoice-amount-due").textContent())
  expect(due).toBeGreaterThan(10)
  await expectNoAxeViolations(page, "invoice fr")
  const pdf = await page.request.get(`${env.portalUrl()}${await page.getByTestId("invoice-pdf").getAttribute("href")}`)
  expect(pdf.status()).toBe(200)
  expect(pdf.headers()["content-type"]).toContain("application/pdf")

  await page.getByTestId("pay-amount").fill("10,00")
  await page.getByTestId("pay-invoice").click()
  await expect(page.getByTestId("payment-done")).toBeVisible()
  await expect(page.getByTestId("invoice-status")).toHaveText(billingMessage(CLIENT.locale, "invoices.statuses.partly_paid"))
  expect(amountOf(await page.getByTestId("invoice-amount-due").textContent())).toBeCloseTo(due - 10, 2)
  await expect(page.getByTestId("invoice-payments")).toBeVisible()
  await expectNoAxeViolations(page, "invoice fr partly paid")
  await shoot(page, testInfo, "portal-invoice-partly-paid")
  expect(await amountDue(page)).toBeCloseTo(before - 10, 2)

  // The rest, ticked in the list and paid in one go.
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/invoices?status=unpaid`)
  const item = page.locator(`[data-testid="invoice-item"][data-number="${number}"]`)
  await item.getByTestId("invoice-select").check()
  await page.getByTestId("pay-selected").click()
  await expect(page.getByTestId("payment-done")).toBeVisible()
  await expect(page.locator(`[data-testid="invoice-item"][data-number="${number}"]`)).toHaveCount(0)
  expect(await amountDue(page)).toBeCloseTo(before - due, 2)
  await shoot(page, testInfo, "portal-dashboard-after-payment")
})

test("orders: list, search, an order with its lines, delivery notes and PDFs; prices and statistics", async ({ page }, testInfo) => {
  test.setTimeout(240_000)
  await signInThroughPortal(page, CLIENT.locale, CLIENT.email)
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders`)
  const list = page.getByTestId("orders-list")
  await expect(list.getByTestId("order-item").first()).toBeVisible()
  await expectNoAxeViolations(page, "orders fr")
  await shoot(page, testInfo, "portal-orders")

  // Searching by an order's number finds it.
  const number = await list.getByTestId("order-item").first().getAttribute("data-number")
  await page.locator("#orders-q").fill(number ?? "")
  await page.locator("#orders-q").press("Enter")
  await expect(page).toHaveURL(/[?&]q=/)
  await expect(page.locator(`[data-testid="order-item"][data-number="${number}"]`)).toBeVisible()

  // An order with a delivery note: its lines, its statuses, its documents.
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders`)
  // The list streams in after the page's shell: read its links only once it shows.
  await expect(list.getByTestId("order-item").first()).toBeVisible()
  let withNote: string | null = null
  for (const href of await list.getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
    await page.goto(`${env.portalUrl()}${href}`)
    if (await page.getByTestId("delivery-note").count()) {
      withNote = href
      break
    }
  }
  expect(withNote, "an order of the demo with a delivery note").not.toBeNull()
  await expect(page.getByTestId("order-title")).toBeVisible()
  await expect(page.getByTestId("order-lines").locator("tbody tr").first()).toBeVisible()
  await expect(page.getByTestId("order-fulfillment-status")).toBeVisible()
  await expectNoAxeViolations(page, "order fr")
  await shoot(page, testInfo, "portal-order")
  for (const testId of ["order-pdf", "delivery-note-pdf"]) {
    const answer = await page.request.get(`${env.portalUrl()}${await page.getByTestId(testId).first().getAttribute("href")}`)
    expect(answer.status(), testId).toBe(200)
    expect(answer.headers()["content-type"], testId).toContain("application/pdf")
  }
  await page.setViewportSize({ width: 390, height: 844 })
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await shoot(page, testInfo, "portal-order-phone")
  await page.setViewportSize({ width: 1280, height: 900 })

  // The client's prices, dated, with their downloads.
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders/prices`)
  await expect(page.getByTestId("prices-table")).toBeVisible()
  await expectNoAxeViolations(page, "prices fr")
  const csv = await page.request.get(`${env.portalUrl()}/api/price-list/csv`)
  expect(csv.status()).toBe(200)
  expect(csv.headers()["content-type"]).toContain("text/csv")

  // Purchase statistics over the last two years, with the chart.
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders/statistics`)
  await page.getByRole("link", { name: billingMessage(CLIENT.locale, "statistics.presets.24") }).click()
  await expect(page.getByTestId("purchases-chart")).toBeVisible()
  await expectNoAxeViolations(page, "statistics fr")
  await shoot(page, testInfo, "portal-statistics")
})

test("the order pad: search, favourites, two products into the cart, Medusa's checkout, and the order in the admin with its alert", async ({ page }, testInfo) => {
  test.setTimeout(300_000)
  await signInThroughPortal(page, CLIENT.locale, CLIENT.email)
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders`)
  await page.getByTestId("link-order-pad").click()
  await expect(page).toHaveURL(new RegExp(`/${CLIENT.locale}/orders/new`))
  await expect(page.getByTestId("pad-product").first()).toBeVisible()
  await expect(page.getByTestId("pad-cart-empty")).toBeVisible()
  await expectNoAxeViolations(page, "order pad fr")
  await shoot(page, testInfo, "portal-order-pad")

  // A favourite, starred by keyboard, then the "my favourites" filter (the demo stars three products for Claire).
  await page.getByTestId("pad-search").fill("PART-AF90")
  await page.getByTestId("pad-search-submit").click()
  await expect(page.getByTestId("pad-product")).toHaveCount(1)
  const star = page.getByTestId("pad-product").getByTestId("pad-favourite")
  await expect(star).toHaveAttribute("aria-pressed", "false")
  await star.focus()
  await page.keyboard.press("Enter")
  await expect(page.getByTestId("pad-notice")).toBeVisible()
  await expect(page.getByTestId("pad-product").getByTestId("pad-favourite")).toHaveAttribute("aria-pressed", "true")
  await page.getByTestId("pad-search").fill("")
  await page.getByTestId("pad-favourites-filter").check()
  await page.getByTestId("pad-search-submit").click()
  await expect(page).toHaveURL(/fav=1/)
  const favourites = page.getByTestId("pad-product")
  await expect(favourites.filter({ hasText: "PART-AF90" })).toHaveCount(1)
  expect(await favourites.count()).toBeGreaterThanOrEqual(2)
  for (const pressed of await favourites.getByTestId("pad-favourite").all()) await expect(pressed).toHaveAttribute("aria-pressed", "true")
  await expectNoAxeViolations(page, "order pad fr favourites")
  await shoot(page, testInfo, "portal-order-pad-favourites")
  // Unstarred again, it leaves the filtered list (and the demo as it was).
  await favourites.filter({ hasText: "PART-AF90" }).getByTestId("pad-favourite").click()
  await expect(page.getByTestId("pad-notice")).toBeVisible()
  await expect(page.getByTestId("pad-product").filter({ hasText: "PART-AF90" })).toHaveCount(0)
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders/new`)

  // Two products found by SKU, added with their quantities.
  for (const [sku, quantity] of [["PART-HF12", "2"], ["SERV-PM", "1"]] as const) {
    await page.getByTestId("pad-search").fill(sku)
    await page.getByTestId("pad-search-submit").click()
    await expect(page).toHaveURL(new RegExp(`q=${sku}`))
    const product = page.getByTestId("pad-product")
    await expect(product).toHaveCount(1)
    await product.getByRole("spinbutton").fill(quantity)
    await product.getByTestId("pad-add").click()
    await expect(page.getByTestId("pad-notice")).toBeVisible()
  }
  await expect(page.getByTestId("pad-cart-line")).toHaveCount(2)
  await expectNoAxeViolations(page, "order pad fr with a cart")
  await page.setViewportSize({ width: 390, height: 844 })
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await shoot(page, testInfo, "portal-order-pad-phone")
  await page.setViewportSize({ width: 1280, height: 900 })

  // Medusa's checkout, paid online by Claire (a payer): the order is placed at once and its payment captured.
  await page.getByRole("radio", { name: portalMessage("order-pad", CLIENT.locale, "cart.payOnline") }).check()
  await page.getByTestId("pad-checkout").click()
  const placed = page.getByTestId("pad-placed-order")
  await expect(placed).toBeVisible()
  await expect(page.getByTestId("pad-notice")).toContainText(portalMessage("order-pad", CLIENT.locale, "placedPaid").split("{number}")[1])
  const orderId = (await placed.getAttribute("href"))?.split("/").pop() ?? ""
  expect(orderId).toMatch(/^order_/)
  await expect(page.getByTestId("pad-cart-empty")).toBeVisible()
  await expectNoAxeViolations(page, "order pad fr after checkout")
  await shoot(page, testInfo, "portal-order-pad-placed")
  await placed.click()
  await expect(page.getByTestId("order-portal-payment")).toHaveText(billingMessage(CLIENT.locale, "orders.paidAtCheckout"))
  await expectNoAxeViolations(page, "order paid at checkout fr")

  // The approvals page (the demo's order waiting for an approver).
  await page.goto(`${env.portalUrl()}/${CLIENT.locale}/orders/approvals`)
  await expect(page.getByTestId("approval").first()).toBeVisible()
  await expectNoAxeViolations(page, "approvals fr")
  await shoot(page, testInfo, "portal-approvals")

  // In the admin at once: Medusa's order page, and the salesperson's alert.
  const staff = await adminToken()
  const { order } = await adminApi<{ order: { id: string; display_id: number; items: { variant_sku: string | null }[] } }>(staff, "GET", `/admin/orders/${orderId}?fields=id,display_id,*items`)
  expect(order.items.map((i) => i.variant_sku).sort()).toEqual(["PART-HF12", "SERV-PM"])
  await expect
    .poll(async () => (await adminApi<{ order: { payment_status: string } }>(staff, "GET", `/admin/orders/${orderId}?fields=payment_status`)).order.payment_status, { timeout: 20_000 })
    .toBe("captured")
  await expect
    .poll(async () => (await adminApi<{ alerts: { event: string; resource_id: string }[] }>(staff, "GET", "/admin/portal/alerts?limit=20")).alerts.some((a) => a.event === "portal.order.placed" && a.resource_id === orderId), { timeout: 20_000 })
    .toBe(true)
  await signInToAdmin(page)
  await page.goto(`${env.medusaUrl()}/app/orders`)
  await expect(page.getByText(`#${order.display_id}`).first()).toBeVisible({ timeout: 30_000 })
  await shoot(page, testInfo, "admin-orders-with-portal-order")
})
