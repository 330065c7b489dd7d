import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { sendNotificationDigests } from "../../../src/lib/notifications/digest"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { SUPPORT_MODULE } from "../../../src/modules/support"
import type SupportModuleService from "../../../src/modules/support/service"
import { useSmtpServer } from "../../helpers/smtp"
import { failure, pdf, supportWorld } from "./fixtures"

jest.setTimeout(900_000)
const smtp = useSmtpServer()

/** Polls until `check` holds (subscribers run after the request that emitted their event has answered). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (check(value)) return value
    if (Date.now() - started > timeoutMs) throw new Error(`Condition not met within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 400)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: Awaited<ReturnType<typeof supportWorld>>
    const h = (who: { headers: Record<string, string> }) => ({ headers: who.headers })
    const staff = () => ({ headers: world.admin })
    const support = () => getContainer().resolve<SupportModuleService>(SUPPORT_MODULE)
    const mailsTo = (email: string, text: string) => smtp.mails.filter((m) => m.to.includes(email) && m.subject.includes(text))
    const announce = async (subject: string) => {
      const { data } = await api.post(
        `/admin/portal/accounts/${world.acme.id}/announcements`,
        { subject, body: `Body of ${subject}`, member_ids: [world.claire.member.id, world.paul.member.id] },
        staff()
      )
      return data.thread as { id: string; messages: { id: string }[] }
    }
    const notificationsOf = (memberId: string, subject: string) =>
      support().listClientNotifications({ member_id: memberId }, { take: 1000 }).then((rows) => rows.filter((r) => r.title.includes(subject)))

    beforeAll(async () => {
      world = await supportWorld(getContainer(), api as never)
    })

    it("lists every client event with the member's channel, and refuses an unknown event or channel naming the field", async () => {
      const { data } = await api.get("/store/portal/notification-preferences?locale=fr", h(world.paul))
      const message = data.notification_preferences.find((p: { event: string }) => p.event === "support.message.received")
      expect(message).toMatchObject({ domain: "support", channel: "email", default_channel: "email", label: "Un message de l'entreprise" })
      expect(data.notification_preferences.map((p: { event: string }) => p.event)).toEqual(expect.arrayContaining(["quote.sent", "invoice.issued", "invoice.reminder", "support.ticket.answered", "support.change_request.decided"]))

      const unknownEvent = await api.put("/store/portal/notification-preferences", { preferences: [{ event: "quote.exploded", channel: "email" }] }, h(world.paul)).catch(failure)
      expect(unknownEvent.status).toBe(400)
      expect(unknownEvent.data.message).toMatch(/event/)
      const unknownChannel = await api.put("/store/portal/notification-preferences", { preferences: [{ event: "quote.sent", channel: "pigeon" }] }, h(world.paul)).catch(failure)
      expect(unknownChannel.status).toBe(400)
      expect(unknownChannel.data.message).toMatch(/channel/)
      const badQuery = await api.get("/store/portal/notification-preferences?channel=email", h(world.paul)).catch(failure)
      expect(badQuery.status).toBe(400)
      expect(badQuery.data.message).toMatch(/channel/)
    })

    it("honours each member's channel: portal only sends no mail, e-mail sends one (and the message counts as delivered), digest waits for the job", async () => {
      await api.put("/store/portal/notification-preferences", { preferences: [{ event: "support.message.received", channel: "portal" }] }, h(world.claire))
      await api.put("/store/portal/notification-preferences", { preferences: [{ event: "support.message.received", channel: "email" }] }, h(world.paul))
      const first = await announce("Channel check one")
      await eventually(() => notificationsOf(world.claire.member.id, "Channel check one"), (rows) => rows.length === 1)
      await eventually(async () => mailsTo("paul@acme.example", "Channel check one"), (mails) => mails.length === 1)
      // The receipt is marked once the SMTP server has accepted the mail, so just after the server holds it.
      const [receipt] = await eventually(
        () => support().listMessageReceipts({ message_id: first.messages[0].id, member_id: world.paul.member.id }),
        (rows) => rows[0]?.delivered_at != null
      )
      expect(receipt).toMatchObject({ delivered_via: "email", read_at: null })
      // Portal only: in the centre, never mailed, and the receipt still waits for the portal.
      expect(mailsTo("claire@acme.example", "Channel check one")).toHaveLength(0)
      const [claireReceipt] = await support().listMessageReceipts({ message_id: first.messages[0].id, member_id: world.claire.member.id })
      expect(claireReceipt.delivered_at).toBeNull()

      // Digest: nothing at once, then one grouped mail from the job, once however often it runs.
      await api.put("/store/portal/notification-preferences", { preferences: [{ event: "support.message.received", channel: "digest" }] }, h(world.claire))
      await announce("Digest item A")
      await announce("Digest item B")
      await eventually(() => notificationsOf(world.claire.member.id, "Digest item"), (rows) => rows.length === 2 && rows.every((r) => r.digest_pending))
      expect(smtp.mails.filter((m) => m.to.includes("claire@acme.example") && /Digest item/.test(m.raw))).toHaveLength(0)
      const run = await sendNotificationDigests(getContainer())
      expect(run.mailed).toBeGreaterThanOrEqual(1)
      const digests = smtp.mails.filter((m) => m.to.includes("claire@acme.example") && m.raw.includes("Digest item A"))
      expect(digests).toHaveLength(1)
      expect(digests[0].raw).toContain("Digest item B")
      expect((await notificationsOf(world.claire.member.id, "Digest item")).every((r) => !r.digest_pending && r.emailed_at)).toBe(true)
      const again = await sendNotificationDigests(getContainer())
      expect(again.mailed).toBe(0)
      expect(smtp.mails.filter((m) => m.to.includes("claire@acme.example") && m.raw.includes("Digest item A"))).toHaveLength(1)
    })

    it("counts unread notifications, marks one or all read, and answers 404 for another member's notification", async () => {
      const { data: before } = await api.get("/store/portal/notifications?limit=1", h(world.claire))
      expect(before.unread_count).toBeGreaterThan(0)
      const { data: unread } = await api.get("/store/portal/notifications?unread=true&limit=100", h(world.claire))
      expect(unread.count).toBe(before.unread_count)
      const target = unread.notifications[0]
      expect(target).toMatchObject({ read_at: null })

      for (const who of [world.paul, world.marco]) {
        const answer = await api.post(`/store/portal/notifications/${target.id}/read`, {}, h(who)).catch(failure)
        expect(answer.status).toBe(404)
      }
      const impersonation = await api.post(`/admin/portal/accounts/${world.acme.id}/members/${world.claire.member.id}/impersonate`, {}, staff())
      const { data: exchanged } = await api.post("/store/portal/view-as/exchange", { code: new URL(impersonation.data.impersonation.url).searchParams.get("code") }, { headers: world.store })
      const viewAs = { ...world.store, authorization: `Bearer ${exchanged.token}` }
      expect((await api.post(`/store/portal/notifications/${target.id}/read`, {}, { headers: viewAs }).catch(failure)).status).toBe(403)
      expect((await api.post("/store/portal/notifications/read", {}, { headers: viewAs }).catch(failure)).status).toBe(403)
      expect((await api.put("/store/portal/notification-preferences", { preferences: [{ event: "quote.sent", channel: "portal" }] }, { headers: viewAs }).catch(failure)).status).toBe(403)
      const { data: seen } = await api.get("/store/portal/notifications?limit=1", { headers: viewAs })
      expect(seen.unread_count).toBe(before.unread_count)

      const { data: one } = await api.post(`/store/portal/notifications/${target.id}/read`, {}, h(world.claire))
      expect(one.notification.read_at).not.toBeNull()
      expect(one.unread_count).toBe(before.unread_count - 1)
      const { data: all } = await api.post("/store/portal/notifications/read", {}, h(world.claire))
      expect(all.unread_count).toBe(0)
      const { data: after } = await api.get("/store/portal/notifications?unread=false&limit=2", h(world.claire))
      expect(after.notifications.every((n: { read_at: string | null }) => n.read_at)).toBe(true)
      // Paul's centre is his own: Claire marking all read left his unread ones.
      const { data: paul } = await api.get("/store/portal/notifications?limit=1", h(world.paul))
      expect(paul.unread_count).toBeGreaterThan(0)
    })

    it("tells the members of a ticket's answer in their language, once, with the generic mail", async () => {
      const { data: categories } = await api.get("/store/portal/ticket-categories", h(world.claire))
      const { data: opened } = await api.post("/store/portal/tickets", { category_id: categories.ticket_categories[0].id, subject: "Answer me", description: "Please" }, h(world.claire))
      await api.post(`/admin/portal/tickets/${opened.ticket.id}/messages`, { body: "Here is the answer" }, staff())
      const answered = await eventually(
        () => support().listClientNotifications({ member_id: world.claire.member.id, event: "support.ticket.answered", link: `/support/${opened.ticket.id}` }),
        (rows) => rows.length > 0
      )
      expect(answered).toHaveLength(1)
      expect(answered[0].title).toBe(`Réponse au ticket ${opened.ticket.number}`)
      const [mail] = await eventually(async () => mailsTo("claire@acme.example", opened.ticket.number), (mails) => mails.length === 1)
      expect(mail.raw).toContain("Here is the answer")
    })

    describe("events of other domains", () => {
      const HOUR = 3_600_000
      const ALL_WEEK = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "00:00", end: "24:00" }]]))
      const stamp = Date.now()
      /** A site of Acme's that Claire covers and Paul (limited to another site) does not. */
      let claireSite: { id: string; latitude: number | null; longitude: number | null }
      const centreOf = async (who: { headers: Record<string, string> }) =>
        (await api.get("/store/portal/notifications?limit=100", h(who))).data.notifications as { event: string; title: string; link: string | null; read_at: string | null }[]

      beforeAll(async () => {
        const sites = await getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ account_id: world.acme.id })
        const paulSites = (world.paul.member.site_ids as string[] | null) ?? []
        claireSite = sites.find((s) => !paulSites.includes(s.id)) as typeof claireSite
      })

      it("tells of a scheduled intervention in the member's centre and by e-mail in their language; with the portal chosen, in the centre only", async () => {
        const { data: type } = await api.post("/admin/portal/intervention-types", { name: `Service ${stamp}`, default_duration_minutes: 60, bookable: true }, staff())
        const { data: tech } = await api.post(
          "/admin/portal/technicians",
          { name: "Luc Bernard", home_latitude: claireSite.latitude ?? 45.75, home_longitude: claireSite.longitude ?? 4.83, time_zone: "Europe/Paris", working_hours: ALL_WEEK },
          staff()
        )
        const schedule = async (hoursAhead: number) => {
          const { data } = await api.post("/store/portal/interventions", { site_id: claireSite.id, type_id: type.intervention_type.id, description: "Yearly service" }, h(world.claire))
          const start = new Date(Math.ceil((Date.now() + hoursAhead * HOUR) / HOUR) * HOUR)
          await api.post(`/admin/portal/interventions/${data.intervention.id}/schedule`, { technician_id: tech.technician.id, starts_at: start.toISOString() }, staff())
          return data.intervention as { id: string; number: string }
        }

        const visit = await schedule(50)
        const title = `L'intervention ${visit.number} est planifiée`
        const [mail] = await eventually(async () => mailsTo("claire@acme.example", title), (mails) => mails.length === 1)
        expect(mail.raw).toContain(`${visit.number}.ics`)
        const rows = await eventually(
          () => support().listClientNotifications({ member_id: world.claire.member.id, event: "interventions.intervention.scheduled", link: `/interventions/${visit.id}` }),
          (found) => found.length === 1 && !!found[0].emailed_at
        )
        expect(rows[0].title).toBe(title)
        expect(await centreOf(world.claire)).toEqual(expect.arrayContaining([expect.objectContaining({ event: "interventions.intervention.scheduled", title, link: `/interventions/${visit.id}`, read_at: null })]))

        await api.put("/store/portal/notification-preferences", { preferences: [{ event: "interventions.intervention.scheduled", channel: "portal" }] }, h(world.claire))
        const quiet = await schedule(56)
        await eventually(
          () => support().listClientNotifications({ member_id: world.claire.member.id, event: "interventions.intervention.scheduled", link: `/interventions/${quiet.id}` }),
          (found) => found.length === 1
        )
        await new Promise((r) => setTimeout(r, 1000))
        expect(mailsTo("claire@acme.example", quiet.number)).toHaveLength(0)
        await api.put("/store/portal/notification-preferences", { preferences: [{ event: "interventions.intervention.scheduled", channel: "email" }] }, h(world.claire))
      })

      it("tells of a confirmed rental in the centre and by e-mail", async () => {
        const day = (offset: number) => {
          const now = new Date()
          return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, 8)).toISOString()
        }
        const { data: models } = await api.get("/admin/portal/rentals/models", staff())
        const generator = models.models.find((m: { title: string }) => m.title === "Generator 60 kVA")
        const { data } = await api.post("/store/portal/rentals", { starts_at: day(120), ends_at: day(122), site_id: claireSite.id, lines: [{ model_id: generator.id, quantity: 1 }] }, h(world.claire))
        await api.post(`/admin/portal/rentals/${data.rental.id}/confirm`, {}, staff())
        const title = `Location ${data.rental.number} confirmée`
        await eventually(async () => mailsTo("claire@acme.example", title), (mails) => mails.length === 1)
        expect(await centreOf(world.claire)).toEqual(expect.arrayContaining([expect.objectContaining({ event: "rentals.rental.confirmed", title, link: `/rentals/${data.rental.id}` })]))
      })

      it("tells a published document and its new version to the members of its audience only", async () => {
        const file = (name: string) => ({ filename: name, mime_type: "application/pdf", content: pdf() })
        const publish = async (body: Record<string, unknown>) =>
          (await api.post("/admin/portal/documents", { category: "technical", file: file("sheet.pdf"), ...body }, staff())).data.document as { id: string }
        const sharedWith = (memberId: string, documentId: string) => support().listClientNotifications({ member_id: memberId, event: "support.document.shared", dedupe_key: [`document:${documentId}:1`, `document:${documentId}:2`] })

        const account = await publish({ title: `Acme sheet ${stamp}`, audience: "account", account_id: world.acme.id })
        const [claire] = await eventually(() => sharedWith(world.claire.member.id, account.id), (rows) => rows.length === 1)
        expect(claire).toMatchObject({ title: `Document partagé : Acme sheet ${stamp}`, link: "/documents" })
        await eventually(() => sharedWith(world.paul.member.id, account.id), (rows) => rows.length === 1)
        await eventually(async () => mailsTo("paul@acme.example", `Acme sheet ${stamp}`), (mails) => mails.length === 1)
        expect(await sharedWith(world.marco.member.id, account.id)).toHaveLength(0)

        await api.post(`/admin/portal/documents/${account.id}/versions`, { file: file("sheet-v2.pdf"), note: "Corrected" }, staff())
        const both = await eventually(() => sharedWith(world.claire.member.id, account.id), (rows) => rows.length === 2)
        expect(both.map((r) => r.body).sort()).toEqual([`La version 1 de « Acme sheet ${stamp} » est dans votre bibliothèque de documents.`, `La version 2 de « Acme sheet ${stamp} » est dans votre bibliothèque de documents.`])

        // A site's document: Claire covers the site, Paul (limited to another site) and other accounts do not.
        const site = await publish({ title: `Site sheet ${stamp}`, audience: "site", site_id: claireSite.id })
        await eventually(() => sharedWith(world.claire.member.id, site.id), (rows) => rows.length === 1)
        expect(await sharedWith(world.paul.member.id, site.id)).toHaveLength(0)
        expect(await sharedWith(world.marco.member.id, site.id)).toHaveLength(0)
      })
    })

    it("mails staff alerts in the staff member's language when their user's metadata says it, else in English", async () => {
      const users = getContainer().resolve(Modules.USER)
      await users.updateUsers({ id: world.staff.id, metadata: { locale: "fr" } })
      const { data: categories } = await api.get("/store/portal/ticket-categories", h(world.claire))
      await api.post("/store/portal/tickets", { category_id: categories.ticket_categories[0].id, subject: "Alerte en francais", description: "Bonjour" }, h(world.claire))
      const french = await eventually(async () => smtp.mails.filter((m) => m.to.includes(world.staff.email) && m.subject.includes("Alerte en francais")), (mails) => mails.length === 1)
      // The alert's own line too: the ticket's, in French with French punctuation.
      expect(french[0].subject).toMatch(/^Portail client : Ticket \S+ ouvert par .+ : Alerte en francais/)
      await users.updateUsers({ id: world.staff.id, metadata: { locale: null } })
      await api.post("/store/portal/tickets", { category_id: categories.ticket_categories[0].id, subject: "Alert in English", description: "Hello" }, h(world.claire))
      const english = await eventually(async () => smtp.mails.filter((m) => m.to.includes(world.staff.email) && m.subject.includes("Alert in English")), (mails) => mails.length === 1)
      expect(english[0].subject).toMatch(/^Client portal: Ticket \S+ opened by .+: Alert in English/)
    })
  },
})
