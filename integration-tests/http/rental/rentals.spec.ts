import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seedDemo from "../../../scripts/seed-demo"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import remindRentalReturnsJob from "../../../src/jobs/remind-rental-returns"
import { mailRentalConfirmed } from "../../../src/lib/rental/client-mail"
import { RENTAL_MODULE } from "../../../src/modules/rental"
import type RentalModuleService from "../../../src/modules/rental/service"
import { issueCustomerToken } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"

jest.setTimeout(600_000)

const smtp = useSmtpServer()

const DAY = 86_400_000
type Headers = { headers: Record<string, string> }
const day8 = (offset: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset, 8)).toISOString()
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let claire: Headers
    let marco: Headers
    let staff: Headers
    let acmeSite: string
    type Answer = { status: number; data: { message?: string; rental?: { id: string; units: { id: string }[] } & Record<string, unknown> } }
    /** The answer of a call, refused or not (axios throws on 4xx). */
    const ask = (call: Promise<unknown>) => call.catch((e: { response: unknown }) => e.response) as Promise<Answer>

    /** The mails to `to` whose subject starts with `subject`, once at least `count` came (delivery follows the event). */
    const mailsTo = async (to: string, subject: string, count = 1) => {
      const matching = () => smtp.mails.filter((m) => m.to.includes(to) && m.subject.startsWith(subject))
      for (let waited = 0; matching().length < count && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100))
      return matching()
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedDemo({ container, args: [] } as unknown as ExecArgs)
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Client portal" })
      const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: ["claire@acme.example", "marco@rossi.example"] })
      const token = async (email: string) => issueCustomerToken(container, customers.find((c) => c.email === email)!)
      claire = { headers: { "x-publishable-api-key": key.token, authorization: `Bearer ${await token("claire@acme.example")}` } }
      marco = { headers: { "x-publishable-api-key": key.token, authorization: `Bearer ${await token("marco@rossi.example")}` } }
      const signIn = await api.post("/auth/user/emailpass", { email: "admin@portal.example", password: "portal-demo" })
      staff = { headers: { authorization: `Bearer ${signIn.data.token}` } }
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [acme] = await accounts.listClientAccounts({ number: "C-1001" })
      acmeSite = (await accounts.listSites({ account_id: acme.id }, { order: { created_at: "ASC" } }))[0].id
    })

    it("seeds 5 models over 20 units and Acme's rentals in every state, with slips and a billed return", async () => {
      const { data: models } = await api.get("/admin/portal/rentals/models", staff)
      expect(models.models).toHaveLength(5)
      expect(models.models.reduce((sum: number, m: { units_total: number }) => sum + m.units_total, 0)).toBe(20)
      const { data } = await api.get("/store/portal/rentals?limit=100", claire)
      const statuses = data.rentals.map((r: { status: string }) => r.status).sort()
      expect(statuses).toEqual(["confirmed", "out", "out", "out", "requested", "returned", "returned"])
      expect(data.rentals.filter((r: { overdue: boolean }) => r.overdue)).toHaveLength(1)
      const returned = data.rentals.find((r: { status: string; order_id: string | null }) => r.status === "returned" && r.order_id)
      const { data: detail } = await api.get(`/store/portal/rentals/${returned.id}`, claire)
      expect(detail.rental.slips.map((s: { kind: string }) => s.kind)).toEqual(["exit", "return"])
      expect(detail.rental.charges.map((c: { kind: string }) => c.kind)).toEqual(expect.arrayContaining(["rental", "extra_meter", "late", "damage"]))
      const pdf = await api.get(detail.rental.slips[1].url, { ...claire, responseType: "arraybuffer" })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      // In Claire's language (Acme's, French): the document's title.
      expect(Buffer.from(pdf.data).toString("latin1")).toContain(`Bon de retour ${detail.rental.slips[1].number}`)
      const [order] = await getContainer().resolve(Modules.ORDER).listOrders({ id: returned.order_id })
      expect(order.metadata).toMatchObject({ rental_reservation_id: returned.id })
      const loan = data.rentals.find((r: { is_loan: boolean }) => r.is_loan)
      expect(loan).toMatchObject({ status: "out", order_id: null })
    })

    it("shows the catalogue for dates with the cheapest price and free units, and a model's calendar", async () => {
      const { data } = await api.get(`/store/portal/rentals/catalogue?starts_at=${day8(30)}&ends_at=${day8(39)}`, claire)
      const excavator = data.rental_models.find((m: { title: string }) => m.title === "Mini excavator 1.8 t")
      // 9 days: a week (720) + 2 days (320) = 1040 < 9 days at 160.
      expect(excavator.price).toMatchObject({ total: 1040, days: 9, currency_code: "eur" })
      expect(excavator).toMatchObject({ units_total: 5, units_free: 5, general_total: null, rate: { deposit: 1500, customer_group_id: null } })
      // Marco's company is in the demo's partners group: its own rate card, the general price beside it.
      const { data: theirs } = await api.get(`/store/portal/rentals/catalogue?starts_at=${day8(30)}&ends_at=${day8(39)}`, marco)
      const partnerExcavator = theirs.rental_models.find((m: { title: string }) => m.title === "Mini excavator 1.8 t")
      expect(partnerExcavator).toMatchObject({ price: { total: 600 + 2 * 130, days: 9 }, general_total: 1040, rate: { deposit: 1000, customer_group_id: expect.stringMatching(/^cusgroup_/) } })
      // A model without a group rate costs the partners the general price.
      const lift = (m: { title: string }) => m.title === "Scissor lift 8 m"
      expect(theirs.rental_models.find(lift).price.total).toBe(data.rental_models.find(lift).price.total)
      const { data: calendar } = await api.get(`/store/portal/rentals/availability?model_id=${excavator.id}&from=${day8(0)}&to=${day8(89)}`, claire)
      expect(calendar.availability.days).toHaveLength(90)
      // The confirmed future reservation (days 6 to 9, plus a 24 h buffer) holds one excavator.
      expect(calendar.availability.days[7].free).toBe(4)
      expect(calendar.availability.days[30].free).toBe(5)
      // Two maintenance blocks on one unit the same day count it once; a block ending at midnight leaves the next day free.
      const rentals = getContainer().resolve<RentalModuleService>(RENTAL_MODULE)
      const [unit] = await rentals.listRentalUnits({ rental_model_id: excavator.id, active: true }, { take: 1 })
      const at = (offset: number, hour: number) => new Date(Date.parse(day8(offset)) + (hour - 8) * 3_600_000)
      await rentals.createRentalBlocks([
        { unit_id: unit.id, starts_at: at(80, 10), ends_at: at(80, 12), reason: "Hydraulic check" },
        { unit_id: unit.id, starts_at: at(80, 14), ends_at: at(81, 0), reason: "Filter change" },
      ])
      const { data: blocked } = await api.get(`/store/portal/rentals/availability?model_id=${excavator.id}&from=${day8(79)}&to=${day8(82)}`, claire)
      expect(blocked.availability.days.map((d: { free: number }) => d.free)).toEqual([5, 4, 5, 5])
      const { data: blockedCatalogue } = await api.get(`/store/portal/rentals/catalogue?starts_at=${day8(80)}&ends_at=${day8(81)}`, claire)
      expect(blockedCatalogue.rental_models.find((m: { id: string }) => m.id === excavator.id)).toMatchObject({ units_total: 5, units_free: 4 })
    })

    it("gives the last free unit to exactly one of 100 racing clients; the others get 409s naming the dates", async () => {
      const { data: models } = await api.get("/admin/portal/rentals/models", staff)
      const scrubber = models.models.find((m: { title: string }) => m.title === "Ride-on floor scrubber")
      const [units] = [(await api.get(`/admin/portal/rentals/units?model_id=${scrubber.id}`, staff)).data.units]
      // Two of the three scrubbers go to maintenance over the period: one is left.
      for (const unit of units.slice(0, 2)) {
        await api.post(`/admin/portal/rentals/units/${unit.id}/blocks`, { starts_at: day8(40), ends_at: day8(50), reason: "Battery check" }, staff)
      }
      const body = { starts_at: day8(42), ends_at: day8(44), site_id: acmeSite, lines: [{ model_id: scrubber.id, quantity: 1 }] }
      const answers = await Promise.all(Array.from({ length: 100 }, () => ask(api.post("/store/portal/rentals", body, claire))))
      const statuses = answers.map((a) => a.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(99)
      const refused = answers.find((a) => a.status === 409)!
      expect(refused.data.message).toContain(day8(42).slice(0, 10))
      const won = answers.find((a) => a.status === 201)!
      expect(won.data.rental).toMatchObject({ status: "requested", estimated_total: 220, deposit_total: 700 })
      expect(won.data.rental!.units).toHaveLength(1)
      expect(won.data.rental!.units[0].id).toBe(units[2].id)
    })

    it("refuses, in the database, an assignment that bypasses the workflow and overlaps a live one", async () => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(`select a.unit_id, a.line_id, a.reservation_id, a.starts_at, a.blocked_until from rental_assignment a where a.live limit 1`)
      const live = rows[0]
      const insert = pg.raw(
        `insert into rental_assignment (id, unit_id, line_id, reservation_id, starts_at, blocked_until, live) values ('rasg_bypass', ?, ?, ?, ?, ?, true)`,
        [live.unit_id, live.line_id, live.reservation_id, new Date(new Date(live.starts_at).getTime() + 3_600_000), new Date(new Date(live.blocked_until).getTime() + DAY)]
      )
      await expect(insert).rejects.toMatchObject({ code: "23P01" })
      // A row that is not live (a cancelled reservation's history) may overlap.
      await pg.raw(
        `insert into rental_assignment (id, unit_id, line_id, reservation_id, starts_at, blocked_until, live) values ('rasg_history', ?, ?, ?, ?, ?, false)`,
        [live.unit_id, live.line_id, live.reservation_id, live.starts_at, live.blocked_until]
      )
    })

    it("answers 404 to another account on every rental route, and lists only its own rentals", async () => {
      const { data } = await api.get("/store/portal/rentals?limit=100", claire)
      const mine = data.rentals.find((r: { status: string }) => r.status === "returned")
      const { data: detail } = await api.get(`/store/portal/rentals/${mine.id}`, claire)
      const calls = [
        () => api.get(`/store/portal/rentals/${mine.id}`, marco),
        () => api.post(`/store/portal/rentals/${mine.id}/cancel`, {}, marco),
        () => api.post(`/store/portal/rentals/${mine.id}/change`, { starts_at: day8(60), ends_at: day8(61) }, marco),
        () => api.get(detail.rental.slips[0].url, marco),
        () => api.get(detail.rental.slips[0].photos[0].url, marco),
      ]
      // The demo's slips have a photo: served to its account, as the portal's gallery shows it.
      const photo = await api.get(detail.rental.slips[0].photos[0].url, { ...claire, responseType: "arraybuffer" })
      expect(photo.headers["content-type"]).toBe("image/png")
      for (const call of calls) expect((await ask(call())).status).toBe(404)
      const { data: theirs } = await api.get("/store/portal/rentals?limit=100", marco)
      expect(theirs.rentals.length).toBeGreaterThan(0)
      expect(theirs.rentals.some((r: { account_id: string }) => r.account_id === mine.account_id)).toBe(false)
    })

    it("reserves two models, staff confirm, exit, return late with a reading and damage: charges and an order; a loan has none", async () => {
      const { data: catalogue } = await api.get(`/store/portal/rentals/catalogue?starts_at=${day8(60)}&ends_at=${day8(63)}`, claire)
      const lift = catalogue.rental_models.find((m: { title: string }) => m.title === "Scissor lift 8 m")
      const compressor = catalogue.rental_models.find((m: { title: string }) => m.title === "Air compressor 5 m³/min")
      const reserved = await api.post(
        "/store/portal/rentals",
        { starts_at: day8(60), ends_at: day8(63), site_id: acmeSite, lines: [{ model_id: lift.id, quantity: 2 }, { model_id: compressor.id, quantity: 1 }] },
        claire
      )
      const rental = reserved.data.rental
      expect(rental.estimated_total).toBe(2 * 285 + 255)
      // A change of dates is previewed, then made: the same units when they are free.
      const preview = await api.post(`/store/portal/rentals/${rental.id}/change`, { starts_at: day8(61), ends_at: day8(64), preview: true }, claire)
      expect(preview.data.preview).toMatchObject({ allowed: true, estimated_total: 825 })
      const changed = await api.post(`/store/portal/rentals/${rental.id}/change`, { starts_at: day8(61), ends_at: day8(64) }, claire)
      expect(changed.data.rental.starts_at).toBe(day8(61))
      expect(changed.data.rental.units.map((u: { id: string }) => u.id).sort()).toEqual(rental.units.map((u: { id: string }) => u.id).sort())

      await api.post(`/admin/portal/rentals/${rental.id}/confirm`, {}, staff)
      const rentals = getContainer().resolve<RentalModuleService>(RENTAL_MODULE)
      // The rental "happened" in the past: move it there, as the workflows accept past slip dates.
      await rentals.updateRentalReservations({ id: rental.id, starts_at: new Date(Date.now() - 5 * DAY), ends_at: new Date(Date.now() - 2 * DAY) })
      const { data: before } = await api.get(`/admin/portal/rentals/${rental.id}`, staff)
      const meters = await Promise.all(
        before.rental.units.map(async (u: { id: string; equipment_id: string }) => {
          const { data } = await api.get(`/admin/portal/equipment/${u.equipment_id}`, staff)
          return { unit_id: u.id, meter: data.equipment.meters[0] }
        })
      )
      const value = (m: { meter: { last_reading: { value: number } | null } }) => m.meter.last_reading?.value ?? 0
      await api.post(
        `/admin/portal/rentals/${rental.id}/exit`,
        { performed_at: new Date(Date.now() - 5 * DAY).toISOString(), client_signature_name: "Claire Martin", staff_signature_name: "Sam", units: meters.map((m) => ({ unit_id: m.unit_id, condition: "Good", readings: [{ meter_id: m.meter.id, value: value(m) + 1 }] })) },
        staff
      )
      // While out, the units show in the client's fleet with their meters, and to no other account.
      const equipmentIds = before.rental.units.map((u: { equipment_id: string }) => u.equipment_id)
      const fleetIds = async (who: Headers) => (await api.get("/store/portal/equipment?limit=100", who)).data.equipment.map((e: { id: string }) => e.id)
      expect(await fleetIds(claire)).toEqual(expect.arrayContaining(equipmentIds))
      const onRent = (await api.get(`/store/portal/equipment/${equipmentIds[0]}`, claire)).data.equipment
      expect(onRent.meters).toHaveLength(1)
      // Its page shows where it is for the client: the reservation's site, not the business's yard.
      expect(onRent).toMatchObject({ site_id: acmeSite, site: { id: acmeSite } })
      expect((await ask(api.get(`/store/portal/equipment/${equipmentIds[0]}`, marco))).status).toBe(404)
      expect(await fleetIds(marco)).not.toEqual(expect.arrayContaining([equipmentIds[0]]))
      const returned = await api.post(
        `/admin/portal/rentals/${rental.id}/return`,
        {
          client_signature_name: "Claire Martin",
          damage: true,
          damage_amount: 120,
          damage_note: "cracked guard",
          units: meters.map((m, i) => ({ unit_id: m.unit_id, condition: i ? "Good" : "Cracked guard", readings: [{ meter_id: m.meter.id, value: value(m) + 1 + (i ? 10 : 40) }] })),
        },
        staff
      )
      expect(returned.data.rental.status).toBe("returned")
      expect(await fleetIds(claire)).not.toEqual(expect.arrayContaining([equipmentIds[0]]))
      expect((await ask(api.get(`/store/portal/equipment/${equipmentIds[0]}`, claire))).status).toBe(404)
      const kinds = returned.data.rental.charges.map((c: { kind: string }) => c.kind)
      expect(kinds).toEqual(expect.arrayContaining(["rental", "late", "damage", "extra_meter"]))
      expect(returned.data.order_id).toBeTruthy()
      const [order] = await getContainer().resolve(Modules.ORDER).listOrders({ id: returned.data.order_id }, { relations: ["items"] })
      expect(order.items!.reduce((sum, item) => sum + Number(item.unit_price), 0)).toBeCloseTo(returned.data.total, 2)
      const { data: slip } = await api.get(`/store/portal/rentals/${rental.id}`, claire)
      expect(slip.rental.slips.map((s: { kind: string }) => s.kind)).toEqual(["exit", "return"])
      expect(slip.rental.slips[1].units[0].readings[0].value).toBe(value(meters[0]) + 41)
      // Claire is mailed in French with the return slip attached as a PDF.
      const [mail] = await mailsTo("claire@acme.example", `Location ${rental.number} rendue : bon de retour ${slip.rental.slips[1].number}`)
      expect(mail.raw).toContain(`${slip.rental.slips[1].number}.pdf`)
      expect(mail.raw).toMatch(/Content-Type: application\/pdf/i)

      // The loan: same flow, no charges, no order.
      const { data: list } = await api.get("/store/portal/rentals?limit=100", claire)
      const loan = list.rentals.find((r: { is_loan: boolean }) => r.is_loan)
      const back = await api.post(`/admin/portal/rentals/${loan.id}/return`, { units: [] }, staff)
      expect(back.data).toMatchObject({ order_id: null, total: 0 })
      expect(back.data.rental.charges).toEqual([])
    })

    it("confirms at once with units under the auto-confirm setting, mails each confirmation once in the member's language, and a refused mail fails nothing", async () => {
      const { data: models } = await api.get("/admin/portal/rentals/models", staff)
      const generator = models.models.find((m: { title: string }) => m.title === "Generator 60 kVA")
      const reserve = (who: Headers, offset: number, site: string) =>
        api.post("/store/portal/rentals", { starts_at: day8(offset), ends_at: day8(offset + 2), site_id: site, lines: [{ model_id: generator.id, quantity: 1 }] }, who)
      await api.post("/admin/portal/settings", { rentals: { auto_confirm: true } }, staff)
      const auto = (await reserve(claire, 80, acmeSite)).data.rental
      expect(auto).toMatchObject({ status: "confirmed" })
      expect(auto.units).toHaveLength(1)
      const { data: staffView } = await api.get(`/admin/portal/rentals/${auto.id}`, staff)
      expect(staffView.rental.assignments.map((a: { unit_id: string }) => a.unit_id)).toEqual([auto.units[0].id])
      expect(await mailsTo("claire@acme.example", `Location ${auto.number} confirmée`)).toHaveLength(1)

      await api.post("/admin/portal/settings", { rentals: { auto_confirm: false } }, staff)
      const asked = (await reserve(claire, 84, acmeSite)).data.rental
      expect(asked.status).toBe("requested")
      expect(await mailsTo("claire@acme.example", `Location ${asked.number} confirmée`, 0)).toHaveLength(0)
      // Staff confirm, then confirm again to change nothing: one mail.
      await api.post(`/admin/portal/rentals/${asked.id}/confirm`, {}, staff)
      await api.post(`/admin/portal/rentals/${asked.id}/confirm`, {}, staff)
      await mailsTo("claire@acme.example", `Location ${asked.number} confirmée`, 2)
      expect(await mailsTo("claire@acme.example", `Location ${asked.number} confirmée`)).toHaveLength(1)

      // Marco's mailbox refuses mail: his reservation is confirmed all the same, the failure only logged.
      const container = getContainer()
      const customers = container.resolve(Modules.CUSTOMER)
      const [marcoCustomer] = await customers.listCustomers({ email: "marco@rossi.example" })
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [rossi] = await accounts.listClientAccounts({ name: "Rossi Impianti" })
      const [rossiSite] = await accounts.listSites({ account_id: rossi.id }, { take: 1 })
      await customers.updateCustomers(marcoCustomer.id, { email: "marco@refused.example" })
      await api.post("/admin/portal/settings", { rentals: { auto_confirm: true } }, staff)
      try {
        const refused = await reserve(marco, 88, rossiSite.id)
        expect(refused.status).toBe(201)
        expect(refused.data.rental.status).toBe("confirmed")
        // The subscriber's attempt is recorded as failed; calling again tries again (and fails again) without throwing.
        const notifications = container.resolve(Modules.NOTIFICATION)
        let status: string | undefined
        for (let waited = 0; status !== "failure" && waited < 15_000; waited += 100) {
          status = (await notifications.listNotifications({ to: "marco@refused.example", template: "portal-rental-confirmed" }))[0]?.status
          if (status !== "failure") await new Promise((r) => setTimeout(r, 100))
        }
        expect(status).toBe("failure")
        expect(await mailRentalConfirmed(container, refused.data.rental.id)).toEqual({ sent: [], failed: ["marco@refused.example"] })
      } finally {
        await customers.updateCustomers(marcoCustomer.id, { email: "marco@rossi.example" })
        await api.post("/admin/portal/settings", { rentals: { auto_confirm: false } }, staff)
      }
    })

    it("reminds the member the day before the planned return, once however often the job runs", async () => {
      const { data } = await api.get("/store/portal/rentals?period=current&limit=100", claire)
      const out = data.rentals.find((r: { overdue: boolean; is_loan: boolean }) => !r.overdue && !r.is_loan)
      const later = data.rentals.filter((r: { id: string; overdue: boolean }) => r.id !== out.id && !r.overdue)
      const rentals = getContainer().resolve<RentalModuleService>(RENTAL_MODULE)
      await rentals.updateRentalReservations({ id: out.id, ends_at: new Date(day8(1)) })
      for (const other of later) await rentals.updateRentalReservations({ id: other.id, ends_at: new Date(day8(5)) })
      await remindRentalReturnsJob(getContainer())
      await remindRentalReturnsJob(getContainer())
      await mailsTo("claire@acme.example", `Location ${out.number} : retour prévu`, 2)
      expect(await mailsTo("claire@acme.example", `Location ${out.number} : retour prévu`)).toHaveLength(1)
      for (const other of later) expect(await mailsTo("claire@acme.example", `Location ${other.number} : retour prévu`, 0)).toHaveLength(0)
    })

    it("cancels under the notice rule with its fee, frees the units, and refuses a change inside the notice naming it", async () => {
      const { data: catalogue } = await api.get(`/store/portal/rentals/catalogue?starts_at=${day8(70)}&ends_at=${day8(71)}`, claire)
      const generator = catalogue.rental_models.find((m: { title: string }) => m.title === "Generator 60 kVA")
      const { data } = await api.post("/store/portal/rentals", { starts_at: day8(70), ends_at: day8(71), site_id: acmeSite, lines: [{ model_id: generator.id, quantity: 4 }] }, claire)
      const full = await ask(api.post("/store/portal/rentals", { starts_at: day8(70), ends_at: day8(71), site_id: acmeSite, lines: [{ model_id: generator.id, quantity: 1 }] }, claire))
      expect(full.status).toBe(409)
      expect(full.data.message).toMatch(/only 0 Generator 60 kVA free/)
      const preview = await api.post(`/store/portal/rentals/${data.rental.id}/cancel`, { preview: true }, claire)
      expect(preview.data.preview).toMatchObject({ allowed: true, fee: 0 })
      const cancelled = await api.post(`/store/portal/rentals/${data.rental.id}/cancel`, {}, claire)
      expect(cancelled.data.rental.status).toBe("cancelled")
      const again = await api.post("/store/portal/rentals", { starts_at: day8(70), ends_at: day8(71), site_id: acmeSite, lines: [{ model_id: generator.id, quantity: 1 }] }, claire)
      expect(again.status).toBe(201)

      await api.post("/admin/portal/settings", { rentals: { change_notice_hours: 24 * 100 } }, staff)
      const refused = await ask(api.post(`/store/portal/rentals/${again.data.rental.id}/change`, { starts_at: day8(72), ends_at: day8(73) }, claire))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("starts_at: dates can change until 2400 hours before the start")
      await api.post("/admin/portal/settings", { rentals: { change_notice_hours: 24 } }, staff)
    })
  },
})
