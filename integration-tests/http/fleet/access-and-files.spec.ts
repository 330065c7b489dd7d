import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { generateSecureToken } from "../../../src/lib/secure-token"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { createMachine, daysAgo, failure, type Machine } from "./fleet-fixtures"

jest.setTimeout(180_000)

// A 1×1 PNG and a small PDF-like document: enough bytes to check that what comes back is what went in.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
)
const PDF = Buffer.from("%PDF-1.4\n% manual of the compressor\n%%EOF\n")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminActor
    let acme: ClientCompany
    let rossi: ClientCompany
    let lyon: Machine
    let grenoble: Machine
    let milano: Machine

    beforeEach(async () => {
      admin = await createAdmin(getContainer(), api)
      key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [
          { email: "claire@acme.test", role: "admin" },
          { email: "paul@acme.test", role: "requester", site_names: ["Grenoble depot"] },
          { email: "vera@acme.test", role: "viewer" },
        ],
      })
      rossi = await createClientCompany(getContainer(), api, key, {
        name: "Rossi Impianti",
        sites: ["Milano"],
        members: [{ email: "marco@rossi.test", role: "admin" }],
      })
      const readings = [{ value: 100, read_at: daysAgo(10) }]
      lyon = await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Lyon press", serial_number: "P-1", readings })
      grenoble = await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[1], name: "Grenoble lift", serial_number: "L-1", readings })
      milano = await createMachine(api, admin, { account_id: rossi.account_id, site_id: rossi.site_ids[0], name: "Milano pump", serial_number: "P-1", readings })
    })

    const claire = () => ({ headers: acme.members[0].headers })
    const paul = () => ({ headers: acme.members[1].headers })
    const ids = (data: { equipment: { id: string }[] }) => data.equipment.map((e) => e.id).sort()

    it("lists the account's machines with their site, and sites count their machines", async () => {
      const { data } = await api.get("/store/portal/equipment?order=name", claire())
      expect(data).toMatchObject({ count: 2, offset: 0, limit: 20 })
      expect(data.equipment.map((e: { name: string }) => e.name)).toEqual(["Grenoble lift", "Lyon press"])
      expect(data.equipment[1]).toMatchObject({ site: { id: acme.site_ids[0], name: "Lyon plant" }, serial_number: "P-1", status: "in_service" })
      const { data: sites } = await api.get("/store/portal/sites", claire())
      expect(sites.sites.map((s: { equipment_count: number }) => s.equipment_count)).toEqual([1, 1])
      const { data: site } = await api.get(`/store/portal/sites/${acme.site_ids[0]}`, claire())
      expect(site.site.equipment_count).toBe(1)
    })

    it("filters by site, status and text", async () => {
      await api.post(`/admin/portal/equipment/${lyon.id}`, { status: "under_repair" }, { headers: admin.headers })
      expect(ids((await api.get(`/store/portal/equipment?site_id=${acme.site_ids[1]}`, claire())).data)).toEqual([grenoble.id])
      expect(ids((await api.get("/store/portal/equipment?status=under_repair", claire())).data)).toEqual([lyon.id])
      expect(ids((await api.get("/store/portal/equipment?q=press", claire())).data)).toEqual([lyon.id])
      const bad = await api.get("/store/portal/equipment?status=broken", claire()).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/status/)
    })

    it("shows a member limited to one site only that site's machines", async () => {
      expect(ids((await api.get("/store/portal/equipment", paul())).data)).toEqual([grenoble.id])
      expect(ids((await api.get(`/store/portal/equipment?site_id=${acme.site_ids[0]}`, paul())).data)).toEqual([])
      for (const url of [
        `/store/portal/equipment/${lyon.id}`,
        `/store/portal/equipment/${lyon.id}/meters/${lyon.meter_id}/readings`,
      ]) {
        expect((await api.get(url, paul()).catch(failure)).status).toBe(404)
      }
      const post = await api.post(`/store/portal/equipment/${lyon.id}/meters/${lyon.meter_id}/readings`, { value: 101 }, paul()).catch(failure)
      expect(post.status).toBe(404)
      expect((await api.get(`/store/portal/equipment/${grenoble.id}`, paul())).data.equipment.id).toBe(grenoble.id)
    })

    it("answers 404 on every client route for another account's machine, meter or file", async () => {
      const { data: upload } = await api.post(
        `/admin/portal/equipment/${milano.id}/files`,
        { kind: "document", filename: "manual.pdf", mime_type: "application/pdf", content: PDF.toString("base64") },
        { headers: admin.headers }
      )
      for (const url of [
        `/store/portal/equipment/${milano.id}`,
        `/store/portal/equipment/${milano.id}/meters/${milano.meter_id}/readings`,
        `/store/portal/equipment/${milano.id}/files/${upload.file.id}`,
        // Acme's own machine with Rossi's meter or file.
        `/store/portal/equipment/${lyon.id}/meters/${milano.meter_id}/readings`,
        `/store/portal/equipment/${lyon.id}/files/${upload.file.id}`,
      ]) {
        const response = await api.get(url, claire()).catch(failure)
        expect([url, response.status]).toEqual([url, 404])
      }
      const post = await api.post(`/store/portal/equipment/${milano.id}/meters/${milano.meter_id}/readings`, { value: 200 }, claire()).catch(failure)
      expect(post.status).toBe(404)
      const crossed = await api.post(`/store/portal/equipment/${lyon.id}/meters/${milano.meter_id}/readings`, { value: 200 }, claire()).catch(failure)
      expect(crossed.status).toBe(404)
      expect(ids((await api.get(`/store/portal/equipment?site_id=${rossi.site_ids[0]}`, claire())).data)).toEqual([])
    })

    it("lets a viewer and a read-only secure link look but not send a reading", async () => {
      const viewer = await api.post(`/store/portal/equipment/${lyon.id}/meters/${lyon.meter_id}/readings`, { value: 101 }, { headers: acme.members[2].headers }).catch(failure)
      expect(viewer.status).toBe(403)

      const { token, hash } = generateSecureToken()
      await getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).createSecureLinks({
        account_id: acme.account_id,
        token_hash: hash,
        scope: "site",
        site_id: acme.site_ids[0],
        allow_actions: false,
        expires_at: new Date(Date.now() + 24 * 60 * 60 * 1000),
      })
      const { data: session } = await api.post("/store/portal/links/exchange", { token }, { headers: { "x-publishable-api-key": key } })
      const link = { headers: { "x-publishable-api-key": key, authorization: `Bearer ${session.token}` } }
      expect(ids((await api.get("/store/portal/equipment", link)).data)).toEqual([lyon.id])
      expect((await api.get(`/store/portal/equipment/${grenoble.id}`, link).catch(failure)).status).toBe(404)
      const post = await api.post(`/store/portal/equipment/${lyon.id}/meters/${lyon.meter_id}/readings`, { value: 101 }, link).catch(failure)
      expect(post.status).toBe(403)
    })

    it("keeps uploaded photos and documents private: served to the owning account through the portal route only", async () => {
      const { data: photo } = await api.post(
        `/admin/portal/equipment/${lyon.id}/files`,
        { kind: "photo", filename: "front.png", mime_type: "image/png", content: PNG.toString("base64") },
        { headers: admin.headers }
      )
      const { data: doc } = await api.post(
        `/admin/portal/equipment/${lyon.id}/files`,
        { kind: "document", filename: "manual.pdf", mime_type: "application/pdf", content: PDF.toString("base64") },
        { headers: admin.headers }
      )
      const { data } = await api.get(`/store/portal/equipment/${lyon.id}`, claire())
      expect(data.equipment.photo_url).toBe(`/store/portal/equipment/${lyon.id}/files/${photo.file.id}`)
      expect(data.equipment.documents).toEqual([expect.objectContaining({ id: doc.file.id, name: "manual.pdf" })])

      const got = await api.get(data.equipment.documents[0].url, { ...claire(), responseType: "arraybuffer" })
      expect(got.headers["content-type"]).toBe("application/pdf")
      expect(got.headers["cache-control"]).toMatch(/private/)
      expect(Buffer.from(got.data).equals(PDF)).toBe(true)
      const image = await api.get(data.equipment.photo_url, { ...claire(), responseType: "arraybuffer" })
      expect(Buffer.from(image.data).equals(PNG)).toBe(true)

      // Not to another account, not to a member limited to another site, not without signing in.
      expect((await api.get(data.equipment.photo_url, { headers: rossi.members[0].headers }).catch(failure)).status).toBe(404)
      expect((await api.get(data.equipment.photo_url, paul()).catch(failure)).status).toBe(404)
      expect((await api.get(data.equipment.photo_url, { headers: { "x-publishable-api-key": key } }).catch(failure)).status).toBe(401)
    })

    it("never lets a file run as a page: types whitelisted at upload, anything but images and PDF sent as an attachment", async () => {
      const html = Buffer.from("<html><script>fetch('/store/portal/me')</script></html>").toString("base64")
      const refused = await api
        .post(`/admin/portal/equipment/${lyon.id}/files`, { kind: "document", filename: "x.html", mime_type: "text/html", content: html }, { headers: admin.headers })
        .catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/mime_type: text\/html is not accepted/)
      const svg = await api
        .post(
          `/store/portal/equipment/${lyon.id}/meters/${lyon.meter_id}/readings`,
          { value: 105, photo: { filename: "m.svg", mime_type: "image/svg+xml", content: Buffer.from("<svg onload='alert(1)'/>").toString("base64") } },
          claire()
        )
        .catch(failure)
      expect(svg.status).toBe(400)
      expect(svg.data.message).toMatch(/photo\.mime_type/)

      // A file that reached the machine some other way (an older upload, a script) is still not shown as a page.
      const stored = await getContainer().resolve(Modules.FILE).createFiles({ filename: "page.html", mimeType: "text/html", content: html, access: "private" })
      const file = await getContainer()
        .resolve<FleetModuleService>(FLEET_MODULE)
        .createEquipmentFiles({ equipment_id: lyon.id, file_id: stored.id, kind: "document", name: 'page".html', mime_type: "text/html" })
      const got = await api.get(`/store/portal/equipment/${lyon.id}/files/${file.id}`, claire())
      expect(got.headers["content-type"]).toBe("application/octet-stream")
      expect(got.headers["content-disposition"]).toBe(`attachment; filename="page_.html"; filename*=UTF-8''page_.html`)
      expect(got.headers["x-content-type-options"]).toBe("nosniff")
      expect(got.headers["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/)
      const staffCopy = await api.get(`/admin/portal/equipment/${lyon.id}/files/${file.id}`, { headers: admin.headers })
      expect(staffCopy.headers["content-disposition"]).toMatch(/^attachment;/)

      const { data: photo } = await api.post(
        `/admin/portal/equipment/${lyon.id}/files`,
        { kind: "photo", filename: "front.png", mime_type: "image/png", content: PNG.toString("base64") },
        { headers: admin.headers }
      )
      const image = await api.get(`/store/portal/equipment/${lyon.id}/files/${photo.file.id}`, claire())
      expect(image.headers["content-disposition"]).toMatch(/^inline;/)
      expect(image.headers["content-security-policy"]).toMatch(/sandbox/)
    })

    it("stores a client's meter photo privately with the reading", async () => {
      const { data } = await api.post(
        `/store/portal/equipment/${lyon.id}/meters/${lyon.meter_id}/readings`,
        { value: "104,5", photo: { filename: "meter.png", mime_type: "image/png", content: PNG.toString("base64") } },
        claire()
      )
      expect(data.reading).toMatchObject({ value: 104.5, status: "accepted" })
      expect(data.reading.photo_url).toMatch(new RegExp(`^/store/portal/equipment/${lyon.id}/files/`))
      const image = await api.get(data.reading.photo_url, { ...claire(), responseType: "arraybuffer" })
      expect(image.headers["content-type"]).toBe("image/png")
      expect(Buffer.from(image.data).equals(PNG)).toBe(true)
      const elsewhere = data.reading.photo_url.replace(lyon.id, milano.id)
      expect((await api.get(elsewhere, { headers: rossi.members[0].headers }).catch(failure)).status).toBe(404)
    })

    it("answers 400 naming the field for bad staff input", async () => {
      const cases: [string, unknown, RegExp][] = [
        ["/admin/portal/equipment", { account_id: acme.account_id, site_id: rossi.site_ids[0], name: "X", serial_number: "X-1" }, /site_id/],
        ["/admin/portal/equipment", { account_id: acme.account_id, site_id: acme.site_ids[0], name: "", serial_number: "X-1" }, /name/],
        [`/admin/portal/equipment/${lyon.id}`, { installation_date: "soon" }, /installation_date/],
        [`/admin/portal/equipment/${lyon.id}/meters`, { name: "Energy", kind: "volts", unit: "V" }, /kind/],
        [`/admin/portal/equipment/${lyon.id}/plans`, { name: "500 h", interval_units: 500 }, /meter_id/],
        [`/admin/portal/equipment/${lyon.id}/maintenance-log`, { performed_at: "2026-01-01", kind: "preventive", description: "x", parts: [{ variant_id: "variant_nope", quantity: 1 }] }, /parts\.0\.variant_id/],
        [`/admin/portal/equipment/${lyon.id}/files`, { kind: "photo", filename: "a.png", mime_type: "image/png" }, /content/],
      ]
      for (const [url, body, field] of cases) {
        const response = await api.post(url, body, { headers: admin.headers }).catch(failure)
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toMatch(field)
      }
      const clash = await api
        .post("/admin/portal/equipment", { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Twin", serial_number: "P-1" }, { headers: admin.headers })
        .catch(failure)
      expect(clash.status).toBe(409)
      expect(clash.data.message).toMatch(/serial_number/)
    })

    it("lets staff list by account or customer, with the account named", async () => {
      const { data } = await api.get(`/admin/portal/equipment?account_id=${rossi.account_id}`, { headers: admin.headers })
      expect(data.equipment).toEqual([expect.objectContaining({ id: milano.id, account: { id: rossi.account_id, name: "Rossi Impianti" } })])
      const { data: byCustomer } = await api.get(`/admin/portal/equipment?customer_id=${acme.members[0].customer_id}`, { headers: admin.headers })
      expect(ids(byCustomer)).toEqual([grenoble.id, lyon.id].sort())
      await api.delete(`/admin/portal/equipment/${lyon.id}`, { headers: admin.headers })
      expect((await api.get(`/store/portal/equipment/${lyon.id}`, claire()).catch(failure)).status).toBe(404)
    })
  },
})
