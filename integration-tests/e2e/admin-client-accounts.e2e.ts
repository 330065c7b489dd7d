import { expect, test } from "@playwright/test"
import { env, signInToAdmin } from "./helpers"

test("staff open Acme Industrie, see its members and sites, and create a site-scoped secure link", async ({ page }, testInfo) => {
  await signInToAdmin(page)
  await page.getByRole("link", { name: "Client portal" }).click()
  await page.getByRole("link", { name: /^Client accounts/ }).first().click()
  await expect(page).toHaveURL(/\/app\/client-portal\/accounts$/)
  const list = page.getByTestId("client-accounts-page")
  await list.getByRole("link", { name: "Acme Industrie" }).click()
  await expect(page).toHaveURL(/\/app\/client-portal\/accounts\/cacc_/)

  const members = page.getByTestId("account-members")
  await expect(members.getByText("claire@acme.example")).toBeVisible()
  await expect(members.getByText("paul@acme.example")).toBeVisible()
  const sites = page.getByTestId("account-sites")
  await expect(sites.getByText("Dépôt de Grenoble")).toBeVisible()

  await page.getByTestId("account-secure-links").getByRole("button", { name: "Create secure link" }).click()
  await page.locator("#link-scope").click()
  await page.getByRole("option", { name: "One site" }).click()
  await page.locator("#link-site").click()
  await page.getByRole("option", { name: "Dépôt de Grenoble" }).click()
  await page.locator("#link-label").fill(`E2E visit ${Date.now()}`)
  await page.getByRole("button", { name: "Create link" }).click()

  const url = await page.getByTestId("secure-link-url").textContent()
  expect(url).toMatch(new RegExp(`^${env.portalUrl().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/fr/link/[A-Za-z0-9_-]{43}$`))
  await testInfo.attach("secure-link-created", { body: await page.screenshot(), contentType: "image/png" })
  await page.getByRole("button", { name: "Done" }).click()
  await expect(page.getByTestId("account-secure-links").getByText("Dépôt de Grenoble")).toBeVisible()
})
