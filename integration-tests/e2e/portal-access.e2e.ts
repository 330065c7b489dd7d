import { expect, test, type Page, type TestInfo } from "@playwright/test"
import {
  adminApi,
  adminToken,
  createClientFixture,
  env,
  expectNoAxeViolations,
  horizontalOverflow,
  portalMessage,
  signInCodeFor,
  signInThroughPortal,
  waitForMail,
  type PortalLocale,
} from "./helpers"

const PHONE = { width: 390, height: 844 }
const SHOTS = process.env.E2E_SCREENSHOT_DIR

/** Attaches a full-page screenshot to the report, and keeps a copy in E2E_SCREENSHOT_DIR when set. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true, ...(SHOTS ? { path: `${SHOTS}/${name}.png` } : {}) })
  await testInfo.attach(name, { body, contentType: "image/png" })
}

function roleText(locale: PortalLocale, role: "admin" | "approver" | "requester" | "viewer"): string {
  return portalMessage(locale, `Portal.roles.${role}`)
}

test("a client signs in with the mailed code, a wrong code is refused, and the dashboard shows the account", async ({ page }, testInfo) => {
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en" })

  // The pages run under their Content-Security-Policy without tripping it.
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const signInPage = await page.goto(`${env.portalUrl()}/en/sign-in`)
  expect(signInPage?.headers()["content-security-policy"]).toMatch(/default-src 'self'.*frame-ancestors 'none'/)
  await expectNoAxeViolations(page, "sign-in en")
  const since = new Date(Date.now() - 1000)
  await page.locator("#identifier").fill(client.email)
  await page.getByRole("button", { name: portalMessage("en", "SignIn.submit") }).click()
  await expect(page.locator("#code")).toBeVisible()
  await expect(page.locator("#code")).toHaveAttribute("inputmode", "numeric")
  await expect(page.locator("#code")).toHaveAttribute("autocomplete", "one-time-code")
  // The resend button counts down before it can be used again.
  await expect(page.getByTestId("resend-code")).toBeDisabled()
  await expect(page.getByTestId("resend-code")).toHaveText(/\d+\s+s/)
  await expectNoAxeViolations(page, "sign-in code step en")
  await shoot(page, testInfo, "sign-in-code-en")

  const code = await signInCodeFor(client.email, since)
  const wrong = code === "123456" ? "654321" : "123456"
  await page.locator("#code").fill(wrong)
  await page.getByRole("button", { name: portalMessage("en", "SignIn.verify"), exact: true }).click()
  await expect(page.locator("#code-error")).toHaveText(portalMessage("en", "SignIn.errors.code_invalid"))
  await expectNoAxeViolations(page, "sign-in wrong code en")
  await shoot(page, testInfo, "sign-in-wrong-code-en")

  await page.locator("#code").fill(code)
  await page.getByRole("button", { name: portalMessage("en", "SignIn.verify"), exact: true }).click()
  await expect(page).toHaveURL(/\/en\/dashboard$/)
  await expect(page.getByTestId("dashboard-account-name")).toHaveText(client.account.name)
  await expect(page.getByTestId("dashboard-account-number")).toHaveText(client.account.number)
  await expect(page.getByTestId("dashboard-role")).toHaveText(roleText("en", "admin"))
  await expect(page.getByTestId("dashboard-sites").getByTestId("site-link")).toHaveCount(client.sites.length)
  await expect(page.getByTestId("impersonation-banner")).toHaveCount(0)
  await expectNoAxeViolations(page, "dashboard en")
  await shoot(page, testInfo, "dashboard-en")
  expect(violations).toEqual([])

  // The language switch keeps the session and the page; nothing sends the person back to English.
  await page.getByRole("link", { name: "Slovenčina" }).click()
  await expect(page).toHaveURL(/\/sk\/dashboard$/)
  await expect(page.getByTestId("dashboard-role")).toHaveText(roleText("sk", "admin"))
  await page.setViewportSize(PHONE)
  await expect(page.getByTestId("shell-account-name-mobile")).toHaveText(client.account.name)
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, "dashboard sk on a phone")
  await shoot(page, testInfo, "dashboard-sk-phone")

  await page.getByText(portalMessage("sk", "Portal.menu")).click()
  await expectNoAxeViolations(page, "dashboard sk with the phone menu open")
  await page.getByTestId("portal-nav-mobile").getByRole("link", { name: portalMessage("sk", "Portal.sections.sites") }).click()
  await expect(page).toHaveURL(/\/sk\/sites$/)
  await expect(page.getByTestId("sites-list").getByTestId("site-link")).toHaveCount(client.sites.length)
  await expectNoAxeViolations(page, "sites sk on a phone")
  await page.getByTestId("sites-list").getByRole("link", { name: client.sites[0].name }).click()
  await expect(page.getByTestId("site-name")).toHaveText(client.sites[0].name)
  await expectNoAxeViolations(page, "site sk on a phone")

  await page.setViewportSize({ width: 1280, height: 900 })
  // The card is in the sidebar on a wide screen (and in the closed phone menu).
  await page.getByRole("complementary").getByTestId("sign-out").click()
  await expect(page).toHaveURL(/\/sk$/)
  await expectNoAxeViolations(page, "landing sk after sign-out")
  await page.goto(`${env.portalUrl()}/en/dashboard`)
  await expect(page).toHaveURL(/\/en\/sign-in/)
})

test("an account admin invites a colleague, who receives the e-mail, signs in and sees the role", async ({ page, browser }, testInfo) => {
  const staff = await adminToken()
  // A French-speaking account: signing in from the English page lands in French.
  const client = await createClientFixture(staff, { locale: "fr", siteNames: ["Usine Nord", "Dépôt Sud"] })
  await signInThroughPortal(page, "en", client.email)
  await expect(page).toHaveURL(/\/fr\/dashboard$/)

  await page.goto(`${env.portalUrl()}/fr/account`)
  await expect(page.getByTestId("members-list").getByTestId("member-row")).toHaveCount(1)
  const colleague = `marie.${Date.now()}@e2e.example`
  const since = new Date(Date.now() - 1000)
  const form = page.getByTestId("invite-form")
  await form.locator("#invite-email").fill("not-an-address")
  await form.getByTestId("invite-submit").click()
  await expect(page.locator("#invite-email-error")).toHaveText(portalMessage("fr", "Members.errors.email_invalid"))
  await expectNoAxeViolations(page, "account fr with an invalid invitation")

  await form.locator("#invite-email").fill(colleague)
  await form.locator("#invite-first_name").fill("Marie")
  await form.locator("#invite-last_name").fill("Dubois")
  await form.locator("#invite-role").selectOption("requester")
  await form.getByLabel(client.sites[1].name).check()
  await form.getByTestId("invite-submit").click()
  await expect(page.getByTestId("invite-success")).toContainText(colleague)
  // Nobody joins before they accept: the invitation waits, with the role and site given.
  const row = page.locator(`[data-testid="invitation-row"][data-email="${colleague}"]`)
  await expect(row).toBeVisible()
  await expect(row.getByTestId("invitation-role")).toHaveText(roleText("fr", "requester"))
  await expect(row).toContainText(client.sites[1].name)
  await expect(page.getByTestId("members-list").getByTestId("member-row")).toHaveCount(1)
  await expectNoAxeViolations(page, "account fr with an invitation")
  await shoot(page, testInfo, "account-fr")

  await page.setViewportSize(PHONE)
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await shoot(page, testInfo, "account-fr-phone")

  const invitation = await waitForMail(colleague, since)
  expect(invitation.subject.length).toBeGreaterThan(0)

  const other = await browser.newContext()
  const colleaguePage = await other.newPage()
  await signInThroughPortal(colleaguePage, "fr", colleague)
  await expect(colleaguePage.getByTestId("dashboard-role")).toHaveText(roleText("fr", "requester"))
  await expect(colleaguePage.getByRole("complementary").getByTestId("shell-role")).toHaveText(roleText("fr", "requester"))
  // Limited to one site, the colleague sees only that one.
  await expect(colleaguePage.getByTestId("dashboard-sites").getByTestId("site-link")).toHaveCount(1)
  await expect(colleaguePage.getByTestId("dashboard-sites")).toContainText(client.sites[1].name)
  // A requester sees the members but cannot change them.
  await colleaguePage.goto(`${env.portalUrl()}/fr/account`)
  await expect(colleaguePage.getByTestId("members-list").getByTestId("member-row")).toHaveCount(2)
  await expect(colleaguePage.getByTestId("invite-form")).toHaveCount(0)
  await expectNoAxeViolations(colleaguePage, "account fr as a requester")
  await other.close()

  // Accepted by signing in: the admin now sees a member, and no invitation waiting.
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.reload()
  await expect(page.getByTestId("members-list").getByTestId("member-row")).toHaveCount(2)
  await expect(page.getByTestId("invitations-list")).toHaveCount(0)
})

test("a site-scoped secure link opens with a button and shows only that site", async ({ page }, testInfo) => {
  const staff = await adminToken()
  const client = await createClientFixture(staff, { siteNames: ["Warehouse A", "Shop B"] })
  const [hidden, shared] = client.sites
  const expires_at = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
  const { secure_link } = await adminApi<{ secure_link: { id: string; url: string } }>(
    staff,
    "POST",
    `/admin/portal/accounts/${client.account.id}/secure-links`,
    { scope: "site", site_id: shared.id, expires_at }
  )
  expect(secure_link.url).toContain("/link/")

  // A mail scanner's GETs must not use the link up.
  await fetch(secure_link.url)
  await page.goto(secure_link.url)
  await expect(page.getByTestId("link-business")).toHaveText(env.businessName())
  await expectNoAxeViolations(page, "secure link")
  await shoot(page, testInfo, "secure-link-landing")
  await page.getByTestId("open-secure-link").click()
  await expect(page).toHaveURL(/\/dashboard$/)
  await expect(page.getByTestId("link-banner")).toContainText(shared.name)
  await expect(page.getByTestId("dashboard-account-name")).toHaveText(client.account.name)
  await expect(page.getByTestId("dashboard-sites").getByTestId("site-link")).toHaveCount(1)
  await expect(page.getByTestId("dashboard-sites")).toContainText(shared.name)
  await expectNoAxeViolations(page, "dashboard through a site link")
  await shoot(page, testInfo, "secure-link-dashboard")

  await page.goto(`${env.portalUrl()}/en/sites`)
  await expect(page.getByTestId("sites-list").getByTestId("site-link")).toHaveCount(1)
  await expectNoAxeViolations(page, "sites en through a site link")
  // Another site of the same account, outside the link's scope, is not found (a streamed page keeps
  // status 200 once the shell is sent, so the page's content is what is checked).
  await page.goto(`${env.portalUrl()}/en/sites/${hidden.id}`)
  await expect(page.getByRole("heading", { name: portalMessage("en", "NotFound.title") })).toBeVisible()
  await expectNoAxeViolations(page, "site not found en")

  // A revoked link answers a clear page instead of the portal.
  const { secure_link: revoked } = await adminApi<{ secure_link: { id: string; url: string } }>(
    staff,
    "POST",
    `/admin/portal/accounts/${client.account.id}/secure-links`,
    { scope: "account", expires_at }
  )
  await adminApi(staff, "POST", `/admin/portal/accounts/${client.account.id}/secure-links/${revoked.id}/revoke`)
  const fresh = await page.context().browser()!.newContext()
  const visitor = await fresh.newPage()
  await visitor.goto(revoked.url)
  await visitor.getByTestId("open-secure-link").click()
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(portalMessage("en", "SecureLink.expiredTitle"))
  await expectNoAxeViolations(visitor, "revoked link")
  await fresh.close()
})

test("staff view the portal as a client: read-only, with a banner, without the token in the address", async ({ page }, testInfo) => {
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "it" })
  const { impersonation } = await adminApi<{ impersonation: { url: string } }>(
    staff,
    "POST",
    `/admin/portal/accounts/${client.account.id}/members/${client.member.id}/impersonate`
  )
  await page.goto(impersonation.url)
  await expect(page).toHaveURL(/\/it\/dashboard$/)
  await expect(page.getByTestId("impersonation-banner")).toContainText("Ada Novak")
  await expectNoAxeViolations(page, "dashboard it viewed by staff")
  await page.goto(`${env.portalUrl()}/it/account`)
  // Read-only: the admin's members are listed, but neither the invite form nor the role forms are offered.
  await expect(page.getByTestId("members-list")).toBeVisible()
  await expect(page.getByTestId("invite-form")).toHaveCount(0)
  await expectNoAxeViolations(page, "account it viewed by staff")
  await shoot(page, testInfo, "view-as-it")
})
