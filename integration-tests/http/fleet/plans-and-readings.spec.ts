import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import refreshFleetNextDue from "../../../src/jobs/refresh-fleet-next-due"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"
import { createMachine, daysAgo, failure, type Machine } from "./fleet-fixtures"

jest.setTimeout(180_000)

const DAY = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor
    let acme: ClientCompany
    let machine: Machine
    const emitted: { name: string; data: Record<string, unknown> }[] = []

    beforeAll(() => {
      // Record the events the workflows emit, as the alert pipeline would receive them.
      const bus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["portal.fleet.reading_submitted", "portal.fleet.reading_flagged"]) {
        bus.subscribe(name, async (event) => {
          emitted.push({ name, data: event.data as Record<string, unknown> })
        })
      }
    })

    beforeEach(async () => {
      emitted.length = 0
      admin = await createAdmin(getContainer(), api)
      const key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant"],
        members: [{ email: "claire@acme.test", first_name: "Claire", role: "requester" }],
      })
      // 10 hours a day for 60 days: 1,000 h to 1,600 h.
      machine = await createMachine(api, admin, {
        account_id: acme.account_id,
        site_id: acme.site_ids[0],
        name: "Compressor AC-90",
        serial_number: "AC90-001",
        readings: [0, 20, 40, 60].map((d) => ({ value: 1000 + d * 10, read_at: daysAgo(60 - d) })),
      })
    })

    const client = () => ({ headers: acme.members[0].headers })
    const readingsUrl = () => `/store/portal/equipment/${machine.id}/meters/${machine.meter_id}/readings`

    describe("plans and next due", () => {
      it("counts a time plan from its last service and flags it due soon", async () => {
        const { data } = await api.post(
          `/admin/portal/equipment/${machine.id}/plans`,
          { name: "Yearly inspection", interval_days: 365, last_done_at: daysAgo(350).toISOString() },
          { headers: admin.headers }
        )
        expect(data.plan).toMatchObject({ projected: false, due_soon: true, overdue: false })
        const expected = daysAgo(350).getTime() + 365 * DAY
        expect(Math.abs(new Date(data.plan.next_due_date).getTime() - expected)).toBeLessThan(60_000)

        const { data: detail } = await api.get(`/store/portal/equipment/${machine.id}`, client())
        expect(detail.equipment.next_due).toMatchObject({ plan_id: data.plan.id, plan_name: "Yearly inspection", due_soon: true, overdue: false })
        const { data: list } = await api.get("/store/portal/equipment?due_soon=true", client())
        expect(list.equipment.map((e: { id: string }) => e.id)).toEqual([machine.id])
      })

      it("projects a meter plan from the average use and moves it when a service is logged", async () => {
        // Due at 1,750 h; at 1,600 h and 10 h a day: 15 days after the last reading (today).
        const { data } = await api.post(
          `/admin/portal/equipment/${machine.id}/plans`,
          { name: "500 h service", interval_units: 500, meter_id: machine.meter_id, last_done_value: 1250 },
          { headers: admin.headers }
        )
        expect(data.plan).toMatchObject({ projected: true, next_due_value: 1750, due_soon: true })
        expect(Math.abs(new Date(data.plan.next_due_date).getTime() - (daysAgo(0).getTime() + 15 * DAY))).toBeLessThan(DAY / 10)

        const { data: detail } = await api.get(`/store/portal/equipment/${machine.id}`, client())
        expect(detail.equipment.meters[0]).toMatchObject({ last_reading: { value: 1600, status: "accepted" }, average_daily_use: expect.closeTo(10, 4) })

        await api.post(
          `/admin/portal/equipment/${machine.id}/maintenance-log`,
          { performed_at: new Date().toISOString(), kind: "preventive", description: "500 h service", plan_ids: [data.plan.id] },
          { headers: admin.headers }
        )
        const { data: after } = await api.get(`/store/portal/equipment/${machine.id}`, client())
        // Next at 2,100 h: 50 days away at 10 h a day.
        expect(after.equipment.plans[0]).toMatchObject({ last_done_value: 1600, next_due_value: 2100, due_soon: false })
        expect(after.equipment.maintenance_log[0]).toMatchObject({ kind: "preventive", description: "500 h service" })
        const { data: list } = await api.get("/store/portal/equipment?due_soon=true", client())
        expect(list.count).toBe(0)
      })

      it("marks a plan overdue once the meter has passed its due value", async () => {
        await api.post(
          `/admin/portal/equipment/${machine.id}/plans`,
          { name: "500 h service", interval_units: 500, meter_id: machine.meter_id, last_done_value: 1000 },
          { headers: admin.headers }
        )
        const { data } = await api.get(`/store/portal/equipment/${machine.id}`, client())
        expect(data.equipment.next_due).toMatchObject({ overdue: true, due_soon: false })
        expect(data.equipment.plans[0]).toMatchObject({ next_due_value: 1500, overdue: true })
      })

      it("fills in, nightly, the due dates of plans loaded in bulk", async () => {
        const fleet = getContainer().resolve<FleetModuleService>(FLEET_MODULE)
        await fleet.createMaintenancePlans({ equipment_id: machine.id, name: "Loaded", interval_days: 30, last_done_at: daysAgo(40) })
        expect((await api.get(`/store/portal/equipment/${machine.id}`, client())).data.equipment.next_due).toBeNull()
        await refreshFleetNextDue(getContainer())
        const { data } = await api.get(`/store/portal/equipment/${machine.id}`, client())
        expect(data.equipment.next_due).toMatchObject({ plan_name: "Loaded", overdue: true })
      })

      it("refuses a plan without any interval, naming the field", async () => {
        const response = await api
          .post(`/admin/portal/equipment/${machine.id}/plans`, { name: "Nothing" }, { headers: admin.headers })
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/interval_days/)
      })
    })

    describe("reading checks", () => {
      it("accepts a usual reading from a client and tells staff it arrived", async () => {
        const { data } = await api.post(readingsUrl(), { value: 1620, note: "after lunch" }, client())
        expect(data.reading).toMatchObject({ value: 1620, source: "client", status: "accepted", note: "after lunch" })
        expect(emitted.map((e) => e.name)).toEqual(["portal.fleet.reading_submitted"])
        expect(emitted[0].data).toMatchObject({ id: data.reading.id, account_id: acme.account_id, equipment_id: machine.id })
      })

      it("refuses a reading lower than the previous one, naming value", async () => {
        const response = await api.post(readingsUrl(), { value: 1500 }, client()).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^value/)
        // Dated back between 1,200 h (40 days ago) and 1,400 h (20 days ago): above 1,400 is as wrong.
        const back = await api.post(readingsUrl(), { value: 1450, read_at: daysAgo(30).toISOString() }, client()).catch(failure)
        expect(back.status).toBe(400)
        expect(back.data.message).toMatch(/^value .* higher than the later reading/)
      })

      it("refuses a reading dated in the future, naming read_at", async () => {
        const response = await api
          .post(readingsUrl(), { value: 1700, read_at: new Date(Date.now() + 2 * DAY).toISOString() }, client())
          .catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/^read_at/)
      })

      it("keeps an implausible reading for review, alerts staff, and lets staff accept it", async () => {
        // Ten times the usual use since the last reading.
        const { data } = await api.post(readingsUrl(), { value: 1600 + 100 * 10 }, client())
        expect(data.reading.status).toBe("to_review")
        expect(emitted.map((e) => e.name).sort()).toEqual(["portal.fleet.reading_flagged", "portal.fleet.reading_submitted"])

        const { data: queue } = await api.get("/admin/portal/readings?status=to_review", { headers: admin.headers })
        expect(queue.readings).toHaveLength(1)
        expect(queue.readings[0]).toMatchObject({
          id: data.reading.id,
          equipment: { id: machine.id, name: "Compressor AC-90" },
          meter: { id: machine.meter_id, unit: "h" },
          account: { id: acme.account_id },
        })
        const { data: reviewed } = await api.post(
          `/admin/portal/readings/${data.reading.id}/review`,
          { decision: "accept" },
          { headers: admin.headers }
        )
        expect(reviewed.reading.status).toBe("accepted")
        const again = await api
          .post(`/admin/portal/readings/${data.reading.id}/review`, { decision: "reject" }, { headers: admin.headers })
          .catch(failure)
        expect(again.status).toBe(400)
      })

      it("lets staff record a meter replacement lower than the last reading, not a client", async () => {
        const { data } = await api.post(
          `/admin/portal/equipment/${machine.id}/meters/${machine.meter_id}/readings`,
          { value: 2, replacement: true },
          { headers: admin.headers }
        )
        expect(data.reading).toMatchObject({ value: 2, replacement: true, status: "accepted", source: "staff" })
        const { data: next } = await api.post(readingsUrl(), { value: 5 }, client())
        expect(next.reading.status).toBe("accepted")
        const refused = await api.post(readingsUrl(), { value: 1, replacement: true }, client()).catch(failure)
        expect(refused.status).toBe(400)
      })

      it("checks readings sent at the same moment one after the other, so the stored ones never go down", async () => {
        const values = [1618, 1611, 1616, 1613, 1619, 1612, 1615, 1614]
        const answers = await Promise.all(values.map((value) => api.post(readingsUrl(), { value }, client()).catch(failure)))
        expect(answers.every((a) => a.status === 201 || a.status === 400)).toBe(true)
        const { data } = await api.get(readingsUrl(), client())
        const stored = data.readings.map((r: { value: number }) => r.value)
        expect(stored.length).toBe(4 + answers.filter((a) => a.status === 201).length)
        expect([...stored].sort((a, b) => a - b)).toEqual(stored)
      })

      it("answers 400 naming value when it is not a number", async () => {
        const response = await api.post(readingsUrl(), { value: "lots" }, client()).catch(failure)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/value/)
      })
    })
  },
})
