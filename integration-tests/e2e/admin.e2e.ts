import { expect, test } from "@playwright/test"
import { caughtMails, env, signInToAdmin } from "./helpers"

test("staff sign in to the admin, find the Client portal page and send a test e-mail", async ({ page }, testInfo) => {
  await signInToAdmin(page)
  await page.getByRole("link", { name: "Client portal" }).click()
  await expect(page).toHaveURL(/\/app\/client-portal$/)
  const portalPage = page.getByTestId("client-portal-page")
  await expect(portalPage.getByText(env.businessName())).toBeVisible()
  await expect(portalPage.getByText(new URL(env.portalUrl()).host)).toBeVisible()

  const recipient = `staff-check-${Date.now()}@portal.example`
  await page.locator("#mail-test-to").fill(recipient)
  await page.getByRole("button", { name: "Send test e-mail" }).click()
  await expect(page.getByText(`Test e-mail sent to ${recipient}`)).toBeVisible()
  await testInfo.attach("admin-client-portal", { body: await page.screenshot(), contentType: "image/png" })

  await expect
    .poll(async () => (await caughtMails()).filter((m) => m.to.some((t) => t.address === recipient)).length)
    .toBe(1)
})

test("the demo's clients were told, in their own language, that their portal is ready", async () => {
  const mails = await caughtMails()
  // The demo also sends them quotes, so each inbox holds more than the welcome mail.
  const subjectsTo = (address: string) =>
    mails.filter((m) => m.to.some((t) => t.address === address)).map((m) => m.subject)
  expect(subjectsTo("claire@acme.example")).toContain("Votre espace client est prêt")
  expect(subjectsTo("marco@rossi.example")).toContain("Il Suo portale clienti è pronto")
  expect(subjectsTo("jana@tatra.example")).toContain("Váš klientsky portál je pripravený")
})
