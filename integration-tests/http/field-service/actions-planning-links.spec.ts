import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import type { PlanningTechnician, StoreIntervention, WorkingHours } from "../../../src/modules/fieldService/contract"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"
import { createMachine, failure } from "../fleet/fleet-fixtures"

jest.setTimeout(240_000)

const smtp = useSmtpServer()

const HOUR = 3_600_000
const ALL_WEEK: WorkingHours = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "07:00", end: "19:00" }]]))
const LYON = { latitude: 45.7578, longitude: 4.832 }

/** A whole hour at least `hours` from now, inside the technician's 07:00–19:00 (UTC) day. */
function startIn(hours: number): Date {
  const d = new Date(Date.now() + hours * HOUR)
  d.setUTCMinutes(0, 0, 0)
  if (d.getUTCHours() < 8) d.setUTCHours(8)
  if (d.getUTCHours() > 16) d.setUTCHours(8 + 24)
  return d
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminActor
    let acme: ClientCompany
    let rossi: ClientCompany
    let lyonMachine: string
    let technicianId: string
    let typeId: string

    const claire = () => ({ headers: acme.members[0].headers })
    const paul = () => ({ headers: acme.members[1].headers })
    const vera = () => ({ headers: acme.members[2].headers })
    const marco = () => ({ headers: rossi.members[0].headers })
    const staff = () => ({ headers: admin.headers })

    beforeEach(async () => {
      const container = getContainer()
      admin = await createAdmin(container, api)
      key = await createPublishableKey(container)
      acme = await createClientCompany(container, api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [
          { email: "claire@acme.test", first_name: "Claire", last_name: "Martin", role: "admin" },
          { email: "paul@acme.test", role: "requester", site_names: ["Grenoble depot"] },
          { email: "vera@acme.test", role: "viewer" },
        ],
      })
      rossi = await createClientCompany(container, api, key, { name: "Rossi Impianti", sites: ["Milano"], members: [{ email: "marco@rossi.test", role: "admin" }] })
      await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateSites([
        { id: acme.site_ids[0], ...LYON, city: "Lyon", contact_name: "Gate keeper" },
        { id: acme.site_ids[1], latitude: 45.1885, longitude: 5.7245, city: "Grenoble" },
        { id: rossi.site_ids[0], latitude: 45.77, longitude: 4.88, city: "Villeurbanne" },
      ])
      lyonMachine = (await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Press P1", serial_number: "P-1", readings: [] })).id
      const { data: type } = await api.post(
        "/admin/portal/intervention-types",
        {
          name: "Preventive service",
          default_duration_minutes: 60,
          required_skills: ["maintenance"],
          survey_questions: [{ id: "overall", kind: "score", label: "How satisfied are you?", required: true }],
          portal_actions: [
            { id: "replan", kind: "create_linked", label: "Ask for another date", conditions: { statuses: ["scheduled"], min_hours_before_start: 24 } },
            { id: "rate", kind: "close", label: "Rate this visit", conditions: { statuses: ["done"], done_within_days: 30 } },
            { id: "again", kind: "create_intervention", label: "Book the next service", conditions: { statuses: ["done"] } },
          ],
        },
        staff()
      )
      typeId = type.intervention_type.id
      const { data: tech } = await api.post(
        "/admin/portal/technicians",
        { name: "Luc Bernard", skills: ["maintenance"], home_latitude: LYON.latitude, home_longitude: LYON.longitude, time_zone: "UTC", working_hours: ALL_WEEK },
        staff()
      )
      technicianId = tech.technician.id
    })

    const request = async (as = claire(), body: Record<string, unknown> = {}): Promise<StoreIntervention> =>
      (await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], equipment_id: lyonMachine, type_id: typeId, description: "Yearly service", ...body }, as)).data
        .intervention
    const schedule = (id: string, start: Date) => api.post(`/admin/portal/interventions/${id}/schedule`, { technician_id: technicianId, starts_at: start.toISOString() }, staff())
    const detail = async (id: string, as = claire()): Promise<StoreIntervention> => (await api.get(`/store/portal/interventions/${id}`, as)).data.intervention
    const action = (id: string, actionId: string, body: Record<string, unknown>, as = claire()) =>
      api.post(`/store/portal/interventions/${id}/actions/${actionId}`, body, as).catch(failure)

    it("offers a type's actions while their conditions hold, re-checks them on use, and keeps roles and accounts apart", async () => {
      const visit = await request()
      expect(visit.actions).toEqual([])
      await schedule(visit.id, startIn(72))
      expect((await detail(visit.id)).actions.map((a) => a.id)).toEqual(["replan"])

      expect((await action(visit.id, "replan", { description: "Another day please" }, marco())).status).toBe(404)
      expect((await action(visit.id, "replan", { description: "Another day please" }, vera())).status).toBe(403)
      expect((await action(visit.id, "nothing", { description: "x" })).status).toBe(404)
      const noDescription = await action(visit.id, "replan", {})
      expect(noDescription.status).toBe(400)
      expect(noDescription.data.message).toMatch(/description/)

      const linked = await action(visit.id, "replan", { description: "Another day please" })
      expect(linked.status).toBe(201)
      expect(linked.data.intervention).toMatchObject({
        status: "requested",
        linked_intervention_id: visit.id,
        site_id: acme.site_ids[0],
        equipment_id: lyonMachine,
        type: { id: typeId },
        description: "Another day please",
        contact_name: "Gate keeper",
      })
      const alerts = (await api.get("/admin/portal/alerts?limit=10", staff())).data.alerts as { event: string; resource_id: string; title: string }[]
      expect(alerts.find((a) => a.event === "portal.intervention.linked_created")).toMatchObject({ resource_id: linked.data.intervention.id })

      // Too close to the visit: the action is no longer offered, and a page left open is refused naming the rule.
      await schedule(visit.id, startIn(6))
      expect((await detail(visit.id)).actions).toEqual([])
      const late = await action(visit.id, "replan", { description: "Another day please" })
      expect(late.status).toBe(409)
      expect(late.data).toMatchObject({ type: "not_allowed", rule: "min_hours_before_start" })
      expect(late.data.message).toMatch(/^min_hours_before_start: /)

      // Once done: the survey closes the visit once, and a new visit of the type may be booked.
      await api.post(`/admin/portal/interventions/${visit.id}/report`, { work_done: "Serviced" }, staff())
      expect((await detail(visit.id)).actions.map((a) => a.id)).toEqual(["rate", "again"])
      const replanDone = await action(visit.id, "replan", { description: "x" })
      expect(replanDone.data).toMatchObject({ rule: "statuses" })
      const unanswered = await action(visit.id, "rate", { answers: {} })
      expect(unanswered.status).toBe(400)
      expect(unanswered.data.message).toMatch(/answers\.overall/)
      const closed = await action(visit.id, "rate", { answers: { overall: 4 } })
      expect(closed.status).toBe(201)
      expect(closed.data.intervention).toMatchObject({ id: visit.id, survey_answered: true })
      expect(closed.data.intervention.actions.map((a: { id: string }) => a.id)).toEqual(["again"])
      expect((await action(visit.id, "rate", { answers: { overall: 5 } })).data).toMatchObject({ rule: "closed" })
      const again = await action(visit.id, "again", { description: "Next yearly service" }, paul())
      // Paul is limited to Grenoble: the Lyon visit is not his to see.
      expect(again.status).toBe(404)
      const next = await action(visit.id, "again", { description: "Next yearly service" })
      expect(next.status).toBe(201)
      expect(next.data.intervention).toMatchObject({ status: "requested", linked_intervention_id: null, type: { id: typeId }, site_id: acme.site_ids[0] })
    })

    it("speaks the reader's language: the type's translated name, texts, survey and actions, the defaults where none is written", async () => {
      const translate = (translations: unknown) => api.post(`/admin/portal/intervention-types/${typeId}`, { translations }, staff()).catch(failure)
      const unknownCode = await translate({ fr: { portal_title: "Entretien de {{machine}}" } })
      expect(unknownCode.status).toBe(400)
      expect(unknownCode.data.message).toMatch(/translations\.fr\.portal_title/)
      const unknownLanguage = await translate({ de: { name: "Wartung" } })
      expect(unknownLanguage.status).toBe(400)
      expect(unknownLanguage.data.message).toMatch(/'de'/)
      const unknownQuestion = await translate({ fr: { survey_labels: { ghost: "Fantôme ?" } } })
      expect(unknownQuestion.status).toBe(400)
      expect(unknownQuestion.data.message).toMatch(/translations\.fr\.survey_labels: ghost/)
      const { data: saved } = await translate({
        fr: {
          name: "Entretien préventif",
          portal_title: "Entretien de {{equipment.name}}",
          survey_labels: { overall: "Êtes-vous satisfait ?" },
          action_labels: { replan: "Demander une autre date" },
        },
      })
      expect(saved.intervention_type.translations.fr).toMatchObject({ name: "Entretien préventif", action_labels: { replan: "Demander une autre date" } })

      const visit = await request()
      await schedule(visit.id, startIn(72))
      const french = { headers: { ...claire().headers, "x-medusa-locale": "fr-FR" } }
      const shown = await detail(visit.id, french)
      expect(shown.type_texts?.title).toBe("Entretien de Press P1")
      expect(shown.type).toMatchObject({ name: "Entretien préventif" })
      expect(shown.actions.map((a) => a.label)).toEqual(["Demander une autre date"])
      expect(shown.survey_questions.map((q) => q.label)).toEqual(["Êtes-vous satisfait ?"])
      const { data: list } = await api.get("/store/portal/interventions?locale=fr", claire())
      expect(list.interventions.find((i: { id: string }) => i.id === visit.id).type.name).toBe("Entretien préventif")
      const { data: types } = await api.get(`/store/portal/intervention-types?equipment_id=${lyonMachine}`, french)
      expect(types.intervention_types.find((t: { id: string }) => t.id === typeId)).toMatchObject({ name: "Entretien préventif", title: "Entretien de Press P1" })

      // A language the business wrote nothing in reads the defaults, never an empty text.
      const italian = await detail(visit.id, { headers: { ...claire().headers, "x-medusa-locale": "it" } })
      expect(italian.type).toMatchObject({ name: "Preventive service" })
      expect(italian.actions.map((a) => a.label)).toEqual(["Ask for another date"])
      // Without a page language, the member's own: Claire's account reads English here.
      expect((await detail(visit.id)).survey_questions.map((q) => q.label)).toEqual(["How satisfied are you?"])
    })

    it("shows the technicians' planning only when the settings allow it, with no other client's details", async () => {
      const mine = await request()
      await schedule(mine.id, startIn(30))
      const theirs = (
        await api.post("/store/portal/interventions", { site_id: rossi.site_ids[0], type_id: typeId, description: "Rossi's secret visit" }, marco())
      ).data.intervention as StoreIntervention
      await schedule(theirs.id, new Date(startIn(30).getTime() + 4 * HOUR))

      const off = await api.get("/store/portal/planning", claire()).catch(failure)
      expect(off.status).toBe(403)
      await api.post("/admin/portal/intervention-settings", { planning_visible: true }, staff())
      expect((await api.get("/store/portal/planning?days=0", claire()).catch(failure)).data.message).toMatch(/days/)
      expect((await api.get("/store/portal/planning?from=soon", claire()).catch(failure)).data.message).toMatch(/from/)

      const { data } = await api.get("/store/portal/planning?days=3", claire())
      expect(new Date(data.to).getTime() - new Date(data.from).getTime()).toBe(3 * 24 * HOUR)
      const luc = (data.technicians as PlanningTechnician[]).find((t) => t.id === technicianId)!
      expect(luc.working.length).toBeGreaterThanOrEqual(3)
      const own = luc.busy.filter((b) => b.intervention)
      expect(own).toEqual([expect.objectContaining({ intervention: { id: mine.id, number: mine.number, status: "scheduled", site_id: acme.site_ids[0], type_name: "Preventive service" } })])
      expect(luc.busy.filter((b) => !b.intervention)).toHaveLength(1)
      const text = JSON.stringify(data)
      for (const secret of [theirs.id, theirs.number, "Rossi", "Villeurbanne", rossi.site_ids[0]]) expect(text).not.toContain(secret)

      // Marco sees Acme's visit as a bare interval; Paul (Grenoble only) sees the Lyon visit bare too.
      const forMarco = JSON.stringify((await api.get("/store/portal/planning?days=3", marco())).data)
      for (const secret of [mine.id, mine.number, "Acme", "Lyon", acme.site_ids[0]]) expect(forMarco).not.toContain(secret)
      const forPaul = (await api.get("/store/portal/planning?days=3", paul())).data.technicians as PlanningTechnician[]
      expect(forPaul.flatMap((t) => t.busy).filter((b) => b.intervention)).toEqual([])
    })

    it("sends a secure link that opens one intervention alone, with its type's actions when allowed", async () => {
      const shared = await request()
      await schedule(shared.id, startIn(72))
      const other = await request(claire(), { description: "Another visit" })

      expect((await api.post(`/admin/portal/interventions/intv_missing/secure-link`, {}, staff()).catch(failure)).status).toBe(404)
      expect((await api.post(`/admin/portal/interventions/${shared.id}/secure-link`, { email: "not an address" }, staff()).catch(failure)).data.message).toMatch(/email/)
      const sent = await api.post(`/admin/portal/interventions/${shared.id}/secure-link`, { email: "site.manager@acme.test", allow_actions: true }, staff())
      expect(sent.status).toBe(201)
      expect(sent.data).toMatchObject({ secure_link: { scope: "intervention", intervention_id: shared.id, allow_actions: true }, mailed_to: "site.manager@acme.test" })
      const mail = await smtp.waitFor("site.manager@acme.test")
      expect(mail.raw).toContain(shared.number)
      const token = sent.data.secure_link.url.split("/link/")[1]
      expect(mail.raw.replace(/=\r?\n/g, "")).toContain(token)
      const { data: links } = await api.get(`/admin/portal/accounts/${acme.account_id}/secure-links`, staff())
      expect(links.secure_links[0]).toMatchObject({ scope: "intervention", intervention_id: shared.id })

      const open = async (t: string) => {
        const opened = await api.post("/store/portal/links/exchange", { token: t }, { headers: { "x-publishable-api-key": key } })
        return { headers: { "x-publishable-api-key": key, authorization: `Bearer ${opened.data.token}` } }
      }
      const link = await open(token)
      expect((await api.get("/store/portal/me", link)).data.scope).toMatchObject({ kind: "link", intervention_id: shared.id, read_only: false })
      const list = (await api.get("/store/portal/interventions", link)).data
      expect(list.interventions.map((i: { id: string }) => i.id)).toEqual([shared.id])
      expect((await detail(shared.id, link)).actions.map((a) => a.id)).toEqual(["replan"])
      expect((await api.get(`/store/portal/interventions/${shared.id}/ics`, link)).status).toBe(200)

      for (const path of ["", "/slots", "/ics"]) {
        expect((await api.get(`/store/portal/interventions/${other.id}${path}`, link).catch(failure)).status).toBe(404)
      }
      const later = startIn(96).toISOString()
      for (const [path, body] of [
        ["/book", { technician_id: technicianId, starts_at: later }],
        ["/reschedule", { technician_id: technicianId, starts_at: later }],
        ["/cancel", {}],
        ["/survey", { answers: { overall: 5 } }],
        ["/actions/replan", { description: "x" }],
      ] as const) {
        expect((await api.post(`/store/portal/interventions/${other.id}${path}`, body, link).catch(failure)).status).toBe(404)
      }
      // A new request is only one linked to the shared intervention, through its type's action.
      expect((await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], description: "x" }, link).catch(failure)).status).toBe(403)
      for (const path of ["/store/portal/sites", "/store/portal/equipment", "/store/portal/quotes", "/store/portal/invoices", "/store/portal/planning", "/store/portal/intervention-types", "/store/portal/members"]) {
        const answer = await api.get(path, link).catch(failure)
        expect([path, answer.status]).toEqual([path, 403])
      }
      const replan = await action(shared.id, "replan", { description: "Can you come on Friday?" }, link)
      expect(replan.status).toBe(201)
      expect(replan.data.intervention).toMatchObject({ linked_intervention_id: shared.id })

      // Without actions the link only reads.
      const readOnly = await api.post(`/admin/portal/interventions/${shared.id}/secure-link`, { email: null }, staff())
      expect(readOnly.data.mailed_to).toBeNull()
      const reader = await open(readOnly.data.secure_link.url.split("/link/")[1])
      expect((await detail(shared.id, reader)).id).toBe(shared.id)
      expect((await action(shared.id, "replan", { description: "x" }, reader)).status).toBe(403)
      expect((await api.post(`/store/portal/interventions/${shared.id}/cancel`, {}, reader).catch(failure)).status).toBe(403)
    })
  },
})
