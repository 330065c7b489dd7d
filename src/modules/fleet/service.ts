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
 * readings stored with microseconds would fall between buckets. The ends of the range and the count (up to
 * points + 1) are index probes; only a range with more readings than points is cut into buckets.
 *
 * A meter with a summary (see Migration20261201233500) is cut into buckets of whole UTC weeks,
 * days or hours, the coarsest not wider than range / buckets; its whole periods inside `from`..`to` are read
 * from their summaries, the hours of periods cut by `from` or `to` from theirs, and only the readings of hours
 * cut by `from` or `to` one by one. A meter without one (it never had more than 2,000 readings) is cut into
 * buckets of whole milliseconds from its readings. So the cost follows the number of buckets, not of readings.
 *
 * Each bucket keeps its first, last, lowest (earliest on ties) and highest (latest on ties) reading: the
 * plain extremes per bucket first, then the few candidates that reach them break the ties.
 */
const DOWNSAMPLE_SQL = `
with span as materialized (
  select (select r.read_at from fleet_meter_reading r where ${CHARTED} order by r.read_at asc limit 1) as lo,
         (select r.read_at from fleet_meter_reading r where ${CHARTED} order by r.read_at desc limit 1) as hi,
         (select count(*) from (select 1 from fleet_meter_reading r where ${CHARTED} limit :points + 1) c) as n,
         exists (select 1 from fleet_meter_reading_rollup_meter m where m.meter_id = :meter) as summarized
),
grid as materialized (
  select l.level, b.start, w.width,
         case when l.level is null or :from::timestamptz is null then '-infinity'
              else fleet_reading_period(u.unit, :from::timestamptz - interval '1 microsecond') + u.unit end as level_from,
         case when l.level is null or :to::timestamptz is null then 'infinity' else fleet_reading_period(u.unit, :to::timestamptz) end as level_to,
         case when l.level is null then 'infinity' when :from::timestamptz is null then '-infinity'
              else fleet_reading_period('1 hour', :from::timestamptz - interval '1 microsecond') + interval '1 hour' end as hour_from,
         case when l.level is null or :to::timestamptz is null then 'infinity' else fleet_reading_period('1 hour', :to::timestamptz) end as hour_to
  from span s
  cross join lateral (
    select case when not s.summarized then null
                when s.hi - s.lo >= interval '168 hours' * :buckets then 'week'
                when s.hi - s.lo >= interval '24 hours' * :buckets then 'day'
                when s.hi - s.lo >= interval '1 hour' * :buckets then 'hour' end as level
  ) l
  cross join lateral (
    select case l.level when 'week' then interval '168 hours' when 'day' then interval '24 hours' when 'hour' then interval '1 hour'
                else interval '1 millisecond' end as unit
  ) u
  cross join lateral (select fleet_reading_period(u.unit, s.lo) as start) b
  cross join lateral (
    select u.unit * (floor(extract(epoch from s.hi - b.start) / (extract(epoch from u.unit) * :buckets)) + 1) as width
  ) w
  where s.n > :points
),
candidates as materialized (
  select date_bin(g.width, s.period_start, g.start) as bucket, s.first_at, s.first_id, s.last_at, s.last_id,
         s.low_value, s.low_at, s.low_id, s.high_value, s.high_at, s.high_id
  from grid g, fleet_meter_reading_rollup s
  where s.meter_id = :meter and (
    (s.level = (select level from grid) and s.period_start >= (select level_from from grid) and s.period_start < (select level_to from grid))
    or (s.level = 'hour' and s.period_start >= (select hour_from from grid) and s.period_start < (select least(level_from, hour_to) from grid))
    or (s.level = 'hour' and s.period_start >= (select greatest(level_to, level_from) from grid) and s.period_start < (select hour_to from grid)))
  union all
  select date_bin(g.width, r.read_at, g.start), r.read_at, r.id, r.read_at, r.id, r.value, r.read_at, r.id, r.value, r.read_at, r.id
  from grid g, fleet_meter_reading r
  where ${CHARTED} and (select hour_from >= hour_to from grid)
  union all
  select date_bin(g.width, r.read_at, g.start), r.read_at, r.id, r.read_at, r.id, r.value, r.read_at, r.id, r.value, r.read_at, r.id
  from grid g, fleet_meter_reading r
  where ${CHARTED} and (select hour_from < hour_to from grid)
    and r.read_at < fleet_reading_period('1 hour', :from::timestamptz - interval '1 microsecond') + interval '1 hour'
  union all
  select date_bin(g.width, r.read_at, g.start), r.read_at, r.id, r.read_at, r.id, r.value, r.read_at, r.id, r.value, r.read_at, r.id
  from grid g, fleet_meter_reading r
  where ${CHARTED} and (select hour_from < hour_to from grid) and r.read_at >= fleet_reading_period('1 hour', :to::timestamptz)
),
extremes as (
  select bucket, min(first_at) as first_at, max(last_at) as last_at, min(low_value) as low_value, max(high_value) as high_value
  from candidates group by bucket
),
kept as (
  select min(array[(c.first_at, c.first_id)::fleet_reading_by_time]) filter (where c.first_at = e.first_at) as first,
         max(array[(c.last_at, c.last_id)::fleet_reading_by_time]) filter (where c.last_at = e.last_at) as last,
         min(array[(c.low_value, c.low_at, c.low_id)::fleet_reading_by_value]) filter (where c.low_value = e.low_value) as low,
         max(array[(c.high_value, c.high_at, c.high_id)::fleet_reading_by_value]) filter (where c.high_value = e.high_value) as high
  from candidates c join extremes e on e.bucket = c.bucket
  where c.first_at = e.first_at or c.last_at = e.last_at or c.low_value = e.low_value or c.high_value = e.high_value
  group by c.bucket
)
select ${READING_COLUMNS} from fleet_meter_reading r
where r.id in (select (first[1]).id from kept union all select (last[1]).id from kept
               union all select (low[1]).id from kept union all select (high[1]).id from kept)
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
   * the range is cut into at most points/4 buckets of whole hours, days or weeks (UTC) and each keeps its
   * first, last, lowest and highest reading, so a chart keeps the curve's ends and every spike. Rejected
   * readings are left out.
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
