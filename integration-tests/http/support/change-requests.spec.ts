import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { useSmtpServer } from "../../helpers/smtp"
import { failure, supportWorld } from "./fixtures"

jest.setTimeout(300_000)
useSmtpServer()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: Awaited<ReturnType<typeof supportWorld>>
    const h = (who: { headers: Record<string, string> }) => ({ headers: who.headers })
    const staff = () => ({ headers: world.admin })

    beforeAll(async () => {
      world = await supportWorld(getContainer(), api as never)
    })

    it("applies exactly the approved fields (account, metadata, members' billing addresses) with an audit trail; locked fields wait for staff", async () => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const claireCustomer = await customers.retrieveCustomer(world.claire.member.customer_id)
      await customers.createCustomerAddresses([{ customer_id: claireCustomer.id, address_1: "1 old street", city: "Lyon", is_default_billing: true }])
      const before = await accounts.retrieveClientAccount(world.acme.id)

      const { data: form } = await api.get("/store/portal/change-request-form", h(world.claire))
      expect(form.form.account.find((f: { field: string }) => f.field === "city")).toMatchObject({ current_value: before.city, locked: true })

      const { data } = await api.post(
        "/store/portal/change-requests",
        { target: "account", fields: [{ field: "city", proposed_value: "Villeurbanne" }, { field: "vat_number", proposed_value: "FR123" }, { field: "contact_email", proposed_value: "new@acme.example" }] },
        h(world.claire)
      )
      expect(data.change_request.status).toBe("pending")
      expect((await accounts.retrieveClientAccount(world.acme.id)).city).toBe(before.city)

      const fieldId = (name: string) => data.change_request.fields.find((f: { field: string }) => f.field === name).id
      const { data: decided } = await api.post(
        `/admin/portal/change-requests/${data.change_request.id}/decide`,
        { decisions: [{ field_id: fieldId("city"), decision: "approved" }, { field_id: fieldId("vat_number"), decision: "approved" }, { field_id: fieldId("contact_email"), decision: "rejected", reason: "Unknown address" }] },
        staff()
      )
      expect(decided.change_request.status).toBe("partially_approved")
      const after = await accounts.retrieveClientAccount(world.acme.id)
      expect(after.city).toBe("Villeurbanne")
      expect((after.metadata as Record<string, unknown>).vat_number).toBe("FR123")
      expect(after.contact_email).toBe(before.contact_email)
      expect(after.name).toBe(before.name)
      const [address] = await customers.listCustomerAddresses({ customer_id: claireCustomer.id, is_default_billing: true })
      expect(address.city).toBe("Villeurbanne")
      expect(address.address_1).toBe("1 old street")
      const actions = decided.change_request.audit.map((a: { action: string; field: string }) => `${a.action}:${a.field}`)
      expect(actions).toEqual(expect.arrayContaining(["requested:city", "approved:city", "applied:city", "rejected:contact_email", "applied:vat_number"]))
      expect(actions).not.toContain("applied:contact_email")

      const again = await api.post(`/admin/portal/change-requests/${data.change_request.id}/decide`, { decisions: [{ field_id: fieldId("city"), decision: "rejected" }] }, staff()).catch(failure)
      expect(again.status).toBe(409)

      const { data: mine } = await api.get(`/store/portal/change-requests/${data.change_request.id}`, h(world.claire))
      expect(mine.change_request.fields.find((f: { field: string }) => f.field === "contact_email")).toMatchObject({ decision: "rejected", reason: "Unknown address" })
      expect((await api.get(`/store/portal/change-requests/${data.change_request.id}`, h(world.marco)).catch(failure)).status).toBe(404)
    })

    it("decides a field once when two reviewers decide it at the same moment: one answer, one 409, one audit line", async () => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const before = await accounts.retrieveClientAccount(world.acme.id)
      const { data } = await api.post("/store/portal/change-requests", { target: "account", fields: [{ field: "postal_code", proposed_value: "69100" }] }, h(world.claire))
      expect(data.change_request.status).toBe("pending")
      const fieldId = data.change_request.fields[0].id
      const decide = (decision: "approved" | "rejected") =>
        api.post(`/admin/portal/change-requests/${data.change_request.id}/decide`, { decisions: [{ field_id: fieldId, decision, reason: decision === "rejected" ? "No proof" : null }] }, staff()).catch(failure)
      const answers = await Promise.all([decide("approved"), decide("rejected")])
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
      const winner = answers.find((a) => a.status === 200)!.data as unknown as { change_request: { status: string; audit: { action: string; field: string }[] } }
      const loser = answers.find((a) => a.status === 409)!
      expect(loser.data.message).toContain("postal_code")
      const decisions = winner.change_request.audit.filter((a) => a.field === "postal_code" && (a.action === "approved" || a.action === "rejected"))
      expect(decisions).toHaveLength(1)
      const { data: stored } = await api.get(`/admin/portal/change-requests/${data.change_request.id}`, staff())
      expect(stored.change_request.status).toBe(decisions[0].action)
      expect(stored.change_request.audit.filter((a: { action: string }) => a.action === "approved" || a.action === "rejected")).toHaveLength(1)
      const after = await accounts.retrieveClientAccount(world.acme.id)
      expect(after.postal_code).toBe(decisions[0].action === "approved" ? "69100" : before.postal_code)
    })

    it("applies unlocked fields at once and refuses unknown fields, other sites and viewers", async () => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      await api.post("/admin/portal/settings", { support: { locked_fields: ["account.name"] } }, staff())
      const { data } = await api.post("/store/portal/change-requests", { target: "account", fields: [{ field: "contact_phone", proposed_value: "+33 1 00 00 00 00" }] }, h(world.claire))
      expect(data.change_request.status).toBe("approved")
      expect((await accounts.retrieveClientAccount(world.acme.id)).contact_phone).toBe("+33 1 00 00 00 00")
      const unknown = await api.post("/store/portal/change-requests", { target: "account", fields: [{ field: "notes", proposed_value: "x" }] }, h(world.claire)).catch(failure)
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("fields.field")
      const paulWide = await api.post("/store/portal/change-requests", { target: "account", fields: [{ field: "city", proposed_value: "x" }] }, h(world.paul)).catch(failure)
      expect(paulWide.status).toBe(403)
      const sites = await accounts.listSites({ account_id: world.acme.id })
      const notPauls = sites.find((s) => !(world.paul.member.site_ids as string[]).includes(s.id))!
      const offSite = await api.post("/store/portal/change-requests", { target: "site", site_id: notPauls.id, fields: [{ field: "city", proposed_value: "x" }] }, h(world.paul)).catch(failure)
      expect(offSite.status).toBe(400)
      await api.post("/admin/portal/settings", { support: { locked_fields: [] } }, staff())
    })
  },
})
