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

const CHARTED = `r.meter_id = :meter and r.deleted_at is null and r.status <> 'rejected'
  and r.read_at >= coalesce(:from::timestamptz, '-infinity') and r.read_at <= coalesce(:to::timestamptz, 'infinity')`

/**
 * One statement, so that bucket bounds never leave PostgreSQL: a JavaScript Date keeps milliseconds and
 * readings stored with microseconds would fall between buckets. The slices' bounds are one array that
 * width_bucket searches, so every reading lands in exactly one slice. The ends of the range and the count
 * (up to points + 1) are index probes; only a range with more readings than points is aggregated, in one
 * index-only pass, and each kept reading is then one index lookup.
 */
const DOWNSAMPLE_SQL = `
with span as materialized (
  select (select r.read_at from fleet_meter_reading r where ${CHARTED} order by r.read_at asc limit 1) as lo,
         (select r.read_at from fleet_meter_reading r where ${CHARTED} order by r.read_at desc limit 1) as hi,
         (select count(*) from (select 1 from fleet_meter_reading r where ${CHARTED} limit :points + 1) c) as n
),
slices as materialized (
  select s.lo + make_interval(secs => extract(epoch from s.hi - s.lo)::float8 * b / :buckets) as b_lo,
         case when b = :buckets - 1 then 'infinity'
              else s.lo + make_interval(secs => extract(epoch from s.hi - s.lo)::float8 * (b + 1) / :buckets) end as b_hi
  from span s, generate_series(0, :buckets - 1) b
  where s.n > :points
),
groups as materialized (
  select a.* from slices, lateral (
    select min(r.read_at) as t_first, max(r.read_at) as t_last, min(r.value) as v_min, max(r.value) as v_max
    from fleet_meter_reading r
    where ${CHARTED} and r.read_at >= slices.b_lo and r.read_at < slices.b_hi
  ) a
  where a.t_first is not null
)
select distinct on (r.read_at, r.id) r.* from groups g, lateral (
  (select ${READING_COLUMNS} from fleet_meter_reading r where ${CHARTED} and r.read_at = g.t_first order by r.read_at limit 1)
  union all (select ${READING_COLUMNS} from fleet_meter_reading r where ${CHARTED} and r.read_at = g.t_last order by r.read_at desc limit 1)
  union all (select ${READING_COLUMNS} from fleet_meter_reading r
             where ${CHARTED} and r.read_at between g.t_first and g.t_last and r.value = g.v_min order by r.read_at asc limit 1)
  union all (select ${READING_COLUMNS} from fleet_meter_reading r
             where ${CHARTED} and r.read_at between g.t_first and g.t_last and r.value = g.v_max order by r.read_at desc limit 1)
) r
union all
(select ${READING_COLUMNS} from fleet_meter_reading r where ${CHARTED} and (select n from span) <= :points order by r.read_at limit :points)
order by read_at, id`

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
   * the range is cut into points/4 slices of equal time and each keeps its first, last, lowest and highest
   * reading, so a chart keeps the curve's ends and every spike. Rejected readings are left out.
   */
  @InjectManager()
  async downsampleReadings(
    meterId: string,
    { from, to, points }: { from?: Date | null; to?: Date | null; points: number },
    @MedusaContext() context: Context = {}
  ): Promise<ReadingPoint[]> {
    const { rows } = await this.knex(context).raw(DOWNSAMPLE_SQL, {
      meter: meterId,
      from: from ?? null,
      to: to ?? null,
      points,
      buckets: Math.max(1, Math.floor(points / 4)),
    })
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
