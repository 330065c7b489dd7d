import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import { useSmtpServer } from "../../helpers/smtp"
import { failure, pdf, supportWorld } from "./fixtures"

// The whole demo is seeded first: minutes on a busy two-core machine.
jest.setTimeout(900_000)
useSmtpServer()

type Doc = { id: string; title: string; is_new: boolean; version: number; site_id: string | null; file: { url: string; name: string } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: Awaited<ReturnType<typeof supportWorld>>
    const h = (who: { headers: Record<string, string> }) => ({ headers: who.headers })
    const staff = () => ({ headers: world.admin })
    const stamp = Date.now()
    const file = (name: string, bytes = 0) => ({ filename: name, mime_type: "application/pdf", content: pdf(bytes) })
    const publish = async (body: Record<string, unknown>) =>
      (await api.post("/admin/portal/documents", { category: "technical", file: file("doc.pdf"), ...body }, staff())).data.document as { id: string; title: string }
    const list = async (who: { headers: Record<string, string> }, query = "") =>
      (await api.get(`/store/portal/documents?limit=100${query}`, h(who))).data as { documents: Doc[]; count: number; new_count: number }
    const titles = (docs: Doc[]) => docs.map((d) => d.title)

    const ids: Record<string, string> = {}
    let paulSite = ""
    let otherSite = ""

    beforeAll(async () => {
      world = await supportWorld(getContainer(), api as never)
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      paulSite = (world.paul.member.site_ids as string[])[0]
      otherSite = (await accounts.listSites({ account_id: world.acme.id })).find((s) => s.id !== paulSite)!.id
      const fleet = getContainer().resolve<FleetModuleService>(FLEET_MODULE)
      const [atOther] = await fleet.listEquipment({ account_id: world.acme.id, site_id: otherSite }, { take: 1 })
      const [atPaul] = await fleet.listEquipment({ account_id: world.acme.id, site_id: paulSite }, { take: 1 })
      const [rossiMachine] = await fleet.listEquipment({ account_id: world.rossi.id }, { take: 1 })
      ids.all = (await publish({ title: `All ${stamp}`, audience: "all" })).id
      ids.account = (await publish({ title: `Acme ${stamp}`, audience: "account", account_id: world.acme.id })).id
      ids.paulSite = (await publish({ title: `Paul site ${stamp}`, audience: "site", site_id: paulSite, category: "contract" })).id
      ids.otherSite = (await publish({ title: `Other site ${stamp}`, audience: "site", site_id: otherSite, category: "contract" })).id
      ids.otherMachine = (await publish({ title: `Other machine ${stamp}`, audience: "equipment", equipment_id: atOther.id })).id
      if (atPaul) ids.paulMachine = (await publish({ title: `Paul machine ${stamp}`, audience: "equipment", equipment_id: atPaul.id })).id
      ids.rossi = (await publish({ title: `Rossi ${stamp}`, audience: "equipment", equipment_id: rossiMachine.id })).id
      ids.expired = (await publish({ title: `Expired ${stamp}`, audience: "account", account_id: world.acme.id, valid_from: "2020-01-01", valid_until: "2021-01-01" })).id
    })

    it("shows each member the documents of their audience only: everyone's, their account's, their sites' and machines'", async () => {
      const claire = titles((await list(world.claire, `&q=${stamp}`)).documents)
      expect(claire.sort()).toEqual([`All ${stamp}`, `Acme ${stamp}`, `Other machine ${stamp}`, `Other site ${stamp}`, `Paul site ${stamp}`, ...(ids.paulMachine ? [`Paul machine ${stamp}`] : [])].sort())

      const paul = titles((await list(world.paul, `&q=${stamp}`)).documents)
      expect(paul.sort()).toEqual([`All ${stamp}`, `Acme ${stamp}`, `Paul site ${stamp}`, ...(ids.paulMachine ? [`Paul machine ${stamp}`] : [])].sort())

      const marco = titles((await list(world.marco, `&q=${stamp}`)).documents)
      expect(marco.sort()).toEqual([`All ${stamp}`, `Rossi ${stamp}`].sort())

      // A machine's document tells the machine's site, so site pages and scopes can use it.
      const machineDoc = (await list(world.claire, `&q=Other machine ${stamp}`)).documents[0]
      expect(machineDoc.site_id).toBe(otherSite)
      // The site's page lists its contract.
      const siteDocs = (await list(world.claire, `&site_id=${otherSite}&category=contract`)).documents
      expect(titles(siteDocs)).toContain(`Other site ${stamp}`)
      expect(titles(siteDocs)).not.toContain(`Paul site ${stamp}`)
      // Paul asking for another site's documents gets none, not a wider list.
      expect((await list(world.paul, `&site_id=${otherSite}`)).count).toBe(0)
      // Staff see the expired document; clients no longer do.
      const { data: admin } = await api.get(`/admin/portal/documents?q=${stamp}&limit=100`, staff())
      expect(admin.documents.map((d: { title: string }) => d.title)).toContain(`Expired ${stamp}`)
    })

    it("answers 404 for another account's, another site's or a withdrawn document and its file, for members and secure links", async () => {
      for (const [who, id] of [
        [world.marco, ids.account],
        [world.marco, ids.otherSite],
        [world.claire, ids.rossi],
        [world.paul, ids.otherSite],
        [world.paul, ids.otherMachine],
        [world.claire, ids.expired],
      ] as const) {
        expect((await api.get(`/store/portal/documents/${id}`, h(who)).catch(failure)).status).toBe(404)
        expect((await api.get(`/store/portal/documents/${id}/file`, h(who)).catch(failure)).status).toBe(404)
      }
      const withdrawn = await publish({ title: `Withdrawn ${stamp}`, audience: "all" })
      expect((await api.get(`/store/portal/documents/${withdrawn.id}`, h(world.claire))).status).toBe(200)
      await api.delete(`/admin/portal/documents/${withdrawn.id}`, staff())
      expect((await api.get(`/store/portal/documents/${withdrawn.id}/file`, h(world.claire)).catch(failure)).status).toBe(404)
      expect((await api.get(`/admin/portal/documents/${withdrawn.id}`, staff()).catch(failure)).status).toBe(404)
    })

    it("serves files privately: the right type, nosniff, no shared cache; refuses a wrong type or too large a file with a clear 400", async () => {
      const answer = await api.get(`/store/portal/documents/${ids.paulSite}/file`, { ...h(world.paul), responseType: "arraybuffer" })
      expect(answer.status).toBe(200)
      expect(answer.headers["content-type"]).toContain("application/pdf")
      expect(answer.headers["x-content-type-options"]).toBe("nosniff")
      expect(answer.headers["cache-control"]).toContain("private")
      expect(Buffer.from(answer.data).subarray(0, 5).toString()).toBe("%PDF-")

      const exe = await api.post("/admin/portal/documents", { title: "Tool", category: "template", audience: "all", file: { filename: "tool.exe", mime_type: "application/x-msdownload", content: Buffer.from("MZ").toString("base64") } }, staff()).catch(failure)
      expect(exe.status).toBe(400)
      expect(exe.data.message).toMatch(/^file\./)
      // A file past the default 10 MB limit: a 400 naming it (its base64 check once overflowed into a 500).
      const huge = await api.post(`/admin/portal/documents/${ids.all}/versions`, { file: file("huge.pdf", 11 * 1024 * 1024) }, staff()).catch(failure)
      expect(huge.status).toBe(400)
      expect(huge.data.message).toContain("huge.pdf")
      await api.post("/admin/portal/settings", { support: { attachment_max_bytes: 1024 } }, staff())
      const big = await api.post(`/admin/portal/documents/${ids.all}/versions`, { file: file("big.pdf", 5000) }, staff()).catch(failure)
      await api.post("/admin/portal/settings", { support: { attachment_max_bytes: 10_485_760 } }, staff())
      expect(big.status).toBe(400)
      expect(big.data.message).toMatch(/^file\.content: big\.pdf is .* MB; the largest file accepted is/)
      const backwards = await api.post("/admin/portal/documents", { title: "Backwards", audience: "all", category: "template", valid_from: "2030-01-01", valid_until: "2029-01-01", file: file("b.pdf") }, staff()).catch(failure)
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toContain("valid_until")
      const mismatch = await api.post("/admin/portal/documents", { title: "Mismatch", audience: "site", account_id: world.rossi.id, site_id: paulSite, category: "contract", file: file("m.pdf") }, staff()).catch(failure)
      expect(mismatch.status).toBe(400)
      expect(mismatch.data.message).toContain("account_id")
      // Nothing half-written by the refused publications.
      const { data } = await api.get("/admin/portal/documents?q=Backwards", staff())
      expect(data.count).toBe(0)
    })

    it("records per member which version they opened: the badge goes for them only and comes back with a new version", async () => {
      const fresh = await publish({ title: `Badge ${stamp}`, audience: "account", account_id: world.acme.id })
      const badge = async (who: { headers: Record<string, string> }) => (await api.get(`/store/portal/documents/${fresh.id}`, h(who))).data.document as Doc
      const before = await list(world.claire)
      expect((await badge(world.claire)).is_new).toBe(true)
      expect((await list(world.claire, "&new=true")).documents.map((d) => d.id)).toContain(fresh.id)

      await api.get(`/store/portal/documents/${fresh.id}/file`, h(world.claire))
      await api.get(`/store/portal/documents/${fresh.id}/file`, h(world.claire))
      expect((await badge(world.claire)).is_new).toBe(false)
      expect((await list(world.claire)).new_count).toBe(before.new_count - 1)
      expect((await list(world.claire, "&new=true")).documents.map((d) => d.id)).not.toContain(fresh.id)
      // Paul has not opened it: still new for him.
      expect((await badge(world.paul)).is_new).toBe(true)

      // Staff viewing the portal as Paul open the file: no read is recorded for him.
      const viewAs = await api.post(`/admin/portal/accounts/${world.acme.id}/members/${world.paul.member.id}/impersonate`, {}, staff())
      const code = new URL(viewAs.data.impersonation.url).searchParams.get("code")
      const { data: session } = await api.post("/store/portal/view-as/exchange", { code }, { headers: world.store })
      expect((await api.get(`/store/portal/documents/${fresh.id}/file`, { headers: { ...world.store, authorization: `Bearer ${session.token}` } })).status).toBe(200)
      expect((await badge(world.paul)).is_new).toBe(true)

      const { data: v2 } = await api.post(`/admin/portal/documents/${fresh.id}/versions`, { file: file("badge-v2.pdf"), note: "Corrected table" }, staff())
      expect(v2.document.version).toBe(2)
      expect(v2.document.versions.map((v: { version: number }) => v.version)).toEqual([2, 1])
      const updated = await badge(world.claire)
      expect(updated).toMatchObject({ is_new: true, version: 2 })
      expect(updated.file.name).toBe("badge-v2.pdf")
      await api.get(`/store/portal/documents/${fresh.id}/file`, h(world.claire))
      expect((await badge(world.claire)).is_new).toBe(false)

      const { data: detail } = await api.get(`/admin/portal/documents/${fresh.id}`, staff())
      expect(detail.document.reads.map((r: { member_id: string; version: number }) => `${r.member_id}:${r.version}`).sort()).toEqual(
        [`${world.claire.member.id}:1`, `${world.claire.member.id}:2`].sort()
      )
      expect(detail.document.reads[0].member_name).toMatch(/Claire/)
      expect(detail.document.read_count).toBe(1)
      // Staff download any version; another document's version id is 404.
      const v1 = detail.document.versions.find((v: { version: number }) => v.version === 1)
      expect((await api.get(v1.url, staff())).status).toBe(200)
      expect((await api.get(`/admin/portal/documents/${ids.all}/versions/${v1.id}/file`, staff()).catch(failure)).status).toBe(404)
    })

    it("gives two versions uploaded at once consecutive numbers", async () => {
      const doc = await publish({ title: `Race ${stamp}`, audience: "all" })
      const answers = await Promise.all([1, 2].map((n) => api.post(`/admin/portal/documents/${doc.id}/versions`, { file: file(`race-${n}.pdf`) }, staff())))
      expect(answers.map((a) => a.status)).toEqual([201, 201])
      const { data } = await api.get(`/admin/portal/documents/${doc.id}`, staff())
      expect(data.document.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1])
      expect(data.document.version).toBe(3)
    })

    it("lets staff correct a document, keeping the validity in order", async () => {
      const { data } = await api.post(`/admin/portal/documents/${ids.account}`, { title: `Acme ${stamp}`, category: "commercial", valid_until: "2099-12-31" }, staff())
      expect(data.document).toMatchObject({ category: "commercial", valid_until: "2099-12-31T00:00:00.000Z" })
      const wrong = await api.post(`/admin/portal/documents/${ids.account}`, { valid_from: "2100-01-01" }, staff()).catch(failure)
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toContain("valid_until")
    })
  },
})
