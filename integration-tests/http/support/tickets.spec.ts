import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { SUPPORT_MODULE } from "../../../src/modules/support"
import type SupportModuleService from "../../../src/modules/support/service"
import { useSmtpServer } from "../../helpers/smtp"
import { failure, pdf, supportWorld } from "./fixtures"

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

    it("routes a new ticket by its category's rules and dues it by the SLA of its priority", async () => {
      const support = getContainer().resolve<SupportModuleService>(SUPPORT_MODULE)
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [site] = await accounts.listSites({ account_id: world.acme.id }, { order: { created_at: "ASC" } })
      const { data: created } = await api.post(
        "/admin/portal/ticket-categories",
        { name: "Routing test", default_assignee_id: "user_default", routing_rules: [{ assignee_id: "user_site", site_id: site.id }, { assignee_id: "user_site_urgent", site_id: site.id, priority: "urgent" }, { assignee_id: "user_urgent", priority: "urgent" }] },
        staff()
      )
      await api.post("/admin/portal/settings", { support: { sla_hours: { urgent: 2, low: 100 } } }, staff()).catch(failure)
      const open = async (priority: string, site_id: string | null) => {
        const before = Date.now()
        const { data } = await api.post("/store/portal/tickets", { category_id: created.ticket_category.id, subject: "Routing", description: "Who gets it?", priority, site_id }, h(world.claire))
        const ticket = await support.retrieveTicket(data.ticket.id)
        return { assignee: ticket.assignee_id, hours: (new Date(ticket.sla_due_at!).getTime() - before) / 3_600_000 }
      }
      const settings = (await accounts.resolvePortalSettings()).support
      expect(await open("urgent", site.id)).toMatchObject({ assignee: "user_site_urgent" })
      expect(await open("normal", site.id)).toMatchObject({ assignee: "user_site" })
      expect(await open("urgent", null)).toMatchObject({ assignee: "user_urgent" })
      const plain = await open("normal", null)
      expect(plain.assignee).toBe("user_default")
      expect(plain.hours).toBeCloseTo(settings.sla_hours.normal, 1)
      const low = await open("low", null)
      expect(low.hours).toBeCloseTo(settings.sla_hours.low, 1)
    })

    it("lists a member's tickets with filters, paging and unread counts; another account's ticket answers 404 everywhere", async () => {
      const { data } = await api.get("/store/portal/tickets?limit=2&status=open,in_progress,waiting_for_client,resolved,closed", h(world.claire))
      expect(data.tickets).toHaveLength(2)
      expect(data.count).toBeGreaterThanOrEqual(5)
      const { data: rossi } = await api.get("/store/portal/tickets", h(world.marco))
      const theirs = rossi.tickets[0].id
      for (const call of [
        () => api.get(`/store/portal/tickets/${theirs}`, h(world.claire)),
        () => api.post(`/store/portal/tickets/${theirs}/messages`, { body: "Hi" }, h(world.claire)),
        () => api.post(`/store/portal/tickets/${theirs}/close`, {}, h(world.claire)),
        () => api.post(`/store/portal/tickets/${theirs}/reopen`, {}, h(world.claire)),
      ]) {
        expect((await call().catch(failure)).status).toBe(404)
      }
      const { data: closed } = await api.get("/store/portal/tickets?status=closed", h(world.claire))
      expect(closed.tickets.every((t: { status: string }) => t.status === "closed")).toBe(true)
      const bad = await api.get("/store/portal/tickets?status=nope", h(world.claire)).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("status")
    })

    it("keeps attachments private, within their limits: another account's file is 404, a wrong type or too large a file a clear 400", async () => {
      const { data: list } = await api.get("/store/portal/tickets?status=open", h(world.claire))
      const withFile = await Promise.all(list.tickets.map((t: { id: string }) => api.get(`/store/portal/tickets/${t.id}`, h(world.claire))))
      const ticket = withFile.map((r) => r.data.ticket).find((t) => t.attachments.length)!
      const file = ticket.attachments[0]
      const got = await api.get(file.url, h(world.claire))
      expect(got.status).toBe(200)
      expect(got.headers["content-type"]).toContain("application/pdf")
      expect((await api.get(file.url, h(world.marco)).catch(failure)).status).toBe(404)
      const { data: rossi } = await api.get("/store/portal/tickets", h(world.marco))
      expect((await api.get(`/store/portal/tickets/${rossi.tickets[0].id}/attachments/${file.id}`, h(world.marco)).catch(failure)).status).toBe(404)

      const { data: categories } = await api.get("/store/portal/ticket-categories", h(world.claire))
      const base = { category_id: categories.ticket_categories[0].id, subject: "Files", description: "See attached" }
      const html = await api.post("/store/portal/tickets", { ...base, attachments: [{ filename: "x.html", mime_type: "text/html", content: Buffer.from("<b>").toString("base64") }] }, h(world.claire)).catch(failure)
      expect(html.status).toBe(400)
      expect(html.data.message).toContain("attachments.0.mime_type")
      await api.post("/admin/portal/settings", { support: { attachment_max_bytes: 1024 } }, staff())
      const big = await api.post("/store/portal/tickets", { ...base, attachments: [{ filename: "big.pdf", mime_type: "application/pdf", content: pdf(5000) }] }, h(world.claire)).catch(failure)
      expect(big.status).toBe(400)
      expect(big.data.message).toMatch(/attachments\.0\.content: big\.pdf is .* MB; the largest file accepted is/)
      await api.post("/admin/portal/settings", { support: { attachment_max_bytes: 10_485_760 } }, staff())
    })

    it("records receipts per recipient: delivered when shown, read when opened; the sender sees both; internal notes never reach clients", async () => {
      const { data: sent } = await api.post(
        `/admin/portal/accounts/${world.acme.id}/announcements`,
        { subject: "Receipts", body: "Hello both", attachments: [{ filename: "note.pdf", mime_type: "application/pdf", content: pdf() }] },
        staff()
      )
      const threadId = sent.thread.id
      type Receipt = { member_id: string; delivered_at: string | null; delivered_via: string | null; read_at: string | null }
      const receipts = (): Promise<Receipt[]> => api.get(`/admin/portal/threads/${threadId}`, staff()).then((r: { data: { thread: { messages: { receipts: Receipt[] }[] } } }) => r.data.thread.messages[0].receipts)
      const of = (all: Receipt[], member: string) => all.find((r) => r.member_id === member)!
      let all = await receipts()
      expect(all.map((r: Receipt) => r.member_id).sort()).toEqual([world.claire.member.id, world.paul.member.id].sort())
      expect(all.every((r: Receipt) => !r.delivered_at && !r.read_at)).toBe(true)

      const inbox = await api.get("/store/portal/messages", h(world.claire))
      const row = inbox.data.messages.find((m: { id: string }) => m.id === threadId)
      expect(row.unread_count).toBe(1)
      expect(inbox.data.unread_count).toBeGreaterThanOrEqual(1)
      all = await receipts()
      expect(of(all, world.claire.member.id).delivered_at).toBeTruthy()
      expect(of(all, world.claire.member.id).read_at).toBeNull()
      // Paul has not opened the portal: his receipt is delivered only once the e-mail announcing it is accepted.
      expect(of(all, world.paul.member.id).delivered_via).not.toBe("portal")
      expect(of(all, world.paul.member.id).read_at).toBeNull()

      // Reading the conversation is not opening it.
      const { data: shown } = await api.get(`/store/portal/messages/${threadId}`, h(world.claire))
      expect(shown.message.unread_count).toBe(1)
      expect(of(await receipts(), world.claire.member.id).read_at).toBeNull()

      await api.post(`/store/portal/messages/${threadId}/read`, {}, h(world.claire))
      all = await receipts()
      expect(of(all, world.claire.member.id).read_at).toBeTruthy()
      expect(of(all, world.paul.member.id).read_at).toBeNull()
      const after = await api.get("/store/portal/messages", h(world.claire))
      expect(after.data.unread_count).toBe(inbox.data.unread_count - 1)
      // The inbox shown again leaves the first delivery as it was; a page past the end still answers the
      // total and the unread count, and a kind without unread threads the unread count of every kind.
      expect(of(await receipts(), world.claire.member.id).delivered_at).toBe(of(all, world.claire.member.id).delivered_at)
      const past = await api.get(`/store/portal/messages?offset=${after.data.count}`, h(world.claire))
      expect(past.data).toMatchObject({ messages: [], count: after.data.count, unread_count: after.data.unread_count })
      const announcements = await api.get("/store/portal/messages?kind=announcement&unread=true", h(world.claire))
      expect(announcements.data.messages.every((m: { kind: string; unread_count: number }) => m.kind === "announcement" && m.unread_count > 0)).toBe(true)
      expect(announcements.data.unread_count).toBe(after.data.unread_count)

      expect((await api.get(`/store/portal/messages/${threadId}`, h(world.marco)).catch(failure)).status).toBe(404)

      // An internal note on a ticket is staff's alone.
      const { data: mine } = await api.get("/store/portal/tickets", h(world.claire))
      const ticketId = mine.tickets[0].id
      await api.post(`/admin/portal/tickets/${ticketId}/messages`, { body: "secret-note", internal: true }, staff())
      const { data: detail } = await api.get(`/store/portal/tickets/${ticketId}`, h(world.claire))
      expect(JSON.stringify(detail)).not.toContain("secret-note")
      const { data: staffView } = await api.get(`/admin/portal/tickets/${ticketId}`, staff())
      expect(JSON.stringify(staffView)).toContain("secret-note")
    })

    it("runs the ticket round trip: staff answer and wait, the client answers, closes, and reopens within the window only", async () => {
      const { data: categories } = await api.get("/store/portal/ticket-categories", h(world.claire))
      const { data: opened } = await api.post("/store/portal/tickets", { category_id: categories.ticket_categories[0].id, subject: "Round trip", description: "Help" }, h(world.claire))
      const id = opened.ticket.id
      const reply = await api.post(`/admin/portal/tickets/${id}/messages`, { body: "Which model?", status: "waiting_for_client" }, staff())
      expect(reply.data.message.receipts.length).toBeGreaterThan(0)
      const claireReadAt = async () =>
        (await api.get(`/admin/portal/tickets/${id}`, staff())).data.ticket.messages[1].receipts.find((r: { member_id: string }) => r.member_id === world.claire.member.id).read_at
      const listed = async () => (await api.get("/store/portal/tickets", h(world.claire))).data.tickets.find((t: { id: string }) => t.id === id).unread_count
      // Reading the ticket (a prefetch, a preview) is not opening it: nothing is marked read.
      const { data: seen } = await api.get(`/store/portal/tickets/${id}`, h(world.claire))
      expect(seen.ticket.status).toBe("waiting_for_client")
      expect(seen.ticket.messages.map((m: { body: string }) => m.body)).toEqual(["Help", "Which model?"])
      expect(seen.ticket.unread_count).toBe(1)
      await api.get(`/store/portal/tickets/${id}`, h(world.claire))
      expect(await listed()).toBe(1)
      expect(await claireReadAt()).toBeNull()
      // Staff viewing as Claire may not mark it read for her.
      const impersonation = await api.post(`/admin/portal/accounts/${world.acme.id}/members/${world.claire.member.id}/impersonate`, {}, staff())
      const code = new URL(impersonation.data.impersonation.url).searchParams.get("code")
      const { data: exchanged } = await api.post("/store/portal/view-as/exchange", { code }, { headers: world.store })
      const viewAs = { headers: { ...world.store, authorization: `Bearer ${exchanged.token}` } }
      expect((await api.post(`/store/portal/tickets/${id}/read`, {}, viewAs).catch(failure)).status).toBe(403)
      expect(await claireReadAt()).toBeNull()
      // Claire opens it: read once, and opening it again changes nothing.
      const { data: marked } = await api.post(`/store/portal/tickets/${id}/read`, {}, h(world.claire))
      expect(marked.ticket.unread_count).toBe(0)
      const firstRead = await claireReadAt()
      expect(firstRead).toBeTruthy()
      expect(await listed()).toBe(0)
      await api.post(`/store/portal/tickets/${id}/read`, {}, h(world.claire))
      expect(await claireReadAt()).toBe(firstRead)

      await api.post(`/store/portal/tickets/${id}/messages`, { body: "CX-35" }, h(world.claire))
      expect((await api.get(`/admin/portal/tickets/${id}`, staff())).data.ticket.status).toBe("in_progress")
      const viewer = await api.post(`/store/portal/tickets/${id}/close`, {}, h(world.claire))
      expect(viewer.data.ticket.status).toBe("closed")
      expect(viewer.data.ticket.can_reopen).toBe(true)
      const closedReply = await api.post(`/store/portal/tickets/${id}/messages`, { body: "again" }, h(world.claire)).catch(failure)
      expect(closedReply.status).toBe(400)
      const reopened = await api.post(`/store/portal/tickets/${id}/reopen`, { reason: "Still broken" }, h(world.claire))
      expect(reopened.data.ticket.status).toBe("open")

      await api.post(`/store/portal/tickets/${id}/close`, {}, h(world.claire))
      await getContainer().resolve<SupportModuleService>(SUPPORT_MODULE).updateTickets({ id, closed_at: new Date(Date.now() - 30 * 86_400_000) })
      const late = await api.post(`/store/portal/tickets/${id}/reopen`, {}, h(world.claire)).catch(failure)
      expect(late.status).toBe(400)
      expect(late.data.message).toContain("could be reopened until")
    })

    it("names ticket categories in the reader's language: the list to open in, a ticket's list row and its page; staff edit the names", async () => {
      // Claire's own language is French: the page's language (the portal sends it) decides first.
      const fr = { headers: { ...world.claire.headers, "x-medusa-locale": "fr-FR" } }
      const english = { headers: { ...world.claire.headers, "x-medusa-locale": "en" } }
      const { data: en } = await api.get("/store/portal/ticket-categories", english)
      const { data: french } = await api.get("/store/portal/ticket-categories", fr)
      const breakdown = en.ticket_categories.find((c: { name: string }) => c.name === "Breakdown")
      expect(french.ticket_categories.find((c: { id: string }) => c.id === breakdown.id)).toMatchObject({ name: "Panne", description: "Une machine est arrêtée ou fonctionne mal" })
      expect(french.ticket_categories.map((c: { name: string }) => c.name)).toContain("Accès au portail")

      const { data: opened } = await api.post("/store/portal/tickets", { category_id: breakdown.id, subject: "En français", description: "Aide" }, h(world.claire))
      const { data: list } = await api.get("/store/portal/tickets", fr)
      expect(list.tickets.find((t: { id: string }) => t.id === opened.ticket.id).category.name).toBe("Panne")
      expect((await api.get(`/store/portal/tickets/${opened.ticket.id}`, fr)).data.ticket.category.name).toBe("Panne")
      expect((await api.get(`/store/portal/tickets/${opened.ticket.id}`, english)).data.ticket.category.name).toBe("Breakdown")
      // Without the page's language, her saved one.
      expect((await api.get(`/store/portal/tickets/${opened.ticket.id}`, h(world.claire))).data.ticket.category.name).toBe("Panne")

      // Staff change the French name; a language left empty reads the default.
      const { data: saved } = await api.post(`/admin/portal/ticket-categories/${breakdown.id}`, { translations: { fr: { name: "Machine en panne" }, it: { name: " " } } }, staff())
      expect(saved.ticket_category.translations.fr).toEqual({ name: "Machine en panne" })
      expect((await api.get("/admin/portal/ticket-categories", staff())).data.ticket_categories.find((c: { id: string }) => c.id === breakdown.id).name).toBe("Breakdown")
      expect((await api.get(`/store/portal/tickets/${opened.ticket.id}`, fr)).data.ticket.category).toMatchObject({ name: "Machine en panne", description: breakdown.description })
      const it = { headers: { ...world.claire.headers, "x-medusa-locale": "it" } }
      expect((await api.get(`/store/portal/tickets/${opened.ticket.id}`, it)).data.ticket.category.name).toBe("Breakdown")
      const bad = await api.post(`/admin/portal/ticket-categories/${breakdown.id}`, { translations: { de: { name: "Panne" } } }, staff()).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("de")
    })

    it("gives staff an inbox: mine, unassigned, all, overdue; reassigns and reprioritizes", async () => {
      const mine = await api.get("/admin/portal/tickets?view=mine", staff())
      expect(mine.data.tickets.every((t: { assignee_id: string }) => t.assignee_id === world.staff.id)).toBe(true)
      const all = await api.get("/admin/portal/tickets?view=all&limit=100", staff())
      expect(all.data.count).toBeGreaterThan(mine.data.count - 1)
      const target = all.data.tickets.find((t: { status: string }) => t.status === "open")
      const { data } = await api.post(`/admin/portal/tickets/${target.id}`, { assignee_id: null, priority: "urgent" }, staff())
      expect(data.ticket).toMatchObject({ assignee_id: null, priority: "urgent" })
      const unassigned = await api.get("/admin/portal/tickets?view=unassigned", staff())
      expect(unassigned.data.tickets.map((t: { id: string }) => t.id)).toContain(target.id)
      await getContainer().resolve<SupportModuleService>(SUPPORT_MODULE).updateTickets({ id: target.id, sla_due_at: new Date(Date.now() - 3_600_000) })
      const overdue = await api.get("/admin/portal/tickets?overdue=true", staff())
      expect(overdue.data.tickets.find((t: { id: string }) => t.id === target.id).overdue).toBe(true)
    })

    it("lets viewers and read-only sessions read but not open, answer or close", async () => {
      const accounts = getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      await accounts.updateAccountMembers({ id: world.paul.member.id, role: "viewer" })
      const { data: categories } = await api.get("/store/portal/ticket-categories", h(world.paul))
      const refused = await api.post("/store/portal/tickets", { category_id: categories.ticket_categories[0].id, subject: "x", description: "y" }, h(world.paul)).catch(failure)
      expect(refused.status).toBe(403)
      const { data } = await api.get("/store/portal/tickets", h(world.paul))
      expect(data.tickets.length).toBeGreaterThan(0)
      await accounts.updateAccountMembers({ id: world.paul.member.id, role: "requester" })
    })
  },
})
