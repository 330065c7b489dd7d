import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { RENTAL_MODULE } from ".."
import RentalModuleService, { type NewReservation } from "../service"

jest.setTimeout(180_000)

const DAY = 86_400_000
const HOUR = 3_600_000
const DAYS = 40

/** A UTC midnight `offset` days from today. */
const midnight = (offset: number) => {
  const now = new Date()
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
}

/** A small deterministic generator, so a failing sequence can be replayed. */
const generator = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

moduleIntegrationTestRunner<RentalModuleService>({
  moduleName: RENTAL_MODULE,
  resolve: "./src/modules/rental",
  // The migrations, not the models: the day counts are kept by triggers the models do not describe.
  pathToMigrations: "./src/modules/rental/migrations",
  testSuite: ({ service }) => {
    let sequence = 0
    const from = midnight(-5)

    /**
     * What the calendar must say, counted the slow way from the busy ranges read live (assignments with their
     * buffer, blocks, overdue units until now plus their buffer): a day is busy for a unit when one of its
     * ranges meets that day.
     */
    const expectedFree = async (modelId: string) => {
      const units = await service.listRentalUnits({ rental_model_id: modelId, active: true })
      const ranges = await service.busyRanges(units.map((u) => u.id), from, new Date(from.getTime() + DAYS * DAY))
      return Array.from({ length: DAYS }, (_, day) => {
        const start = from.getTime() + day * DAY
        const busy = new Set(ranges.filter((r) => r.from.getTime() < start + DAY && r.to.getTime() > start).map((r) => r.unit_id))
        return units.length - busy.size
      })
    }

    const reserve = async (modelId: string, unitIds: string[], starts_at: Date, ends_at: Date, bufferHours = 24, status: "requested" | "confirmed" = "confirmed") => {
      sequence += 1
      const input: NewReservation = {
        reservation: {
          number: `R-T${sequence}`,
          account_id: "acc_test",
          site_id: null,
          status,
          starts_at,
          ends_at,
          currency_code: "eur",
          estimated_total: 0,
          deposit_total: 0,
          customer_id: null,
          requested_by_name: null,
          notes: null,
          confirmed_at: null,
        },
        lines: [{ model_id: modelId, variant_id: "variant_test", title: "Test", quantity: unitIds.length, price: 0, deposit: 0, unit_ids: unitIds, blocked_until: new Date(ends_at.getTime() + bufferHours * HOUR) }],
      }
      return service.createReservation(input)
    }

    const newModel = async (units: number) => {
      sequence += 1
      const model = await service.createRentalModels({ variant_id: `variant_${sequence}`, title: `Model ${sequence}` })
      const created = await service.createRentalUnits(Array.from({ length: units }, (_, i) => ({ equipment_id: `eq_${sequence}_${i}`, rental_model_id: model.id })))
      return { model, units: created }
    }

    it("keeps each day's count equal to the live ranges through reservations, blocks, returns, cancellations and unit changes", async () => {
      const { model, units } = await newModel(6)
      const other = await newModel(2)
      const random = generator(7)
      const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
      const reservations: string[] = []
      const blocks: string[] = []
      for (let step = 0; step < 120; step++) {
        const action = random()
        const start = new Date(midnight(Math.floor(random() * 35) - 8).getTime() + Math.floor(random() * 24) * HOUR)
        const end = new Date(start.getTime() + (1 + Math.floor(random() * 96)) * HOUR)
        if (action < 0.4) {
          // A refused overlap (the exclusion constraint) must leave the counts as they were.
          await reserve(model.id, [pick(units).id], start, end, Math.floor(random() * 30)).then((id) => reservations.push(id), () => undefined)
        } else if (action < 0.6) {
          const [block] = await service.createRentalBlocks([{ unit_id: pick(units).id, starts_at: start, ends_at: end, reason: "Check" }])
          blocks.push(block.id)
        } else if (action < 0.68 && blocks.length) {
          await service.updateRentalBlocks({ id: pick(blocks), starts_at: start, ends_at: end })
        } else if (action < 0.74 && blocks.length) {
          const id = blocks.splice(Math.floor(random() * blocks.length), 1)[0]
          await (random() < 0.5 ? service.softDeleteRentalBlocks([id]) : service.deleteRentalBlocks([id]))
        } else if (action < 0.82 && reservations.length) {
          // Cancelled: the assignments stay as history, no longer live.
          await service.replaceAssignments(pick(reservations), [])
        } else if (action < 0.88 && reservations.length) {
          // Returned early or late: the range's end moves (it may now meet another range and be refused).
          const [assignment] = await service.listRentalAssignments({ reservation_id: pick(reservations), live: true })
          if (assignment) await service.updateRentalAssignments({ id: assignment.id, blocked_until: end > assignment.starts_at ? end : new Date(assignment.starts_at.getTime() + HOUR) }).catch(() => undefined)
        } else if (action < 0.93) {
          const unit = pick(units)
          const [current] = await service.listRentalUnits({ id: unit.id })
          await service.updateRentalUnits({ id: unit.id, active: !current.active })
        } else if (action < 0.96) {
          // A unit moved to another model and back leaves both models' counts right.
          const unit = pick(units)
          await service.updateRentalUnits({ id: unit.id, rental_model_id: other.model.id })
          expect((await service.dailyFreeUnits(other.model.id, from, DAYS))!.free).toEqual(await expectedFree(other.model.id))
          await service.updateRentalUnits({ id: unit.id, rental_model_id: model.id })
        } else {
          const unit = pick(units)
          await service.softDeleteRentalUnits([unit.id])
          expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
          await service.restoreRentalUnits([unit.id])
        }
        expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
      }
      expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
      expect((await service.dailyFreeUnits(other.model.id, from, DAYS))!.free).toEqual(await expectedFree(other.model.id))
    })

    it("counts a unit still out after its planned end as busy until now plus its buffer, once a day", async () => {
      const { model, units } = await newModel(3)
      const late = await reserve(model.id, [units[0].id], midnight(-4), new Date(midnight(-2).getTime() + 9 * HOUR), 12)
      await service.updateRentalReservations({ id: late, status: "out" })
      // The same unit also has a maintenance block today: counted once.
      await service.createRentalBlocks([{ unit_id: units[0].id, starts_at: new Date(midnight(0).getTime() + HOUR), ends_at: new Date(midnight(0).getTime() + 2 * HOUR), reason: "Check" }])
      const free = (await service.dailyFreeUnits(model.id, from, DAYS))!.free
      expect(free).toEqual(await expectedFree(model.id))
      // Out since day -4, due back day -2: still busy today and up to now + 12 h.
      expect(free.slice(1, 6)).toEqual([2, 2, 2, 2, 2])
      expect(free[30]).toBe(3)
    })

    it("counts many rows written by one statement, and forgets a deleted unit", async () => {
      const { model, units } = await newModel(5)
      const random = generator(11)
      const blocks = await service.createRentalBlocks(
        Array.from({ length: 60 }, () => {
          const starts_at = new Date(midnight(Math.floor(random() * 30) - 3).getTime() + Math.floor(random() * 24) * HOUR)
          return { unit_id: units[Math.floor(random() * units.length)].id, starts_at, ends_at: new Date(starts_at.getTime() + (1 + Math.floor(random() * 72)) * HOUR), reason: "Check" }
        })
      )
      expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
      await service.softDeleteRentalBlocks(blocks.filter((_, i) => i % 3 === 0).map((b) => b.id))
      expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
      await service.deleteRentalUnits([units[0].id])
      expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
    })

    it("keeps the counts right when writers of one model's units race, the same unit included", async () => {
      const { model, units } = await newModel(8)
      const writes = Array.from({ length: 40 }, (_, i) => {
        const unit = units[i % units.length]
        const start = new Date(midnight(i % 20).getTime() + (i % 5) * HOUR)
        return i % 2
          ? service.createRentalBlocks([{ unit_id: unit.id, starts_at: start, ends_at: new Date(start.getTime() + 30 * HOUR), reason: "Check" }])
          : reserve(model.id, [unit.id], start, new Date(start.getTime() + 20 * HOUR), 6).catch(() => undefined)
      })
      await Promise.all(writes)
      expect((await service.dailyFreeUnits(model.id, from, DAYS))!.free).toEqual(await expectedFree(model.id))
    })
  },
})
