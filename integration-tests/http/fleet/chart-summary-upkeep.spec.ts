import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import type { AdminActor, ClientCompany } from "../../helpers/actors"
import { bucketGrid, expectedChart, type ChartReading } from "./expected-chart"
import { createChartFixture, createMachine, type Machine } from "./fleet-fixtures"

jest.setTimeout(180_000)

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const WEEK = 7 * DAY
const COUNT = 3000

/**
 * An hours counter read every 10 minutes until an hour ago (about 21 days): rising one a reading, with noise
 * that makes equal values (ties), a spike every 300 readings and a dip every 300 (offset by 134).
 */
function series(end: number): { read_at: Date; value: number }[] {
  return Array.from({ length: COUNT }, (_, i) => {
    let value = 10_000 + i + ((i * 7919) % 37)
    if (i % 300 === 77) value += 5_000
    if (i % 300 === 211) value -= 3_000
    return { read_at: new Date(end - (COUNT - 1 - i) * 10 * MINUTE), value }
  })
}

type Answer = { data: { readings: { id: string }[] } }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor
    let acme: ClientCompany
    let machine: Machine
    let data: { read_at: Date; value: number }[]
    const fleet = () => getContainer().resolve<FleetModuleService>(FLEET_MODULE)

    beforeEach(async () => {
      ;({ admin, acme, machine } = await createChartFixture(getContainer(), api, "requester"))
      data = series(Date.now() - HOUR)
      await fleet().createMeterReadings(data.map((r) => ({ ...r, meter_id: machine.meter_id, source: "technician" as const })))
    })

    const readingsUrl = (m: Machine) => `/store/portal/equipment/${m.id}/meters/${m.meter_id}/readings`
    const client = () => ({ headers: acme.members[0].headers })

    /** Every stored reading of the meter (soft-deleted ones are not listed), as the slow computation needs them. */
    async function storedReadings(m: Machine): Promise<ChartReading[]> {
      const rows = await fleet().listMeterReadings({ meter_id: m.meter_id }, { select: ["id", "value", "read_at", "status"], take: 10_000 })
      return rows.map((r) => ({ id: r.id, value: Number(r.value), read_at: new Date(r.read_at), status: r.status }))
    }

    /** The route's chart equals the one computed from every reading; answers its reading ids. */
    async function expectExactChart(m: Machine, { points, from, to, summarized = true }: { points: number; from?: Date; to?: Date; summarized?: boolean }) {
      const query = [`points=${points}`, from && `from=${from.toISOString()}`, to && `to=${to.toISOString()}`].filter(Boolean).join("&")
      const { data: answer } = (await api.get(`${readingsUrl(m)}?${query}`, client())) as Answer
      const expected = expectedChart(await storedReadings(m), { from, to, points, summarized })
      expect(answer.readings.map((r) => r.id)).toEqual(expected.map((r) => r.id))
      expect(answer.readings.length).toBeLessThanOrEqual(points)
      return answer.readings.map((r) => r.id)
    }

    it("charts exactly what a reading-by-reading computation gives, on weeks, days and hours, with from and to cutting hours", async () => {
      // Cut inside an hour at both ends, so that part of the range comes from hours and part from readings.
      const from = new Date(data[123].read_at.getTime() + 7 * MINUTE + 13_000)
      const to = new Date(data[2777].read_at.getTime() - 3 * MINUTE)
      const ranges: { from?: Date; to?: Date }[] = [{}, { from, to }, { from }, { to }]
      const units = new Set<number>()
      for (const points of [8, 40, 100, 500]) {
        for (const range of ranges) {
          await expectExactChart(machine, { points, ...range })
          const inRange = data.filter((r) => (!range.from || r.read_at >= range.from) && (!range.to || r.read_at <= range.to))
          units.add(bucketGrid(inRange[0].read_at.getTime(), inRange[inRange.length - 1].read_at.getTime(), Math.floor(points / 4), true).unit)
        }
      }
      expect([...units].sort((a, b) => a - b)).toEqual([HOUR, DAY, WEEK])
    })

    it("charts a reading added through the portal", async () => {
      const { data: added } = await api.post(readingsUrl(machine), { value: data[COUNT - 1].value + 3 }, client())
      expect(added.reading.status).toBe("accepted")
      const kept = await expectExactChart(machine, { points: 100 })
      expect(kept[kept.length - 1]).toBe(added.reading.id)
    })

    it("charts a reading held for review, and drops it when staff reject it: its bucket's highest is the next one again", async () => {
      const { data: added } = await api.post(readingsUrl(machine), { value: data[COUNT - 1].value + 100_000 }, client())
      expect(added.reading.status).toBe("to_review")
      expect(await expectExactChart(machine, { points: 100 })).toContain(added.reading.id)

      await api.post(`/admin/portal/readings/${added.reading.id}/review`, { decision: "reject" }, { headers: admin.headers })
      const kept = await expectExactChart(machine, { points: 100 })
      expect(kept).not.toContain(added.reading.id)
      // The rejected reading was the latest, and the highest of the last bucket: that bucket's highest is now
      // the reading it hid.
      const charted = (await storedReadings(machine)).filter((r) => r.status !== "rejected")
      const times = charted.map((r) => r.read_at.getTime())
      const { bucketOf } = bucketGrid(Math.min(...times), Math.max(...times), 25, true)
      const bucket = charted.filter((r) => bucketOf(r.read_at.getTime()) === bucketOf(Math.max(...times)))
      const next = bucket.reduce((a, b) => (b.value > a.value || (b.value === a.value && b.read_at >= a.read_at) ? b : a))
      expect(kept).toContain(next.id)
    })

    it("drops a soft-deleted reading and keeps the next extreme of its bucket", async () => {
      const [spike] = (await storedReadings(machine)).filter((r) => r.read_at.getTime() === data[1277].read_at.getTime())
      expect(spike.value).toBe(data[1277].value)
      expect(await expectExactChart(machine, { points: 100 })).toContain(spike.id)
      await fleet().softDeleteMeterReadings([spike.id])
      expect(await expectExactChart(machine, { points: 100 })).not.toContain(spike.id)
      await fleet().restoreMeterReadings([spike.id])
      expect(await expectExactChart(machine, { points: 100 })).toContain(spike.id)
    })

    it("charts readings added in bulk, as an import does", async () => {
      const start = data[COUNT - 1].read_at.getTime()
      const more = Array.from({ length: 50 }, (_, i) => ({
        read_at: new Date(start + (i + 1) * MINUTE),
        value: data[COUNT - 1].value + i + (i === 25 ? 9_000 : 0),
        meter_id: machine.meter_id,
        source: "technician" as const,
      }))
      const created = await fleet().createMeterReadings(more)
      const spike = created.find((r) => r.read_at.getTime() === more[25].read_at.getTime())
      expect(await expectExactChart(machine, { points: 100 })).toContain(spike?.id)
    })

    it("cuts a meter without a summary (2,000 readings or fewer) on whole milliseconds, as exactly", async () => {
      const small = await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Pump", serial_number: "P-1" })
      await fleet().createMeterReadings(data.slice(0, 300).map((r) => ({ ...r, meter_id: small.meter_id, source: "technician" as const })))
      await expectExactChart(small, { points: 40, summarized: false })
      await expectExactChart(small, { points: 40, from: new Date(data[17].read_at.getTime() + 1), to: data[250].read_at, summarized: false })
    })
  },
})
