import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import { FIELD_SERVICE_MODULE } from "../../../src/modules/fieldService"
import type { Slot, WorkingHours } from "../../../src/modules/fieldService/contract"
import type FieldServiceModuleService from "../../../src/modules/fieldService/service"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { createMachine, failure } from "../fleet/fleet-fixtures"

jest.setTimeout(240_000)

const HOUR = 3_600_000
// Every day of the week, so the tests do not depend on the weekday they run on.
const ALL_WEEK: WorkingHours = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [{ start: "07:00", end: "19:00" }]]))
const LYON = { latitude: 45.7578, longitude: 4.832 }
const GRENOBLE = { latitude: 45.1885, longitude: 5.7245 }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminActor
    let acme: ClientCompany
    let rossi: ClientCompany
    let machineName: string
    let lyonMachine: string
    let lyonMeter: string
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
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      await accounts.updateSites([
        { id: acme.site_ids[0], ...LYON, address_1: "1 quai Perrache", city: "Lyon", postal_code: "69002", country_code: "fr", contact_name: "Gate keeper", contact_phone: "+33 4 00 00 00 00" },
        { id: acme.site_ids[1], ...GRENOBLE, city: "Grenoble" },
        { id: rossi.site_ids[0], latitude: 45.4642, longitude: 9.19, city: "Milano" },
      ])
      machineName = `Press <b>"P1"</b>`
      const machine = await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: machineName, serial_number: "P-1", readings: [] })
      lyonMachine = machine.id
      lyonMeter = machine.meter_id
      const { data: type } = await api.post(
        "/admin/portal/intervention-types",
        {
          name: "Preventive service",
          default_duration_minutes: 60,
          required_skills: ["maintenance"],
          bookable: true,
          portal_title: "Service[[ of {{equipment.name}}]][[ at {{site.name}}]]",
          portal_short_description: "Visit {{intervention.number}}[[ on {{scheduled_start}}]][[ with {{technician.name}}]]",
          survey_questions: [
            { id: "overall", kind: "score", label: "How satisfied are you?", required: true },
            { id: "on_time", kind: "yes_no", label: "On time?" },
          ],
          portal_actions: [{ id: "replan", kind: "create_linked", label: "Ask for another date", conditions: { statuses: ["scheduled"], min_hours_before_start: 24 } }],
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

    const request = async (as = claire(), body: Record<string, unknown> = {}) =>
      (await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], equipment_id: lyonMachine, type_id: typeId, description: "Yearly service", ...body }, as)).data
        .intervention

    it("requests an intervention pre-filled from the site and the member, and staff see it first in the inbox", async () => {
      const first = await request()
      const second = await request(claire(), { equipment_id: null, description: "Second request", contact_name: "Someone else" })
      expect(first).toMatchObject({
        status: "requested",
        site_id: acme.site_ids[0],
        equipment_id: lyonMachine,
        address: { address_1: "1 quai Perrache", city: "Lyon", postal_code: "69002", country_code: "fr" },
        contact_name: "Gate keeper",
        contact_phone: "+33 4 00 00 00 00",
        history: [{ from_status: null, to_status: "requested" }],
        allowed: { book: true, reschedule: false, cancel: true },
      })
      expect(first.number).toMatch(/^INT-\d+$/)
      expect(Number(second.number.slice(4))).toBe(Number(first.number.slice(4)) + 1)
      expect(second.contact_name).toBe("Someone else")
      // Template values are escaped; the staff-written text around them is kept.
      expect(first.type_texts.title).toBe("Service of Press &lt;b&gt;&quot;P1&quot;&lt;/b&gt; at Lyon plant")
      // Not scheduled yet: the sections about the date and the technician are left out, not left empty.
      expect(first.type_texts.short_description).toBe(`Visit ${first.number}`)
      expect(first.equipment).toEqual({ id: lyonMachine, name: machineName })
      expect(second.type_texts.title).toBe("Service at Lyon plant")
      expect(second.equipment).toBeNull()

      const { data: inbox } = await api.get("/admin/portal/interventions?inbox=true", staff())
      expect(inbox.interventions.map((i: { id: string }) => i.id)).toEqual([second.id, first.id])
      expect(inbox.interventions[0]).toMatchObject({ account: { id: acme.account_id, name: "Acme Industrie" }, site: { name: "Lyon plant" } })

      const viewer = await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], description: "x" }, vera()).catch(failure)
      expect(viewer.status).toBe(403)
      const otherSite = await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], description: "x" }, paul()).catch(failure)
      expect(otherSite.status).toBe(404)
      const foreignMachine = await api.post("/store/portal/interventions", { site_id: rossi.site_ids[0], description: "x" }, claire()).catch(failure)
      expect(foreignMachine.status).toBe(404)
      const unknownType = await api.post("/store/portal/interventions", { site_id: acme.site_ids[0], type_id: "itype_nope", description: "x" }, claire()).catch(failure)
      expect(unknownType.status).toBe(400)
      expect(unknownType.data.message).toMatch(/type_id/)
    })

    it("lists within the caller's scope with filters and paging, and answers 404 for anyone else's intervention", async () => {
      const lyon = await request()
      const grenoble = await request(paul(), { site_id: acme.site_ids[1], equipment_id: null })
      const ids = (data: { interventions: { id: string }[] }) => data.interventions.map((i) => i.id)
      expect(ids((await api.get("/store/portal/interventions", claire())).data)).toEqual([grenoble.id, lyon.id])
      expect(ids((await api.get("/store/portal/interventions", paul())).data)).toEqual([grenoble.id])
      expect(ids((await api.get(`/store/portal/interventions?site_id=${acme.site_ids[0]}`, paul())).data)).toEqual([])
      expect(ids((await api.get(`/store/portal/interventions?equipment_id=${lyonMachine}`, claire())).data)).toEqual([lyon.id])
      expect(ids((await api.get("/store/portal/interventions?status=scheduled,done", claire())).data)).toEqual([])
      const page = (await api.get("/store/portal/interventions?limit=1&offset=1", claire())).data
      expect(page).toMatchObject({ count: 2, offset: 1, limit: 1 })
      expect(ids(page)).toEqual([lyon.id])
      const future = new Date(Date.now() + 48 * HOUR).toISOString()
      expect(ids((await api.get(`/store/portal/interventions?from=${future}`, claire())).data)).toEqual([])
      expect((await api.get("/store/portal/interventions?status=broken", claire()).catch(failure)).data.message).toMatch(/status/)
      expect((await api.get("/store/portal/interventions?from=yesterday", claire()).catch(failure)).data.message).toMatch(/from/)
      expect(ids((await api.get("/store/portal/interventions", marco())).data)).toEqual([])

      for (const path of ["", "/slots", "/ics"]) {
        expect((await api.get(`/store/portal/interventions/${lyon.id}${path}`, marco()).catch(failure)).status).toBe(404)
        expect((await api.get(`/store/portal/interventions/${lyon.id}${path}`, paul()).catch(failure)).status).toBe(404)
      }
      for (const path of ["/book", "/reschedule", "/cancel"]) {
        const body = path === "/cancel" ? {} : { technician_id: technicianId, starts_at: future }
        expect((await api.post(`/store/portal/interventions/${lyon.id}${path}`, body, marco()).catch(failure)).status).toBe(404)
      }
      expect((await api.post(`/store/portal/interventions/${lyon.id}/cancel`, {}, vera()).catch(failure)).status).toBe(403)
    })

    it("proposes slots with travel, books one, refuses a taken slot with alternatives, reschedules and cancels by the rules", async () => {
      const i = await request()
      const { data } = await api.get(`/store/portal/interventions/${i.id}/slots`, claire())
      expect(data.refusal).toBeNull()
      const slots: Slot[] = data.slots
      expect(slots.length).toBeGreaterThan(10)
      // The site is the technician's home base: nothing added; and every slot respects the 24-hour notice.
      expect(slots[0]).toMatchObject({ technician: { id: technicianId, name: "Luc Bernard" }, added_travel_minutes: 0 })
      expect(slots.every((s) => new Date(s.start).getTime() >= Date.now() + 24 * HOUR - 60_000)).toBe(true)

      const chosen = slots[0]
      const booked = (await api.post(`/store/portal/interventions/${i.id}/book`, { technician_id: technicianId, starts_at: chosen.start }, claire())).data.intervention
      expect(booked).toMatchObject({ status: "scheduled", scheduled_start: chosen.start, technician: { id: technicianId }, allowed: { book: false, reschedule: true, cancel: true } })
      expect(booked.actions.map((a: { id: string }) => a.id)).toEqual(["replan"])
      // The date in the texts reads in the reader's language and the technician's zone, never as an ISO stamp.
      const inFrench = (await api.get(`/store/portal/interventions/${i.id}`, { headers: { ...claire().headers, "x-medusa-locale": "fr" } })).data.intervention
      const day = new Intl.DateTimeFormat("fr", { dateStyle: "long", timeZone: "UTC" }).format(new Date(chosen.start))
      const time = new Intl.DateTimeFormat("fr", { timeStyle: "short", timeZone: "UTC" }).format(new Date(chosen.start))
      expect(inFrench.type_texts.short_description).toBe(`Visit ${i.number} on ${day}, ${time} UTC with Luc Bernard`)

      // Another request racing for the same slot gets a 409 and fresh alternatives, none of them the taken one.
      const other = await request()
      const lost = await api.post(`/store/portal/interventions/${other.id}/book`, { technician_id: technicianId, starts_at: chosen.start }, claire()).catch(failure)
      expect(lost.status).toBe(409)
      expect(lost.data.message).toMatch(/no longer free/)
      expect(lost.data.slots.length).toBeGreaterThan(0)
      expect(lost.data.slots.some((s: Slot) => s.start === chosen.start)).toBe(false)

      const ics = await api.get(`/store/portal/interventions/${i.id}/ics`, claire())
      expect(ics.headers["content-type"]).toMatch(/text\/calendar/)
      expect(ics.data).toContain(`DTSTART:${chosen.start.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)
      expect(ics.data).toContain(`SUMMARY:Preventive service ${i.number}`)

      const tooSoon = await api.post(`/store/portal/interventions/${i.id}/reschedule`, { technician_id: technicianId, starts_at: new Date(Date.now() + HOUR).toISOString() }, claire()).catch(failure)
      expect(tooSoon.status).toBe(400)
      expect(tooSoon.data).toMatchObject({ rule: "min_notice" })
      const later = lost.data.slots.find((s: Slot) => new Date(s.start).getTime() > new Date(chosen.end).getTime() + HOUR)
      const moved = (await api.post(`/store/portal/interventions/${i.id}/reschedule`, { technician_id: technicianId, starts_at: later.start }, claire())).data.intervention
      expect(moved).toMatchObject({ scheduled_start: later.start, reschedule_count: 1, status: "scheduled" })
      expect(moved.history.map((h: { to_status: string }) => h.to_status)).toEqual(["requested", "scheduled", "scheduled"])

      // Staff set the limit to one move: a second one is refused, naming the rule.
      const { data: settings } = await api.post("/admin/portal/intervention-settings", { max_reschedules: 1 }, staff())
      expect(settings.field_service).toMatchObject({ max_reschedules: 1, min_notice_hours: 24, distance: { road_factor: 1.3 } })
      const again = await api.post(`/store/portal/interventions/${i.id}/reschedule`, { technician_id: technicianId, starts_at: chosen.start }, claire()).catch(failure)
      expect(again.data).toMatchObject({ rule: "max_reschedules" })

      const cancelled = (await api.post(`/store/portal/interventions/${i.id}/cancel`, { reason: "Site closed" }, claire())).data.intervention
      expect(cancelled).toMatchObject({ status: "cancelled", cancellation_reason: "Site closed", allowed: { cancel: false } })
      // The cancelled visit frees the slot at once.
      const freed = await api.post(`/store/portal/interventions/${other.id}/book`, { technician_id: technicianId, starts_at: later.start }, claire())
      expect(freed.data.intervention.status).toBe("scheduled")
    })

    it("gives one booking and 409s to many clients racing for one slot", async () => {
      const requests = await Promise.all(Array.from({ length: 8 }, () => request()))
      const { data } = await api.get(`/store/portal/interventions/${requests[0].id}/slots`, claire())
      const slot: Slot = data.slots[0]
      const answers = await Promise.all(
        requests.map((r) => api.post(`/store/portal/interventions/${r.id}/book`, { technician_id: technicianId, starts_at: slot.start }, claire()).catch(failure))
      )
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
      expect(answers.filter((a) => a.status === 409)).toHaveLength(7)
    })

    it("lets staff schedule and move on the board with the same checks, and the database refuses any overlap", async () => {
      const a = await request()
      const b = await request(paul(), { site_id: acme.site_ids[1], equipment_id: null })
      const start = new Date(Math.ceil((Date.now() + 3 * HOUR) / HOUR) * HOUR)
      const first = await api.post(`/admin/portal/interventions/${a.id}/schedule`, { technician_id: technicianId, starts_at: start.toISOString() }, staff())
      expect(first.data.intervention).toMatchObject({ status: "scheduled", scheduled_start: start.toISOString(), technician: { id: technicianId } })
      // Grenoble is about 100 km from Lyon: right after the Lyon visit leaves no time to travel there.
      const clash = await api
        .post(`/admin/portal/interventions/${b.id}/schedule`, { technician_id: technicianId, starts_at: new Date(start.getTime() + HOUR).toISOString() }, staff())
        .catch(failure)
      expect(clash.status).toBe(409)
      expect(clash.data.message).toContain(`leaves no time to travel from ${a.number}`)
      const overlap = await api
        .post(`/admin/portal/interventions/${b.id}/schedule`, { technician_id: technicianId, starts_at: new Date(start.getTime() + 30 * 60_000).toISOString() }, staff())
        .catch(failure)
      expect(overlap.data.message).toContain(`overlaps ${a.number}`)
      const ok = await api.post(`/admin/portal/interventions/${b.id}/schedule`, { technician_id: technicianId, starts_at: new Date(start.getTime() + 4 * HOUR).toISOString() }, staff())
      expect(ok.data.intervention.status).toBe("scheduled")

      // Inside the deadline a client can no longer move or cancel the visit; the refusal names the rule.
      const late = await api.post(`/store/portal/interventions/${a.id}/cancel`, {}, claire()).catch(failure)
      expect(late.data).toMatchObject({ rule: "cancel_deadline" })

      const service = getContainer().resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
      await expect(service.updateInterventions({ id: b.id, scheduled_start: start, scheduled_end: new Date(start.getTime() + HOUR) })).rejects.toThrow(/field_intervention_no_overlap|conflicting key/)
      // A cancelled visit holds no time.
      await api.post(`/admin/portal/interventions/${a.id}/cancel`, { reason: "Client asked" }, staff())
      await service.updateInterventions({ id: b.id, scheduled_start: start, scheduled_end: new Date(start.getTime() + HOUR) })
    })

    it("checks templates on save, manages technicians and absences, and keeps absences out of the slots", async () => {
      const bad = await api.post("/admin/portal/intervention-types", { name: "Bad", portal_long_description: "Hello {{customer.password}}" }, staff()).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("portal_long_description: unknown substitution code {{customer.password}}")
      const stray = await api.post(`/admin/portal/intervention-types/${typeId}`, { portal_title: "{{site.name}" }, staff()).catch(failure)
      expect(stray.data.message).toContain("portal_title")

      const { data: types } = await api.get("/store/portal/intervention-types", claire())
      expect(types.intervention_types).toHaveLength(1)
      expect(types.intervention_types[0].title).toBe("Service")
      const { data: forMachine } = await api.get(`/store/portal/intervention-types?site_id=${acme.site_ids[0]}&equipment_id=${lyonMachine}`, claire())
      expect(forMachine.intervention_types[0].title).toBe("Service of Press &lt;b&gt;&quot;P1&quot;&lt;/b&gt; at Lyon plant")
      // Another account's site renders nothing.
      const { data: foreign } = await api.get(`/store/portal/intervention-types?site_id=${rossi.site_ids[0]}`, claire())
      expect(foreign.intervention_types[0].title).toBe("Service")

      const badHours = await api.post(`/admin/portal/technicians/${technicianId}`, { working_hours: { mon: [{ start: "18:00", end: "08:00" }] } }, staff()).catch(failure)
      expect(badHours.data.message).toMatch(/working_hours/)
      const badZone = await api.post(`/admin/portal/technicians/${technicianId}`, { time_zone: "Mars/Olympus" }, staff()).catch(failure)
      expect(badZone.data.message).toMatch(/time_zone/)

      const i = await request()
      const horizon = Date.now() + 14 * 24 * HOUR
      const { data: withAbsence } = await api.post(
        `/admin/portal/technicians/${technicianId}/absences`,
        { starts_at: new Date(Date.now() - HOUR).toISOString(), ends_at: new Date(horizon).toISOString(), reason: "Leave" },
        staff()
      )
      expect(withAbsence.technician.absences).toHaveLength(1)
      expect((await api.get(`/store/portal/interventions/${i.id}/slots`, claire())).data.slots).toEqual([])
      await api.delete(`/admin/portal/technicians/${technicianId}/absences/${withAbsence.technician.absences[0].id}`, staff())
      expect((await api.get(`/store/portal/interventions/${i.id}/slots`, claire())).data.slots.length).toBeGreaterThan(0)

      // A technician without the skill offers nothing.
      await api.post(`/admin/portal/technicians/${technicianId}`, { skills: ["electrical"] }, staff())
      expect((await api.get(`/store/portal/interventions/${i.id}/slots`, claire())).data.slots).toEqual([])
      const { data: list } = await api.get("/admin/portal/technicians", staff())
      expect(list.technicians[0]).toMatchObject({ name: "Luc Bernard", skills: ["electrical"], time_zone: "UTC" })
    })
    it("completes a visit with its report, writing the machine's maintenance log and meter through the fleet's checks", async () => {
      const fleet = getContainer().resolve<FleetModuleService>(FLEET_MODULE)
      const [a, b] = [await request(), await request()]
      const start = new Date(Math.ceil((Date.now() + 3 * HOUR) / HOUR) * HOUR)
      await api.post(`/admin/portal/interventions/${a.id}/schedule`, { technician_id: technicianId, starts_at: start.toISOString() }, staff())
      await api.post(`/admin/portal/interventions/${b.id}/schedule`, { technician_id: technicianId, starts_at: new Date(start.getTime() + 2 * HOUR).toISOString() }, staff())

      const early = await api.post(`/admin/portal/interventions/${(await request()).id}/report`, { work_done: "x" }, staff()).catch(failure)
      expect(early.data.message).toMatch(/^status: .* is requested/)
      const badPart = await api.post(`/admin/portal/interventions/${a.id}/report`, { work_done: "x", parts: [{ variant_id: "variant_nope", quantity: 1 }] }, staff()).catch(failure)
      expect(badPart.data.message).toContain("parts.0.variant_id")

      const { data } = await api.post(
        `/admin/portal/interventions/${a.id}/report`,
        { work_done: "Replaced the filter", duration_minutes: 75, meter_values: [{ meter_id: lyonMeter, value: 120 }], signature_name: "Claire Martin" },
        staff()
      )
      expect(data.intervention).toMatchObject({
        status: "done",
        report: { work_done: "Replaced the filter", duration_minutes: 75, meter_values: [{ meter_id: lyonMeter, value: 120 }], signature_name: "Claire Martin" },
      })
      const log = await fleet.listMaintenanceLogEntries({ equipment_id: lyonMachine })
      expect(log).toHaveLength(1)
      expect(log[0]).toMatchObject({ kind: "corrective", description: `${a.number}: Replaced the filter`, technician: "Luc Bernard", duration_minutes: 75 })
      const readings = await fleet.listMeterReadings({ meter_id: lyonMeter })
      expect(readings.map((r) => [Number(r.value), r.source])).toEqual([[120, "technician"]])

      // A value below the last reading is refused by the fleet's checks, naming it, and nothing is written.
      const lower = await api.post(`/admin/portal/interventions/${b.id}/report`, { work_done: "Second visit", meter_values: [{ meter_id: lyonMeter, value: 100 }] }, staff()).catch(failure)
      expect(lower.status).toBe(400)
      expect(lower.data.message).toContain("meter_values.0.value")
      expect(await fleet.listMaintenanceLogEntries({ equipment_id: lyonMachine })).toHaveLength(1)
      expect((await api.get(`/admin/portal/interventions/${b.id}`, staff())).data.intervention).toMatchObject({ status: "scheduled", report: null })
      const twice = await api.post(`/admin/portal/interventions/${a.id}/report`, { work_done: "again" }, staff()).catch(failure)
      expect(twice.status).toBe(400)

      const { data: seen } = await api.get(`/store/portal/interventions/${a.id}`, claire())
      expect(seen.intervention).toMatchObject({ status: "done", report: { work_done: "Replaced the filter", signature_name: "Claire Martin" } })
      expect(seen.intervention.history.map((h: { to_status: string }) => h.to_status)).toEqual(["requested", "scheduled", "done"])

      // The survey, once, after the visit, with answers of the questions' kinds.
      expect((await api.post(`/store/portal/interventions/${a.id}/survey`, { answers: { overall: 5 } }, paul()).catch(failure)).status).toBe(404)
      expect((await api.post(`/store/portal/interventions/${a.id}/survey`, { answers: { overall: 5 } }, vera()).catch(failure)).status).toBe(403)
      expect((await api.post(`/store/portal/interventions/${b.id}/survey`, { answers: { overall: 5 } }, claire()).catch(failure)).data.message).toMatch(/^status/)
      const outOfRange = await api.post(`/store/portal/interventions/${a.id}/survey`, { answers: { overall: 7 } }, claire()).catch(failure)
      expect(outOfRange.data.message).toContain("answers.overall")
      const unknown = await api.post(`/store/portal/interventions/${a.id}/survey`, { answers: { overall: 4, price: 1 } }, claire()).catch(failure)
      expect(unknown.data.message).toContain("answers.price")
      const answered = await api.post(`/store/portal/interventions/${a.id}/survey`, { answers: { overall: 4, on_time: true } }, claire())
      expect(answered.status).toBe(201)
      expect(answered.data.intervention.survey_answered).toBe(true)
      expect((await api.get(`/admin/portal/interventions/${a.id}`, staff())).data.intervention.survey_answers).toEqual({ overall: 4, on_time: true })
      const again = await api.post(`/store/portal/interventions/${a.id}/survey`, { answers: { overall: 5 } }, claire()).catch(failure)
      expect(again.data.message).toMatch(/already answered/)
    })
  },
})
