import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import type { AdminActor, ClientCompany } from "../../helpers/actors"
import { bucketGrid } from "./expected-chart"
import { createChartFixture, failure, type Machine } from "./fleet-fixtures"

jest.setTimeout(180_000)

const MINUTE = 60_000
const COUNT = 3000
const START = Date.UTC(2026, 0, 1)

type Reading = { value: number; read_at: string }

/**
 * A counter that rises 1 a minute, with a spike every 400 readings and a dip every 400 (offset by 200):
 * the extremes a chart must not lose.
 */
function series(): { read_at: Date; value: number }[] {
  return Array.from({ length: COUNT }, (_, i) => {
    let value = 10_000 + i
    if (i % 400 === 123) value += 50_000
    if (i % 400 === 323) value -= 5_000
    return { read_at: new Date(START + i * MINUTE), value }
  })
}

/**
 * The bucket each reading falls in: the meter has more than 2,000 readings, so it has a chart summary and is
 * cut into whole hours here (2,999 minutes over 25 buckets: 2 hours each), as the service cuts it.
 */
function bucketOf(readAt: number, lo: number, hi: number, buckets: number) {
  return bucketGrid(lo, hi, buckets, true).bucketOf(readAt)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor
    let acme: ClientCompany
    let machine: Machine
    const data = series()

    beforeEach(async () => {
      ;({ admin, acme, machine } = await createChartFixture(getContainer(), api, "viewer"))
      // Bulk, as an import or the bench would: the chart reads what is stored, however it got there.
      await getContainer()
        .resolve<FleetModuleService>(FLEET_MODULE)
        .createMeterReadings(data.map((r) => ({ ...r, meter_id: machine.meter_id, source: "technician" as const })))
    })

    const url = (query: string) => `/store/portal/equipment/${machine.id}/meters/${machine.meter_id}/readings?${query}`

    it("keeps the first, last, lowest and highest reading of every bucket, and no more than points", async () => {
      const points = 100
      const { data: answer } = await api.get(url(`points=${points}`), { headers: acme.members[0].headers })
      const readings: Reading[] = answer.readings
      expect(readings.length).toBeLessThanOrEqual(points)
      expect(readings.length).toBeGreaterThan(points / 2)
      const got = new Set(readings.map((r) => `${new Date(r.read_at).getTime()}:${r.value}`))
      const key = (r: { read_at: Date; value: number }) => `${r.read_at.getTime()}:${r.value}`

      const buckets = points / 4
      const lo = data[0].read_at.getTime()
      const hi = data[data.length - 1].read_at.getTime()
      const byBucket = new Map<number, typeof data>()
      for (const r of data) {
        const b = bucketOf(r.read_at.getTime(), lo, hi, buckets)
        byBucket.set(b, [...(byBucket.get(b) ?? []), r])
      }
      expect(byBucket.size).toBe(buckets)
      for (const rows of byBucket.values()) {
        const low = rows.reduce((a, b) => (b.value < a.value ? b : a))
        const high = rows.reduce((a, b) => (b.value > a.value ? b : a))
        for (const kept of [rows[0], rows[rows.length - 1], low, high]) expect(got.has(key(kept))).toBe(true)
      }
      // In time order, and every spike and dip of the series is there.
      const times = readings.map((r) => new Date(r.read_at).getTime())
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      for (const r of data.filter((_, i) => i % 400 === 123 || i % 400 === 323)) expect(got.has(key(r))).toBe(true)
    })

    it("downsamples within from and to, keeping that range's ends", async () => {
      const from = data[1000].read_at.toISOString()
      const to = data[1999].read_at.toISOString()
      const { data: answer } = await api.get(url(`points=40&from=${from}&to=${to}`), { headers: acme.members[0].headers })
      expect(answer.readings.length).toBeLessThanOrEqual(40)
      expect(answer.readings[0]).toMatchObject({ value: data[1000].value, read_at: from })
      expect(answer.readings[answer.readings.length - 1]).toMatchObject({ value: data[1999].value, read_at: to })
    })

    it("answers every reading as it is when there are fewer than points", async () => {
      const from = data[10].read_at.toISOString()
      const to = data[29].read_at.toISOString()
      const { data: answer } = await api.get(url(`from=${from}&to=${to}`), { headers: acme.members[0].headers })
      expect(answer.readings.map((r: Reading) => r.value)).toEqual(data.slice(10, 30).map((r) => r.value))
      expect(answer.readings[0]).toMatchObject({ source: "technician", status: "accepted", photo_url: null })
    })

    it("answers 400 naming points or from when they are wrong", async () => {
      const tooFew = await api.get(url("points=2"), { headers: acme.members[0].headers }).catch(failure)
      expect(tooFew.status).toBe(400)
      expect(tooFew.data.message).toMatch(/points/)
      const notADate = await api.get(url("from=yesterday"), { headers: acme.members[0].headers }).catch(failure)
      expect(notADate.status).toBe(400)
      expect(notADate.data.message).toMatch(/from/)
    })

    it("answers staff the same chart", async () => {
      const { data: answer } = await api.get(`/admin/portal/equipment/${machine.id}/meters/${machine.meter_id}/readings?points=100`, { headers: admin.headers })
      expect(answer.readings.length).toBeLessThanOrEqual(100)
      expect(answer.readings[0].value).toBe(data[0].value)
    })
  },
})
