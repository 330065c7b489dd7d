import fs from "node:fs"
import path from "node:path"
import { expect, test, type Page, type TestInfo } from "@playwright/test"
import { drawPng } from "../../scripts/seed/png"
import { adminApi, adminToken, createClientFixture, env, expectNoAxeViolations, horizontalOverflow, portalMessage, signInThroughPortal, signInToAdmin } from "./helpers"

const SHOTS = process.env.E2E_SCREENSHOT_DIR
const DAY_MS = 24 * 3600 * 1000

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot({ fullPage: true, ...(SHOTS ? { path: `${SHOTS}/${name}.png` } : {}) })
  await testInfo.attach(name, { body, contentType: "image/png" })
}

type Messages = { [key: string]: string | Messages }

/** A string of the portal's intervention messages (`storefront/messages/interventions/en.json`), placeholders left in. */
function message(key: string): string {
  const file = path.resolve(__dirname, "../../storefront/messages/interventions/en.json")
  const value = key
    .split(".")
    .reduce<string | Messages | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), JSON.parse(fs.readFileSync(file, "utf8")) as Messages)
  if (typeof value !== "string") throw new Error(`No message Interventions.${key}`)
  return value
}

/** "YYYY-MM-DDTHH:MM" of an instant in the browser's zone (the test's), as a datetime-local input takes it. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/**
 * A technician of this test alone, working every day from 06:00 to 22:00 in the test's own time zone, based
 * next to the fixture's sites: the demo's technicians and their appointments cannot make the test's move fail.
 */
async function createTechnician(staff: string, skills: string[] = []) {
  const name = `Ivana Test ${Date.now().toString().slice(-6)}`
  const day = [{ start: "06:00", end: "22:00" }]
  const { technician } = await adminApi<{ technician: { id: string; name: string } }>(staff, "POST", "/admin/portal/technicians", {
    name,
    skills,
    home_latitude: 48.15,
    home_longitude: 17.11,
    time_zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    working_hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
    active: true,
  })
  return technician
}

