import { expect, test } from "@playwright/test"
import { env, expectNoAxeViolations, PORTAL_LOCALES, portalMessage } from "./helpers"

for (const locale of PORTAL_LOCALES) {
  test(`the landing page speaks ${locale} and leads to sign-in`, async ({ page }, testInfo) => {
    const response = await page.goto(`${env.portalUrl()}/${locale}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", locale)
    // The business's name comes from the backend (GET /store/portal/branding), not from a fallback.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(env.businessName())
    await expect(page.getByText(portalMessage(locale, "Landing.invitationOnly"))).toBeVisible()

    const signIn = page.getByTestId("sign-in-link")
    await expect(signIn).toHaveText(portalMessage(locale, "Landing.signIn"))
    await expectNoAxeViolations(page, `landing ${locale}`)
    await testInfo.attach(`landing-${locale}`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" })
    await signIn.click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in$`))
    await expect(page.locator("#identifier")).toBeVisible()
    await expectNoAxeViolations(page, `sign-in ${locale}`)
  })
}

test("the signed-in area sends a visitor without a session to sign-in", async ({ page }) => {
  await page.goto(`${env.portalUrl()}/fr/dashboard`)
  await expect(page).toHaveURL(/\/fr\/sign-in/)
})

test("the first-access page asks for the letter's code", async ({ page }) => {
  await page.goto(`${env.portalUrl()}/it/activate`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(portalMessage("it", "Activate.title"))
  await expect(page.getByLabel(portalMessage("it", "Activate.letterLabel"))).toBeVisible()
  await expectNoAxeViolations(page, "activation it")
})

test("the portal is usable on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
  const page = await context.newPage()
  await page.goto(`${env.portalUrl()}/sk`)
  await expect(page.getByTestId("sign-in-link")).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, "landing sk on a phone")
  await context.close()
})
