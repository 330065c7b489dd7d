import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { mailInterventionDone } from "../../../src/lib/field-service/client-mail"
import { generateSecureToken } from "../../../src/lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import type { WorkingHours } from "../../../src/modules/fieldService/contract"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { drawPng } from "../../../scripts/seed/png"
import { useSmtpServer } from "../../helpers/smtp"
import { createMachine, failure } from "../fleet/fleet-fixtures"

// The runner boots Medusa in its beforeAll, which this timeout also bounds: minutes on a busy machine.
jest.setTimeout(600_000)

const smtp = useSmtpServer()

const HOUR = 3_600_000
const ALL_WEEK: WorkingHours = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]))
const LYON = { latitude: 45.7578, longitude: 4.832 }

/** An 8×8 grey PNG: real image bytes, which the report PDF can print as a thumbnail. */
const PNG = drawPng(8, 8, () => [128, 128, 128])

/** The text of a mail's attachment, which the mail carries in base64 after the part's headers. */
function attachmentText(raw: string, filename: string): string {
  const at = raw.indexOf(filename)
  const body = raw.slice(raw.indexOf("\r\n\r\n", at) + 4)
  return Buffer.from(body.slice(0, body.indexOf("--")).replace(/\s+/g, ""), "base64").toString("utf8")
}

