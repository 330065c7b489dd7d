import { expect, test } from "@playwright/test"
import { adminApi, adminToken, createClientFixture, env, signInCodeFor, signInToAdmin } from "./helpers"

/** A client's bearer token the way the portal gets one: a one-time code from the mail catcher. */
async function clientToken(email: string): Promise<string> {
  const since = new Date(Date.now() - 1000)
  const ask = await fetch(`${env.medusaUrl()}/auth/customer/portal-otp`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: email }),
  })
  expect(ask.ok).toBe(true)
  const code = await signInCodeFor(email, since)
  const answer = await fetch(`${env.medusaUrl()}/auth/customer/portal-otp/callback`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: email, code }),
  })
  expect(answer.ok).toBe(true)
  return ((await answer.json()) as { token: string }).token
}

test("staff watching the alerts centre see a client's invite arrive live, as a toast and a new row", async ({ page }, testInfo) => {
  const staff = await adminToken()
  const client = await createClientFixture(staff)
  const { api_keys } = await adminApi<{ api_keys: { token: string }[] }>(staff, "GET", "/admin/api-keys?type=publishable&limit=1")
  const token = await clientToken(client.email)

  await signInToAdmin(page)
  await page.getByRole("link", { name: "Client portal" }).click()
  await page.getByRole("link", { name: /^Alerts/ }).first().click()
  await expect(page).toHaveURL(/\/app\/client-portal\/alerts$/)
  // The page's own stream is open: what happens from now on reaches it.
  await expect(page.getByTestId("live-alert-status")).toHaveAttribute("data-status", "live")

  const colleague = `eva.${Date.now()}@e2e.example`
  const invited = await fetch(`${env.medusaUrl()}/store/portal/invitations`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-publishable-api-key": api_keys[0].token },
    body: JSON.stringify({ email: colleague, first_name: "Eva", last_name: "Kral", role: "viewer" }),
  })
  expect(invited.status).toBe(201)
  const title = `Ada Novak invited Eva Kral to ${client.account.name}`

  const toast = page.locator("[data-sonner-toast]").filter({ hasText: title })
  await expect(toast).toBeVisible()
  await expect(page.getByTestId("alert-row").filter({ hasText: title })).toBeVisible()
  await testInfo.attach("live-alert", { body: await page.screenshot(), contentType: "image/png" })

  await toast.getByRole("button", { name: "Open" }).click()
  await expect(page).toHaveURL(new RegExp(`/app/client-portal/accounts/${client.account.id}$`))
  // The invited colleague joins only when they sign in with the code sent to them: not a member yet.
  await expect(page.getByTestId("account-members")).toBeVisible()
  await expect(page.getByTestId("account-members").getByText(colleague)).toHaveCount(0)
})