test("a client requests an intervention, staff schedule it on the planning board, the client sees it scheduled and downloads the .ics", async ({ page, browser }, testInfo) => {
  test.setTimeout(420_000)
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en", siteNames: ["Main bakery", "Harbour shop"] })
  const technician = await createTechnician(staff)

  // An account without interventions sees the section's empty state, with the way to ask for one.
  await signInThroughPortal(page, "en", client.email)
  await page.goto(`${env.portalUrl()}/en/interventions`)
  await expect(page.getByRole("heading", { level: 1, name: "Interventions" })).toBeVisible()
  await expect(page.getByTestId("request-intervention")).toBeVisible()
  await expectNoAxeViolations(page, "interventions en, empty")

  // The request form comes pre-filled from the site (address) and the member (contact).
  await page.getByTestId("request-intervention").click()
  await expect(page).toHaveURL(/\/en\/interventions\/new/)
  const form = page.getByTestId("request-form")
  await expect(form.locator("#request-address_1")).toHaveValue(/^Street [12]$/)
  await expect(form.locator("#request-city")).toHaveValue("Bratislava")
  await expect(form.locator("#request-contact-email")).toHaveValue(client.email)
  await expectNoAxeViolations(page, "intervention request form")
  // Choosing a site refills the address from it (the fixture's sites are at Street 1 and Street 2).
  await form.locator("#request-site").selectOption({ label: client.sites[0]!.name })
  await expect(form.locator("#request-address_1")).toHaveValue("Street 1")
  await form.locator("#request-site").selectOption({ label: client.sites[1]!.name })
  await expect(form.locator("#request-address_1")).toHaveValue("Street 2")

  // The description is required: the form says so next to the field, and keeps what was typed elsewhere.
  await form.locator("#request-contact-phone").fill("+421 900 123 456")
  await page.getByTestId("request-submit").click()
  await expect(page.getByTestId("request-field-error")).toHaveText(message("errors.description_required"))
  await expect(form.locator("#request-contact-phone")).toHaveValue("+421 900 123 456")
  await expectNoAxeViolations(page, "intervention request form with an error")

  const description = `The oven door does not close (${Date.now()})`
  await form.locator("#request-description").fill(description)
  await page.getByTestId("request-submit").click()
  await expect(page).toHaveURL(/\/en\/interventions\/[^/?]+\?requested=1$/)
  await expect(page.getByTestId("request-confirmation")).toBeVisible()
  const number = (await page.getByTestId("intervention-number").textContent())!.trim()
  await expect(page.getByTestId("intervention-status")).toHaveText(message("status.requested"))
  await expect(page.getByTestId("intervention-description")).toHaveText(description)
  await expect(page.getByTestId("status-timeline").locator('[aria-current="step"]')).toHaveAttribute("data-step", "requested")
  await expectNoAxeViolations(page, "intervention requested")
  await shoot(page, testInfo, "portal-intervention-requested")
  const interventionUrl = page.url().replace(/\?requested=1$/, "")

  // Staff find it in the "to schedule" inbox, then schedule it on the planning board.
  const admin = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const staffPage = await admin.newPage()
  await signInToAdmin(staffPage)
  await staffPage.goto(`${env.medusaUrl()}/app/client-portal/interventions`)
  await expect(staffPage.getByTestId("intervention-row").filter({ hasText: number })).toBeVisible()
  await staffPage.getByTestId("open-planning").click()
  await expect(staffPage.getByTestId("planning-board")).toBeVisible()
  const trayItem = staffPage.locator(`[data-testid="tray-item"][data-number="${number}"]`)
  await expect(trayItem).toBeVisible()
  await trayItem.click()
  const picked = staffPage.getByTestId("planning-picked")
  await picked.getByTestId("schedule-technician").click()
  await staffPage.getByRole("option", { name: technician.name }).click()

  const tomorrow = new Date(Date.now() + 2 * DAY_MS)
  const start = new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate(), 10, 0)
  await picked.getByTestId("schedule-start").fill(localInput(start))
  await picked.getByTestId("schedule-submit").click()
  await expect(staffPage.locator(`[data-testid="tray-item"][data-number="${number}"]`)).toHaveCount(0)
  await shoot(staffPage, testInfo, "admin-planning-board")
  await admin.close()

  // The client sees it scheduled, with the technician and the window, and gets the calendar file.
  await page.goto(interventionUrl)
  await expect(page.getByTestId("intervention-status")).toHaveText(message("status.scheduled"))
  await expect(page.getByText(technician.name)).toBeVisible()
  await expect(page.getByTestId("status-timeline").locator('[aria-current="step"]')).toHaveAttribute("data-step", "scheduled")
  await expectNoAxeViolations(page, "intervention scheduled")
  const downloading = page.waitForEvent("download")
  await page.getByTestId("download-ics").click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.ics$/)
  const ics = fs.readFileSync((await download.path())!, "utf8")
  expect(ics).toContain("BEGIN:VCALENDAR")
  expect(ics).toContain("BEGIN:VEVENT")
  await shoot(page, testInfo, "portal-intervention-scheduled")

  // The list shows it with its window; the status filter keeps it, another status leaves nothing.
  await page.goto(`${env.portalUrl()}/en/interventions?status=scheduled`)
  await expect(page.getByTestId("intervention-list").getByRole("link", { name: new RegExp(number) })).toBeVisible()
  await expectNoAxeViolations(page, "interventions en, filtered")
  await page.goto(`${env.portalUrl()}/en/interventions?status=done`)
  await expect(page.getByTestId("intervention-no-match")).toBeVisible()

  // The site's page lists it too, and the list reads on a phone without sideways scrolling.
  await page.goto(`${env.portalUrl()}/en/sites/${client.sites[1]!.id}`)
  await expect(page.getByTestId("related-intervention-list").getByRole("link", { name: new RegExp(number) })).toBeVisible()
  await expectNoAxeViolations(page, "site page with interventions")
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${env.portalUrl()}/en/interventions`)
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
})

test("a client books a proposed slot, then moves it to another day", async ({ page }, testInfo) => {
  test.setTimeout(300_000)
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en", siteNames: ["Main bakery"] })
  // A skill only this test's technician has: the assistant proposes their free time alone.
  const skill = `ovens-${Date.now().toString(36)}`
  const technician = await createTechnician(staff, [skill])
  const typeName = `Oven check ${Date.now().toString().slice(-6)}`
  await adminApi(staff, "POST", "/admin/portal/intervention-types", {
    name: typeName,
    default_duration_minutes: 60,
    required_skills: [skill],
    portal_visible: true,
    bookable: true,
    portal_title: "{{type.name}}[[ of {{equipment.name}}]] at {{site.name}}",
    portal_short_description: "A technician checks the oven of {{site.name}}.",
    portal_long_description: "Visit {{intervention.number}}[[ planned for {{scheduled_start}}]].",
    survey_questions: [],
    portal_actions: [],
  })

  await signInThroughPortal(page, "en", client.email)
  await page.goto(`${env.portalUrl()}/en/interventions/new`)
  const form = page.getByTestId("request-form")
  // The type's portal title is its template rendered for the site the form is about; no machine, no "of ".
  await form.getByRole("radio", { name: new RegExp(`${typeName} at Main bakery`) }).check()
  await form.locator("#request-description").fill("Yearly oven check")
  await page.getByTestId("request-submit").click()
  await expect(page.getByTestId("request-confirmation")).toBeVisible()
  const number = (await page.getByTestId("intervention-number").textContent())!.trim()
  // Not scheduled yet: the template's section about the date is left out, not left empty.
  await expect(page.getByText(`Visit ${number}.`, { exact: true })).toBeVisible()

  // Pick a day, then a time, then confirm.
  const booking = page.getByTestId("booking")
  await expect(booking).toBeVisible()
  await expectNoAxeViolations(page, "intervention with slots to book")
  await booking.getByTestId("slot-day").first().click()
  await expect(booking.getByTestId("slot-day").first()).toHaveAttribute("aria-pressed", "true")
  await booking.getByTestId("slot-time").first().click()
  await expectNoAxeViolations(page, "slot picked")
  await booking.getByTestId("slot-confirm").click()
  await expect(page.getByTestId("slot-booked")).toHaveText(message("booking.booked"))
  await expect(page.getByTestId("intervention-status")).toHaveText(message("status.scheduled"))
  await expect(page.getByText(technician.name).first()).toBeVisible()
  await page.reload()
  // The date reads in the reader's language with its time zone, not as an ISO stamp.
  await expect(page.getByText(new RegExp(`^Visit ${number} planned for [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s?[AP]M \\S+\\.$`))).toBeVisible()
  await shoot(page, testInfo, "portal-intervention-booked")

  // Moving it: the same picker, another day.
  await expect(booking.getByRole("heading", { name: message("booking.moveTitle") })).toBeVisible()
  await booking.getByTestId("slot-day").nth(1).click()
  await booking.getByTestId("slot-time").first().click()
  await booking.getByTestId("slot-confirm").click()
  await expect(page.getByTestId("slot-booked")).toHaveText(message("booking.moved"))
  await expect(page.getByTestId("intervention-status")).toHaveText(message("status.scheduled"))
  await expectNoAxeViolations(page, "intervention moved")
})

/** A string of the portal's planning messages (`storefront/messages/planning/en.json`). */
function planningMessage(key: string): string {
  const messages = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../storefront/messages/planning/en.json"), "utf8")) as Record<string, string>
  const value = messages[key]
  if (typeof value !== "string") throw new Error(`No message Planning.${key}`)
  return value
}

test("a client asks for another date through the type's portal action, then reads the technicians' planning", async ({ page }, testInfo) => {
  test.setTimeout(300_000)
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en", siteNames: ["Main bakery"] })
  const technician = await createTechnician(staff)
  const typeName = `Boiler service ${Date.now().toString().slice(-6)}`
  await adminApi(staff, "POST", "/admin/portal/intervention-types", {
    name: typeName,
    default_duration_minutes: 60,
    required_skills: [],
    portal_visible: true,
    bookable: false,
    portal_title: "{{type.name}} at {{site.name}}",
    survey_questions: [],
    portal_actions: [{ id: "replan", kind: "create_linked", label: "Ask for another date", conditions: { statuses: ["scheduled"], min_hours_before_start: 24 } }],
  })
  await adminApi(staff, "POST", "/admin/portal/intervention-settings", { planning_visible: true })

  await signInThroughPortal(page, "en", client.email)
  await page.goto(`${env.portalUrl()}/en/interventions/new`)
  const form = page.getByTestId("request-form")
  await form.getByRole("radio", { name: new RegExp(`${typeName} at Main bakery`) }).check()
  await form.locator("#request-description").fill("Yearly boiler service")
  await page.getByTestId("request-submit").click()
  await expect(page.getByTestId("request-confirmation")).toBeVisible()
  const number = (await page.getByTestId("intervention-number").textContent())!.trim()
  const interventionId = new URL(page.url()).pathname.split("/").pop()!
  // A requested visit offers no action of this type (it waits for a date).
  await expect(page.getByTestId("portal-actions")).toHaveCount(0)

  // Staff give it a date three days ahead: asking for another one is now offered.
  const inThreeDays = new Date(Date.now() + 3 * DAY_MS)
  const start = new Date(inThreeDays.getFullYear(), inThreeDays.getMonth(), inThreeDays.getDate(), 10, 0)
  await adminApi(staff, "POST", `/admin/portal/interventions/${interventionId}/schedule`, { technician_id: technician.id, starts_at: start.toISOString() })
  await page.reload()
  const actions = page.getByTestId("portal-actions")
  await expect(actions).toBeVisible()
  await expectNoAxeViolations(page, "intervention with portal actions")
  const replan = actions.getByTestId("portal-action-replan")
  await replan.locator("summary").click()
  await expect(replan.getByRole("textbox")).toBeVisible()
  await expectNoAxeViolations(page, "portal action opened")
  await replan.getByRole("textbox").fill("We are closed that day: Friday would suit us better.")
  await replan.getByTestId("portal-action-submit").click()
  const done = actions.getByTestId("portal-action-done")
  await expect(done).toContainText(/INT-\d+/)
  const linkedNumber = (await done.textContent())!.match(/INT-\d+/)![0]
  expect(linkedNumber).not.toBe(number)
  await expectNoAxeViolations(page, "portal action done")
  await shoot(page, testInfo, "portal-intervention-action-done")
  await done.getByRole("link").click()
  await expect(page.getByTestId("intervention-number")).toHaveText(linkedNumber)
  await expect(page.getByTestId("intervention-status")).toHaveText(message("status.requested"))

  // The planning: reached from the interventions list, the client's own visit in full in the week grid.
  await page.goto(`${env.portalUrl()}/en/interventions`)
  await page.getByTestId("planning-link").click()
  await expect(page.getByRole("heading", { level: 1, name: planningMessage("title") })).toBeVisible()
  const grid = page.getByTestId("planning-grid")
  await expect(grid.getByTestId("planning-technician").filter({ hasText: technician.name })).toBeVisible()
  await expect(grid.getByTestId("planning-own-visit").filter({ hasText: number })).toBeVisible()
  await expectNoAxeViolations(page, "technicians' planning")
  await shoot(page, testInfo, "portal-planning")
  // Keyboard: the grid scrolls from the keyboard, and the visit opens from it.
  await grid.focus()
  await expect(grid).toBeFocused()
  await page.getByTestId("planning-next").click()
  await expect(page.getByTestId("planning-period")).toBeVisible()
  await expectNoAxeViolations(page, "technicians' planning, next week")
  await page.goto(`${env.portalUrl()}/en/interventions/planning`)
  await grid.getByTestId("planning-own-visit").filter({ hasText: number }).focus()
  await page.keyboard.press("Enter")
  await expect(page.getByTestId("intervention-number")).toHaveText(number)

  // On a phone the grid scrolls inside its own frame; the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${env.portalUrl()}/en/interventions/planning`)
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
  await expectNoAxeViolations(page, "technicians' planning on a phone")

  // When staff keep the planning private, the page and its link are gone.
  await adminApi(staff, "POST", "/admin/portal/intervention-settings", { planning_visible: false })
  await page.goto(`${env.portalUrl()}/en/interventions`)
  await expect(page.getByTestId("planning-link")).toHaveCount(0)
  // A streamed page keeps status 200 once the shell is sent, so the page's content is what is checked.
  await page.goto(`${env.portalUrl()}/en/interventions/planning`)
  await expect(page.getByRole("heading", { level: 1, name: portalMessage("en", "NotFound.title") })).toBeVisible()
  await expect(page.getByTestId("planning-grid")).toHaveCount(0)
})