/** A PDF's Title from its info dictionary: pdfkit writes it as an object of its own, an ASCII title as a literal string. */
function pdfTitle(pdf: Buffer): string | null {
  const text = pdf.toString("latin1")
  const ref = /\/Title (\d+) 0 R/.exec(text)?.[1]
  return ref ? new RegExp(`\\n${ref} 0 obj\\n\\(([^)]*)\\)`).exec(text)?.[1] ?? null : null
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminActor
    let acme: ClientCompany
    let rossi: ClientCompany
    let machine: { id: string; meter_id: string }
    let technicianId: string
    let typeId: string
    let variantId: string

    const claire = () => ({ headers: acme.members[0].headers })
    const paul = () => ({ headers: acme.members[1].headers })
    const marco = () => ({ headers: rossi.members[0].headers })
    const staff = () => ({ headers: admin.headers })
    const binary = { responseType: "arraybuffer" as const }

    beforeEach(async () => {
      // Each test reads its own mails (intervention numbers may repeat once the database is reset).
      smtp.mails.splice(0)
      const container = getContainer()
      admin = await createAdmin(container, api)
      key = await createPublishableKey(container)
      acme = await createClientCompany(container, api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [
          { email: "claire@acme.test", first_name: "Claire", last_name: "Martin", role: "admin" },
          { email: "paul@acme.test", first_name: "Paul", role: "requester", site_names: ["Grenoble depot"] },
        ],
      })
      rossi = await createClientCompany(container, api, key, { name: "Rossi Impianti", sites: ["Milano"], members: [{ email: "marco@rossi.test", role: "admin" }] })
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      await accounts.updateSites({ id: acme.site_ids[0], ...LYON, address_1: "1 quai Perrache", city: "Lyon", postal_code: "69002", country_code: "fr" })
      await accounts.updateClientAccounts({ id: acme.account_id, locale: "en" })
      // Claire reads the portal in French: her mails and PDFs are French, whatever the account's language.
      await container.resolve(Modules.CUSTOMER).updateCustomers(acme.members[0].customer_id, { metadata: { locale: "fr" } })
      machine = await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Press P1", serial_number: "P-1", readings: [] })
      const { result: profiles } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Parts", type: "default" }] } })
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Hydraulic filter",
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: profiles[0].id,
              options: [{ title: "Model", values: ["Standard"] }],
              variants: [{ title: "Standard", sku: "PART-HF12", manage_inventory: false, options: { Model: "Standard" }, prices: [{ amount: 40, currency_code: "eur" }] }],
            },
          ],
        },
      })
      variantId = products[0].variants[0].id
      const { data: type } = await api.post("/admin/portal/intervention-types", { name: "Preventive service", default_duration_minutes: 60, bookable: true }, staff())
      typeId = type.intervention_type.id
      const { data: tech } = await api.post(
        "/admin/portal/technicians",
        { name: "Luc Bernard", home_latitude: LYON.latitude, home_longitude: LYON.longitude, time_zone: "Europe/Paris", working_hours: ALL_WEEK },
        staff()
      )
      technicianId = tech.technician.id
    })

    const scheduled = async (hoursAhead = 3) => {
      const { data } = await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], equipment_id: machine.id, type_id: typeId, description: "Yearly service" }, claire())
      const start = new Date(Math.ceil((Date.now() + hoursAhead * HOUR) / HOUR) * HOUR)
      await api.post(`/admin/portal/interventions/${data.intervention.id}/schedule`, { technician_id: technicianId, starts_at: start.toISOString() }, staff())
      return data.intervention as { id: string; number: string }
    }
    const addPhoto = (id: string, body: Record<string, unknown> = {}) =>
      api.post(`/admin/portal/interventions/${id}/photos`, { filename: "filter.png", mime_type: "image/png", content: PNG.toString("base64"), caption: "The new filter", ...body }, staff())
    const complete = (id: string) =>
      api.post(
        `/admin/portal/interventions/${id}/report`,
        { work_done: "Replaced the hydraulic filter", parts: [{ variant_id: variantId, quantity: 2 }], duration_minutes: 80, meter_values: [{ meter_id: machine.meter_id, value: 250 }], signature_name: "Claire Martin" },
        staff()
      )

    it("takes photos as private files with their type checked against the bytes and a size limit, and serves them within the intervention's scope", async () => {
      const visit = await scheduled()
      const { data, status } = await addPhoto(visit.id)
      expect(status).toBe(201)
      expect(data.photo).toMatchObject({ name: "filter.png", caption: "The new filter", mime_type: "image/png", url: `/admin/portal/interventions/${visit.id}/photos/${data.photo.id}` })

      const html = await addPhoto(visit.id, { filename: "x.html", mime_type: "text/html" }).catch(failure)
      expect(html.status).toBe(400)
      expect(html.data.message).toContain("mime_type")
      const fake = await addPhoto(visit.id, { content: Buffer.from("<script>alert(1)</script>").toString("base64") }).catch(failure)
      expect(fake.status).toBe(400)
      expect(fake.data.message).toContain("content: the file is not the image/png")
      const big = await addPhoto(visit.id, { content: Buffer.concat([PNG, Buffer.alloc(10.2 * 1024 * 1024)]).toString("base64") }).catch(failure)
      expect(big.status).toBe(400)
      expect(big.data.message).toMatch(/content: the photo is 10\.2 MB; the largest photo accepted is 10\.0 MB/)
      expect((await addPhoto("intv_missing").catch(failure)).status).toBe(404)

      const { data: seen } = await api.get(`/store/portal/interventions/${visit.id}`, claire())
      expect(seen.intervention.photos).toEqual([expect.objectContaining({ id: data.photo.id, caption: "The new filter", url: `/store/portal/interventions/${visit.id}/photos/${data.photo.id}` })])
      const photo = await api.get(seen.intervention.photos[0].url, { ...claire(), ...binary })
      expect(photo.headers["content-type"]).toBe("image/png")
      expect(photo.headers["x-content-type-options"]).toBe("nosniff")
      expect(photo.headers["cache-control"]).toContain("private")
      expect(Buffer.from(photo.data).equals(PNG)).toBe(true)
      expect((await api.get(data.photo.url, { ...staff(), ...binary })).status).toBe(200)

      // Another account, a member of another site, another intervention's photo id: 404, as if missing.
      expect((await api.get(seen.intervention.photos[0].url, marco()).catch(failure)).status).toBe(404)
      expect((await api.get(seen.intervention.photos[0].url, paul()).catch(failure)).status).toBe(404)
      const other = await scheduled(6)
      expect((await api.get(`/store/portal/interventions/${other.id}/photos/${data.photo.id}`, claire()).catch(failure)).status).toBe(404)
      // Clients never upload: the staff route refuses a client's token.
      expect((await api.post(`/admin/portal/interventions/${visit.id}/photos`, { filename: "a.png", mime_type: "image/png", content: PNG.toString("base64") }, claire()).catch(failure)).status).toBe(401)
    })

    it("renders the report PDF in the reader's language, to those who may read the intervention, read-only sessions included", async () => {
      const visit = await scheduled()
      await addPhoto(visit.id)
      expect((await api.get(`/store/portal/interventions/${visit.id}/pdf`, claire()).catch(failure)).status).toBe(404)
      const { data: done } = await complete(visit.id)
      expect(done.intervention.report_pdf_url).toBe(`/admin/portal/interventions/${visit.id}/pdf`)

      const { data: seen } = await api.get(`/store/portal/interventions/${visit.id}`, claire())
      expect(seen.intervention.report_pdf_url).toBe(`/store/portal/interventions/${visit.id}/pdf`)
      const pdf = await api.get(seen.intervention.report_pdf_url, { ...claire(), ...binary })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["content-disposition"]).toContain(`${visit.number}.pdf`)
      const bytes = Buffer.from(pdf.data)
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")
      expect(pdfTitle(bytes)).toBe(`Bon d'intervention ${visit.number}`)
      // Staff get it in the account's language (English here); the photo is printed as a thumbnail.
      const staffPdf = Buffer.from((await api.get(`/admin/portal/interventions/${visit.id}/pdf`, { ...staff(), ...binary })).data)
      expect(pdfTitle(staffPdf)).toBe(`Intervention report ${visit.number}`)
      expect(staffPdf.toString("latin1")).toContain("/Subtype /Image")

      expect((await api.get(`/store/portal/interventions/${visit.id}/pdf`, marco()).catch(failure)).status).toBe(404)
      expect((await api.get(`/store/portal/interventions/${visit.id}/pdf`, paul()).catch(failure)).status).toBe(404)

      // A read-only link reads the report and the photos, and may not act.
      const { token, hash } = generateSecureToken()
      await getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).createSecureLinks({
        account_id: acme.account_id,
        token_hash: hash,
        scope: "account",
        allow_actions: false,
        expires_at: new Date(Date.now() + 24 * HOUR),
      })
      const { data: session } = await api.post("/store/portal/links/exchange", { token }, { headers: { "x-publishable-api-key": key } })
      const link = { headers: { "x-publishable-api-key": key, authorization: `Bearer ${session.token}` } }
      expect((await api.get(`/store/portal/interventions/${visit.id}/pdf`, { ...link, ...binary })).status).toBe(200)
      expect((await api.get(seen.intervention.photos[0].url, { ...link, ...binary })).status).toBe(200)
      expect((await api.post(`/store/portal/interventions/${visit.id}/survey`, { answers: {} }, link).catch(failure)).status).toBe(403)
    })

    it("mails the client when a visit is scheduled (.ics), moved, cancelled and done (report PDF), in the member's language, once", async () => {
      const visit = await scheduled()
      const planned = await waitForSubject(`L'intervention ${visit.number} est planifiée`)
      expect(planned.to).toEqual(["claire@acme.test"])
      expect(planned.raw).toMatch(/Content-Type: text\/calendar/i)
      expect(planned.raw).toContain(`${visit.number}.ics`)
      // Paul's sites do not cover the Lyon plant: he is not told.
      expect(smtp.mails.some((m) => m.to.includes("paul@acme.test"))).toBe(false)

      const later = new Date(Math.ceil((Date.now() + 30 * HOUR) / HOUR) * HOUR)
      await api.post(`/admin/portal/interventions/${visit.id}/schedule`, { technician_id: technicianId, starts_at: later.toISOString() }, staff())
      const moved = await waitForSubject(`L'intervention ${visit.number} a été déplacée`)
      expect(moved.raw).toMatch(/Content-Type: text\/calendar/i)

      await complete(visit.id)
      const done = await waitForSubject(`Bon d'intervention ${visit.number}`)
      expect(done.raw).toMatch(/Content-Type: application\/pdf/i)
      expect(done.raw).toContain(`${visit.number}.pdf`)
      // A repeat of the same mailing (a redelivered event) sends nothing again.
      const before = smtp.mails.length
      await mailInterventionDone(getContainer(), visit.id)
      await new Promise((r) => setTimeout(r, 500))
      expect(smtp.mails.length).toBe(before)

      const other = await scheduled(8)
      await api.post(`/admin/portal/interventions/${other.id}/cancel`, { reason: "Site closed" }, staff())
      const cancelled = await waitForSubject(`L'intervention ${other.number} est annulée`)
      expect(attachmentText(cancelled.raw, `${other.number}.ics`)).toContain("METHOD:CANCEL")
      expect(attachmentText(planned.raw, `${visit.number}.ics`)).toContain("BEGIN:VEVENT")
    })

    it("never fails the action when the mail cannot be delivered", async () => {
      await getContainer().resolve(Modules.CUSTOMER).updateCustomers(acme.members[0].customer_id, { email: "claire@refused.example" })
      const visit = await scheduled()
      const { data, status } = await complete(visit.id)
      expect(status).toBe(200)
      expect(data.intervention.status).toBe("done")
      expect(smtp.mails.some((m) => m.to.includes("claire@refused.example"))).toBe(false)
    })

    async function waitForSubject(subject: string, timeoutMs = 15_000) {
      const started = Date.now()
      while (Date.now() - started < timeoutMs) {
        const mail = smtp.mails.find((m) => m.subject === subject)
        if (mail) return mail
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`No mail "${subject}"; received: ${smtp.mails.map((m) => m.subject).join("; ")}`)
    }
  },
})
