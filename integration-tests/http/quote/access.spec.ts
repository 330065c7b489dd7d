import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { generateSecureToken } from "../../../src/lib/secure-token"
import { issueCustomerToken } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, DAY, failure, quoteBody, type QuoteWorld } from "./fixtures"

jest.setTimeout(180_000)

const smtp = useSmtpServer()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    let quoteId: string
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const paul = () => ({ headers: world.acme.members[2].headers })
    const marco = () => ({ headers: world.rossi.members[0].headers })

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world), staff())
      await api.post(`/admin/portal/quotes/${data.quote.id}/send`, {}, staff())
      quoteId = data.quote.id
    })

    it("answers 404 on every client route for another account's quote, exactly as for a missing one", async () => {
      const calls = [
        () => api.get(`/store/portal/quotes/${quoteId}`, marco()),
        () => api.post(`/store/portal/quotes/${quoteId}/accept`, { selected_optional_line_ids: [] }, marco()),
        () => api.post(`/store/portal/quotes/${quoteId}/reject`, { reason: "No" }, marco()),
        () => api.get(`/store/portal/quotes/${quoteId}/messages`, marco()),
        () => api.post(`/store/portal/quotes/${quoteId}/messages`, { body: "Hello?" }, marco()),
        () => api.get(`/store/portal/quotes/${quoteId}/pdf`, marco()),
        () => api.get(`/store/portal/quotes/quo_missing`, claire()),
      ]
      for (const call of calls) {
        const response = await call().catch(failure)
        expect(response.status).toBe(404)
      }
      const list = await api.get("/store/portal/quotes", marco())
      expect(list.data).toMatchObject({ quotes: [], count: 0 })
      const { data } = await api.get(`/admin/portal/quotes/${quoteId}`, staff())
      expect(data.quote.status).toBe("sent")
    })

    it("shows a site-limited member or a site link only their sites' quotes; account-wide and other sites' quotes answer 404", async () => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [lyon] = world.acme.site_ids
      const grenoble = (await accounts.createSites({ account_id: world.acme.account_id, name: "Grenoble depot" })).id
      const sent = async (title: string, site_id: string) => {
        const { data } = await api.post("/admin/portal/quotes", quoteBody(world, { title, site_id }), staff())
        await api.post(`/admin/portal/quotes/${data.quote.id}/send`, {}, staff())
        return data.quote.id as string
      }
      const [zoe] = await getContainer().resolve(Modules.CUSTOMER).createCustomers([{ email: "zoe@acme.test", first_name: "Zoe" }])
      await accounts.createAccountMembers({ account_id: world.acme.account_id, customer_id: zoe.id, role: "approver", site_ids: [grenoble] })
      const lyonQuote = await sent("Lyon pump", lyon)
      const grenobleQuote = await sent("Grenoble pump", grenoble)
      // The approver limited to Grenoble is mailed Grenoble's quote only (quoteId was sent before she joined).
      await smtp.waitFor("zoe@acme.test")
      expect(smtp.mails.filter((m) => m.to.includes("zoe@acme.test"))).toHaveLength(1)
      const member = { headers: { "x-publishable-api-key": world.key, authorization: `Bearer ${await issueCustomerToken(getContainer(), zoe)}` } }
      const { token, hash } = generateSecureToken()
      await accounts.createSecureLinks({
        account_id: world.acme.account_id,
        token_hash: hash,
        scope: "site",
        site_id: grenoble,
        allow_actions: true,
        expires_at: new Date(Date.now() + DAY),
      })
      const { data: session } = await api.post("/store/portal/links/exchange", { token }, { headers: { "x-publishable-api-key": world.key } })
      const link = { headers: { "x-publishable-api-key": world.key, authorization: `Bearer ${session.token}` } }

      for (const reader of [member, link]) {
        const list = await api.get("/store/portal/quotes", reader)
        expect(list.data.quotes.map((q: { id: string }) => q.id)).toEqual([grenobleQuote])
        expect(list.data.count).toBe(1)
        expect((await api.get(`/store/portal/quotes/${grenobleQuote}`, reader)).status).toBe(200)
        // quoteId has no site: an account-wide quote is not a site-limited reader's.
        for (const hidden of [lyonQuote, quoteId]) {
          const calls = [
            () => api.get(`/store/portal/quotes/${hidden}`, reader),
            () => api.get(`/store/portal/quotes/${hidden}/pdf`, reader),
            () => api.get(`/store/portal/quotes/${hidden}/messages`, reader),
            () => api.post(`/store/portal/quotes/${hidden}/messages`, { body: "Hello?" }, reader),
            () => api.post(`/store/portal/quotes/${hidden}/accept`, { selected_optional_line_ids: [] }, reader),
            () => api.post(`/store/portal/quotes/${hidden}/reject`, { reason: "No" }, reader),
          ]
          for (const call of calls) expect((await call().catch(failure)).status).toBe(404)
        }
      }
      const { data } = await api.get(`/admin/portal/quotes/${lyonQuote}`, staff())
      expect(data.quote).toMatchObject({ status: "sent", viewed_at: null })
      expect((await api.get("/store/portal/quotes", claire())).data.count).toBe(3)
    })

    it("lets staff find quotes by text, status and account", async () => {
      const found = await api.get("/admin/portal/quotes?q=replacement&status=sent", staff())
      expect(found.data.quotes.map((q: { id: string }) => q.id)).toEqual([quoteId])
      expect(found.data.quotes[0].account).toMatchObject({ id: world.acme.account_id, name: "Acme Industrie" })
      const none = await api.get("/admin/portal/quotes?q=excavator", staff())
      expect(none.data.count).toBe(0)
      const rossi = await api.get(`/admin/portal/quotes?account_id=${world.rossi.account_id}`, staff())
      expect(rossi.data.count).toBe(0)
    })

    it("hides a draft from the client until it is sent", async () => {
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world, { title: "Still a draft" }), staff())
      const response = await api.get(`/store/portal/quotes/${data.quote.id}`, claire()).catch(failure)
      expect(response.status).toBe(404)
      const pdf = await api.get(`/store/portal/quotes/${data.quote.id}/pdf`, claire()).catch(failure)
      expect(pdf.status).toBe(404)
    })

    it("lets a viewer read but not accept, reject or write; a read-only secure link may only look", async () => {
      const read = await api.get(`/store/portal/quotes/${quoteId}`, paul())
      expect(read.data.quote.can_accept).toBe(false)
      const accept = await api.post(`/store/portal/quotes/${quoteId}/accept`, { selected_optional_line_ids: [] }, paul()).catch(failure)
      expect(accept.status).toBe(403)
      const message = await api.post(`/store/portal/quotes/${quoteId}/messages`, { body: "Question" }, paul()).catch(failure)
      expect(message.status).toBe(403)

      const { token, hash } = generateSecureToken()
      await getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).createSecureLinks({
        account_id: world.acme.account_id,
        token_hash: hash,
        scope: "account",
        allow_actions: false,
        expires_at: new Date(Date.now() + DAY),
      })
      const { data: session } = await api.post("/store/portal/links/exchange", { token }, { headers: { "x-publishable-api-key": world.key } })
      const link = { headers: { "x-publishable-api-key": world.key, authorization: `Bearer ${session.token}` } }
      expect((await api.get(`/store/portal/quotes/${quoteId}`, link)).data.quote.can_accept).toBe(false)
      const linkAccept = await api.post(`/store/portal/quotes/${quoteId}/accept`, {}, link).catch(failure)
      expect(linkAccept.status).toBe(403)
      const linkReject = await api.post(`/store/portal/quotes/${quoteId}/reject`, { reason: "No" }, link).catch(failure)
      expect(linkReject.status).toBe(403)
    })

    it("answers 400 naming the field for bad input", async () => {
      const cases: [string, () => Promise<unknown>, string][] = [
        ["quantity", () => api.post("/admin/portal/quotes", quoteBody(world, { lines: [{ variant_id: world.pump_id, quantity: 0 }] }), staff()), "quantity"],
        ["unit_price", () => api.post("/admin/portal/quotes", quoteBody(world, { lines: [{ title: "Labour", quantity: 1 }] }), staff()), "unit_price"],
        ["discount", () => api.post("/admin/portal/quotes", quoteBody(world, { lines: [{ variant_id: world.pump_id, quantity: 1, discount_percent: 120 }] }), staff()), "discount_percent"],
        ["valid_until", () => api.post("/admin/portal/quotes", quoteBody(world, { valid_until: "soon" }), staff()), "valid_until"],
        ["account_id", () => api.post("/admin/portal/quotes", quoteBody(world, { account_id: "cacc_missing" }), staff()), "account_id"],
        ["variant", () => api.post("/admin/portal/quotes", quoteBody(world, { lines: [{ variant_id: "variant_missing", quantity: 1 }] }), staff()), "lines.0.variant_id"],
        ["currency", () => api.post("/admin/portal/quotes", quoteBody(world, { currency_code: "usd" }), staff()), "currency_code"],
        ["selection", () => api.post(`/store/portal/quotes/${quoteId}/accept`, { selected_optional_line_ids: "all" }, claire()), "selected_optional_line_ids"],
        ["foreign line", () => api.post(`/store/portal/quotes/${quoteId}/accept`, { selected_optional_line_ids: ["quoline_other"] }, claire()), "selected_optional_line_ids"],
        ["message", () => api.post(`/store/portal/quotes/${quoteId}/messages`, { body: "" }, claire()), "body"],
        ["status", () => api.get("/store/portal/quotes?status=open", claire()), "status"],
        ["pdf version", () => api.get(`/store/portal/quotes/${quoteId}/pdf?version=two`, claire()), "version"],
        ["past validity", () => api.post(`/admin/portal/quotes`, quoteBody(world, { valid_until: new Date(Date.now() - DAY).toISOString() }), staff()).then((r: { data: { quote: { id: string } } }) => api.post(`/admin/portal/quotes/${r.data.quote.id}/send`, {}, staff())), "valid_until"],
      ]
      for (const [name, call, field] of cases) {
        const response = await call().then(() => ({ status: 200, data: { message: "" } })).catch(failure)
        expect({ name, status: response.status }).toEqual({ name, status: 400 })
        expect(response.data.message).toContain(field)
      }
      const sentEdit = await api.post(`/admin/portal/quotes/${quoteId}`, { title: "New title" }, staff()).catch(failure)
      expect(sentEdit.status).toBe(400)
      expect(sentEdit.data.message).toContain("status")
    })

    it("carries messages both ways on the quote's thread", async () => {
      const asked = await api.post(`/store/portal/quotes/${quoteId}/messages`, { body: "Can you deliver in March?" }, claire())
      expect(asked.status).toBe(201)
      expect(asked.data.message).toMatchObject({ author_type: "client", author_name: "Claire Martin (Acme Industrie)" })
      await api.post(`/admin/portal/quotes/${quoteId}/messages`, { body: "Yes, week 11." }, staff())
      const client = await api.get(`/store/portal/quotes/${quoteId}/messages`, claire())
      expect(client.data).toMatchObject({ count: 2, offset: 0, limit: 50 })
      expect(client.data.messages.map((m: { author_type: string; body: string }) => [m.author_type, m.body])).toEqual([
        ["client", "Can you deliver in March?"],
        ["staff", "Yes, week 11."],
      ])
      const admin = await api.get(`/admin/portal/quotes/${quoteId}/messages`, staff())
      expect(admin.data.count).toBe(2)
      expect((await api.get(`/admin/portal/quotes/${quoteId}`, staff())).data.quote.messages).toBe(2)
    })

    it("answers the PDF of a version to the client and to staff", async () => {
      const client = await api.get(`/store/portal/quotes/${quoteId}/pdf`, { ...claire(), responseType: "arraybuffer" })
      expect(client.headers["content-type"]).toBe("application/pdf")
      expect(client.headers["content-disposition"]).toMatch(/attachment; filename="Q-\d+-v1\.pdf"/)
      expect(Buffer.from(client.data).subarray(0, 5).toString()).toBe("%PDF-")
      const admin = await api.get(`/admin/portal/quotes/${quoteId}/pdf?version=1`, { ...staff(), responseType: "arraybuffer" })
      expect(admin.headers["content-type"]).toBe("application/pdf")
      const missing = await api.get(`/admin/portal/quotes/${quoteId}/pdf?version=7`, staff()).catch(failure)
      expect(missing.status).toBe(404)
    })
  },
})