/** A 64×48 PNG, as a phone's photo would arrive: real image bytes the browser can show. */
const testPhoto = () => drawPng(64, 48, (x, y) => [40, 120 + y, 200 - x])

test("staff complete the report in the admin with a photo; the client opens the report PDF and the photo gallery", async ({ page, browser }, testInfo) => {
  test.setTimeout(420_000)
  const staff = await adminToken()
  const client = await createClientFixture(staff, { locale: "en", siteNames: ["Main bakery"] })
  const technician = await createTechnician(staff)
  // A type with a survey the client answers once the visit is done, its texts also written in French.
  const typeName = `Mixer repair ${Date.now().toString().slice(-6)}`
  await adminApi(staff, "POST", "/admin/portal/intervention-types", {
    name: typeName,
    default_duration_minutes: 60,
    portal_visible: true,
    survey_questions: [{ id: "overall", kind: "score", label: "How satisfied are you with the visit?", required: true }],
    portal_actions: [{ id: "rate", kind: "close", label: "Rate this visit", conditions: { statuses: ["done"], done_within_days: 30 } }],
    translations: { fr: { name: `Réparation ${typeName}`, survey_labels: { overall: "Êtes-vous satisfait de la visite ?" }, action_labels: { rate: "Évaluer cette visite" } } },
  })

  await signInThroughPortal(page, "en", client.email)
  await page.goto(`${env.portalUrl()}/en/interventions/new`)
  await page.getByTestId("request-form").getByRole("radio", { name: new RegExp(typeName) }).check()
  await page.getByTestId("request-form").locator("#request-description").fill("The mixer makes a grinding noise")
  await page.getByTestId("request-submit").click()
  await expect(page.getByTestId("request-confirmation")).toBeVisible()
  const interventionUrl = page.url().replace(/\?requested=1$/, "")
  const id = interventionUrl.split("/").pop()!
  const number = (await page.getByTestId("intervention-number").textContent())!.trim()
  const tomorrow = new Date(Date.now() + DAY_MS)
  const start = new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate(), 9, 0)
  await adminApi(staff, "POST", `/admin/portal/interventions/${id}/schedule`, { technician_id: technician.id, starts_at: start.toISOString() })

  // Staff enter the report on the intervention's admin page, with a photo taken on site.
  const admin = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const staffPage = await admin.newPage()
  await signInToAdmin(staffPage)
  await staffPage.goto(`${env.medusaUrl()}/app/client-portal/interventions/${id}`)
  await staffPage.getByTestId("intervention-report-enter").click()
  const drawer = staffPage.getByTestId("intervention-report-drawer")
  await drawer.locator("#report-work-done").fill("Replaced the mixer's bearing and greased the gearbox.")
  await drawer.locator("#report-duration").fill("45")
  await drawer.locator("#report-signature").fill("Dana Client")
  await drawer.getByTestId("intervention-report-photos").setInputFiles({ name: "bearing.png", mimeType: "image/png", buffer: testPhoto() })
  await staffPage.getByTestId("intervention-report-save").click()
  await expect(staffPage.getByTestId("intervention-report")).toBeVisible()
  await expect(staffPage.getByTestId("intervention-photos").locator("img")).toHaveCount(1)
  await shoot(staffPage, testInfo, "admin-intervention-report")
  await admin.close()

  // The client reads the report, opens its PDF, and sees the photo in the gallery.
  await page.goto(interventionUrl)
  await expect(page.getByTestId("intervention-status")).toHaveText(message("status.done"))
  await expect(page.getByTestId("intervention-report")).toContainText("Replaced the mixer's bearing")
  const photo = page.getByTestId("intervention-photos").locator("img")
  await expect(photo).toHaveCount(1)
  await expect(photo).toHaveAttribute("alt", new RegExp(`Photo 1 of 1 of intervention ${number}`))
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64)
  await expectNoAxeViolations(page, "intervention done, with report and photos")
  await shoot(page, testInfo, "portal-intervention-report")

  const pdfLink = page.getByTestId("download-report-pdf")
  const answer = await page.request.get(new URL((await pdfLink.getAttribute("href"))!, page.url()).toString())
  expect(answer.status()).toBe(200)
  expect(answer.headers()["content-type"]).toBe("application/pdf")
  expect((await answer.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-")
  const downloading = page.waitForEvent("download")
  await pdfLink.click()
  expect((await downloading).suggestedFilename()).toBe(`${number}.pdf`)

  // The gallery is reachable with the keyboard: the photo's link takes the focus and names the photo.
  await page.getByTestId("intervention-photo").focus()
  await expect(page.getByTestId("intervention-photo")).toBeFocused()

  // The same page in French shows the type's survey action as the business wrote it in French.
  await page.goto(interventionUrl.replace("/en/", "/fr/"))
  await expect(page.getByTestId("portal-action-rate").locator("summary")).toHaveText("Évaluer cette visite")
  await page.getByTestId("portal-action-rate").locator("summary").click()
  await expect(page.getByTestId("portal-action-rate").getByText("Êtes-vous satisfait de la visite ?")).toBeVisible()
  await expectNoAxeViolations(page, "intervention done, survey in French")

  // The client answers the survey once: the visit is closed and the action is offered no more.
  await page.goto(interventionUrl)
  const survey = page.getByTestId("portal-action-rate")
  await survey.locator("summary").click()
  await survey.getByRole("radio", { name: message("portalActions.score").replace("{score}", "5") }).check()
  await expectNoAxeViolations(page, "intervention done, survey open")
  await survey.getByTestId("portal-action-submit").click()
  await expect(page.getByTestId("survey-answered")).toBeVisible()
  await expect(page.getByTestId("portal-action-rate")).toHaveCount(0)
  await expectNoAxeViolations(page, "intervention done, survey answered")
  await shoot(page, testInfo, "portal-intervention-survey-answered")
  const { intervention: answered } = await adminApi<{ intervention: { survey_answers: Record<string, unknown> | null } }>(staff, "GET", `/admin/portal/interventions/${id}`)
  expect(answered.survey_answers).toEqual({ overall: 5 })
})
