import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { averageDailyUse, computePlanDue, earliestDue, USAGE_WINDOW_DAYS, type MeterUsage } from "../../lib/fleet/next-due"
import { Equipment } from "./models/equipment"
import { EquipmentFile } from "./models/equipment-file"
import { MaintenanceLogEntry } from "./models/maintenance-log-entry"
import { MaintenancePlan } from "./models/maintenance-plan"
import { Meter } from "./models/meter"
import { MeterReading } from "./models/meter-reading"

export type ReadingPoint = {
  id: string
  meter_id: string
  value: number
  read_at: Date
  source: string
  status: string
  note: string | null
  photo_file_id: string | null
  replacement: boolean
  created_at: Date
}

/** `last_reading` is the latest reading not rejected (what clients see); usage counts accepted readings only. */
export type MeterState = MeterUsage & {
  meter_id: string
  last_reading: { value: number; read_at: Date; status: string } | null
}

const READING_COLUMNS = `r.id, r.meter_id, r.value, r.read_at, r.source, r.status, r.note, r.photo_file_id, r.replacement, r.created_at`

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

class FleetModuleService extends MedusaService({
  Equipment,
  EquipmentFile,
  MaintenanceLogEntry,
  MaintenancePlan,
  Meter,
  MeterReading,
}) {
  private knex(context: Context): Knex {
    const manager = (context.transactionManager ?? context.manager) as RawManager
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * A meter's readings between `from` and `to` (default: all), at most `points` of them. When there are more,
   * the range is cut into points/4 buckets of equal time and each keeps its first, last, lowest and highest
   * reading, so a chart keeps the curve's ends and every spike. Three short queries rather than one: the
   * bucket aggregate is one index-only pass with plain min/max (no sort, no per-row arrays), then each kept
   * reading is one index lookup. A single statement joining them made PostgreSQL misestimate the groups
   * and spend seconds compiling it (JIT). Rejected readings are left out.
   */
  @InjectManager()
  async downsampleReadings(
    meterId: string,
    { from, to, points }: { from?: Date | null; to?: Date | null; points: number },
    @MedusaContext() context: Context = {}
  ): Promise<ReadingPoint[]> {
    const knex = this.knex(context)
    const range = `r.meter_id = ? and r.deleted_at is null and r.status <> 'rejected'
      and r.read_at >= coalesce(?::timestamptz, '-infinity') and r.read_at <= coalesce(?::timestamptz, 'infinity')`
    const rangeArgs = [meterId, from ?? null, to ?? null]

    const few = await knex.raw(`select ${READING_COLUMNS} from fleet_meter_reading r where ${range} order by r.read_at limit ?`, [
      ...rangeArgs,
      points + 1,
    ])
    if (few.rows.length <= points) return few.rows.map(toPoint)

    const { rows: spans } = await knex.raw(
      `select (select r.read_at from fleet_meter_reading r where ${range} order by r.read_at asc limit 1) as lo,
              (select r.read_at from fleet_meter_reading r where ${range} order by r.read_at desc limit 1) as hi`,
      [...rangeArgs, ...rangeArgs]
    )
    const lo = new Date(spans[0].lo)
    const hi = new Date(spans[0].hi)
    const buckets = Math.max(1, Math.floor(points / 4))
    // Whole milliseconds, rounded up with room for the microseconds a JS date drops, so that the last
    // reading still falls in the last bucket.
    const widthMs = Math.floor((hi.getTime() - lo.getTime()) / buckets) + 2
    const { rows: groups } = await knex.raw(
      `select min(r.read_at) as t_first, max(r.read_at) as t_last, min(r.value) as v_min, max(r.value) as v_max
       from fleet_meter_reading r where ${range}
       group by date_bin(make_interval(secs => ? / 1000.0), r.read_at, ?::timestamptz)`,
      [...rangeArgs, widthMs, lo]
    )
    const kept = `select ${READING_COLUMNS} from fleet_meter_reading r
      where r.meter_id = ? and r.deleted_at is null and r.status <> 'rejected'`
    const { rows } = await knex.raw(
      `select distinct on (k.read_at, k.id) k.* from unnest(?::timestamptz[], ?::timestamptz[], ?::float8[], ?::float8[]) as g(t_first, t_last, v_min, v_max),
       lateral (
         (${kept} and r.read_at = g.t_first order by r.read_at limit 1)
         union all (${kept} and r.read_at = g.t_last order by r.read_at limit 1)
         union all (${kept} and r.read_at between g.t_first and g.t_last and r.value = g.v_min order by r.read_at asc limit 1)
         union all (${kept} and r.read_at between g.t_first and g.t_last and r.value = g.v_max order by r.read_at desc limit 1)
       ) k
       order by k.read_at, k.id`,
      [
        groups.map((g: { t_first: Date }) => g.t_first),
        groups.map((g: { t_last: Date }) => g.t_last),
        groups.map((g: { v_min: number }) => g.v_min),
        groups.map((g: { v_max: number }) => g.v_max),
        meterId,
        meterId,
        meterId,
        meterId,
      ]
    )
    return rows.map(toPoint)
  }

  /**
   * Per meter: its latest reading that is not rejected (what a client sees as "last reading"), and the
   * average daily use over the accepted readings of the 90 days before the latest accepted one, counted
   * from the last meter replacement when there was one in that window.
   */
  @InjectManager()
  async meterStates(meterIds: string[], @MedusaContext() context: Context = {}): Promise<Map<string, MeterState>> {
    const states = new Map<string, MeterState>()
    if (!meterIds.length) return states
    const knex = this.knex(context)
    const { rows } = await knex.raw(
      `select m.id as meter_id, shown.value as shown_value, shown.read_at as shown_at, shown.status as shown_status,
              last.value as last_value, last.read_at as last_at, first.value as first_value, first.read_at as first_at
       from unnest(?::text[]) as m(id)
       left join lateral (
         select value, read_at, status from fleet_meter_reading
         where meter_id = m.id and deleted_at is null and status <> 'rejected' order by read_at desc limit 1
       ) shown on true
       left join lateral (
         select value, read_at from fleet_meter_reading
         where meter_id = m.id and deleted_at is null and status = 'accepted' order by read_at desc limit 1
       ) last on true
       left join lateral (
         select max(read_at) as at from fleet_meter_reading
         where meter_id = m.id and deleted_at is null and replacement = true and status = 'accepted'
       ) replaced on true
       left join lateral (
         select value, read_at from fleet_meter_reading
         where meter_id = m.id and deleted_at is null and status = 'accepted'
           and read_at >= greatest(last.read_at - make_interval(days => ?), coalesce(replaced.at, '-infinity'::timestamptz))
         order by read_at asc limit 1
       ) first on true`,
      [meterIds, USAGE_WINDOW_DAYS]
    )
    for (const row of rows) {
      const last = row.last_at ? { value: Number(row.last_value), read_at: row.last_at } : null
      const first = row.first_at ? { value: Number(row.first_value), read_at: row.first_at } : null
      states.set(row.meter_id, {
        meter_id: row.meter_id,
        last_value: last?.value ?? null,
        last_read_at: last?.read_at ?? null,
        average_daily_use: averageDailyUse(first, last),
        last_reading: row.shown_at ? { value: Number(row.shown_value), read_at: row.shown_at, status: row.shown_status } : null,
      })
    }
    return states
  }

  /** The latest accepted reading of a meter at or before `at`: the one a new reading must not go below. */
  @InjectManager()
  async previousReading(meterId: string, at: Date, @MedusaContext() context: Context = {}): Promise<ReadingPoint | null> {
    const { rows } = await this.knex(context).raw(
      `select ${READING_COLUMNS} from fleet_meter_reading r
       where r.meter_id = ? and r.deleted_at is null and r.status = 'accepted' and r.read_at <= ?
       order by r.read_at desc limit 1`,
      [meterId, at]
    )
    return rows[0] ? toPoint(rows[0]) : null
  }

  /** The earliest accepted reading of a meter after `at`: a reading dated back must not go above it. */
  @InjectManager()
  async nextReading(meterId: string, at: Date, @MedusaContext() context: Context = {}): Promise<ReadingPoint | null> {
    const { rows } = await this.knex(context).raw(
      `select ${READING_COLUMNS} from fleet_meter_reading r
       where r.meter_id = ? and r.deleted_at is null and r.status = 'accepted' and r.read_at > ?
       order by r.read_at asc limit 1`,
      [meterId, at]
    )
    return rows[0] ? toPoint(rows[0]) : null
  }

  /**
   * Recomputes the next due date of every plan of these machines and stores it, with the earliest one on
   * the machine itself. Called after anything that moves a due date: a plan, a log entry, a reading.
   */
  async refreshNextDue(equipmentIds: string[]): Promise<void> {
    const ids = [...new Set(equipmentIds)]
    if (!ids.length) return
    const equipment = await this.listEquipment({ id: ids }, { select: ["id", "installation_date", "created_at"] })
    const plans = await this.listMaintenancePlans({ equipment_id: ids })
    const meterIds = [...new Set(plans.map((p) => p.meter_id).filter((id): id is string => !!id))]
    const usage = await this.meterStates(meterIds)
    const updatedPlans = plans.map((plan) => {
      const owner = equipment.find((e) => e.id === (plan as unknown as { equipment_id: string }).equipment_id)
      const due = computePlanDue(plan, plan.meter_id ? usage.get(plan.meter_id) ?? null : null, owner?.installation_date ?? owner?.created_at ?? null)
      return { id: plan.id, equipment_id: owner?.id ?? null, ...due }
    })
    if (updatedPlans.length) {
      await this.updateMaintenancePlans(
        updatedPlans.map(({ id, next_due_date, next_due_value, projected }) => ({ id, next_due_date, next_due_value, projected }))
      )
    }
    await this.updateEquipment(
      equipment.map((e) => {
        const first = earliestDue(updatedPlans.filter((p) => p.equipment_id === e.id))
        return { id: e.id, next_due_date: first?.next_due_date ?? null, next_due_plan_id: first?.id ?? null }
      })
    )
  }
}

function toPoint(row: Record<string, unknown>): ReadingPoint {
  return { ...(row as ReadingPoint), value: Number(row.value) }
}

export default FleetModuleService
