import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RentalAssignment } from "./models/rental-assignment"
import { RentalBlock } from "./models/rental-block"
import { RentalCharge } from "./models/rental-charge"
import { RentalLine } from "./models/rental-line"
import { RentalModel } from "./models/rental-model"
import { RentalRate } from "./models/rental-rate"
import { RentalReservation } from "./models/rental-reservation"
import { RentalSlip } from "./models/rental-slip"
import { RentalUnit } from "./models/rental-unit"

/** A time a unit cannot be given (see src/lib/rental/availability.ts). */
export type UnitBusyRange = { unit_id: string; from: Date; to: Date }

/** PostgreSQL's exclusion_violation: the constraint on assignments refused an overlapping live range. */
export const EXCLUSION_VIOLATION = "23P01"

export type NewReservation = {
  reservation: {
    number: string
    account_id: string
    site_id: string | null
    status: "requested" | "confirmed"
    is_loan?: boolean
    starts_at: Date
    ends_at: Date
    currency_code: string
    estimated_total: number
    deposit_total: number
    customer_id: string | null
    requested_by_name: string | null
    notes: string | null
    confirmed_at: Date | null
  }
  lines: { model_id: string; variant_id: string; title: string; quantity: number; price: number; deposit: number; unit_ids: string[]; blocked_until: Date }[]
}

/** A unit given for a period (see RentalAssignment). */
export type AssignmentInput = { unit_id: string; line_id: string; starts_at: Date | string; blocked_until: Date | string }

/** The one message a refused overlapping assignment answers, naming the dates. */
export const unitTakenError = (starts_at: Date, ends_at: Date) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    `starts_at: no unit is free any more from ${starts_at.toISOString().slice(0, 16).replace("T", " ")} to ${ends_at.toISOString().slice(0, 16).replace("T", " ")} UTC; choose other dates or fewer units`
  )

const isExclusionViolation = (error: unknown) => {
  const e = error as { code?: string; message?: string }
  return e?.code === EXCLUSION_VIOLATION || /rental_assignment_unit_during_excl/.test(e?.message ?? "")
}


/**
 * Units still out after their planned end (overdue), as rows (unit_id, "from", "to"): busy until now plus their
 * buffer, since none can be handed to anyone before it is back; only ranges reaching past `:from`, the reservation
 * `:except` left out when `except` is set. It depends on the clock, so it is read live, never kept ahead.
 */
const overdueRangesSql = (unitFilter: string, except = false) => `
  select a.unit_id, lower(a.during) as "from", now() + (a.blocked_until - r.ends_at) as "to"
    from rental_reservation r join rental_assignment a on a.reservation_id = r.id
   where r.status = 'out' and r.deleted_at is null and r.ends_at < now() and a.live and a.deleted_at is null
     and a.unit_id ${unitFilter} and now() + (a.blocked_until - r.ends_at) > :from${except ? " and r.id is distinct from :except" : ""}`

/**
 * The ranges keeping units busy over [:from, `to`) as rows (unit_id, "from", "to"), the units chosen by
 * `unitFilter` (an SQL condition on `unit_id`), the reservation `:except` left out when `except` is set: live
 * assignments (their buffer included), overdue units (`overdueRangesSql`) and maintenance blocks. Assignments are
 * read by `during && [from, to)` (`during` being [starts_at, blocked_until)) through the exclusion
 * constraint's gist index, which bounds both ends of the period: a btree on the start or the end reads every
 * range on the other side too (for the bench's model, the 13,600 future ranges beyond a 90-day calendar).
 * Without `:except`, the index alone answers (an index-only scan: it holds unit_id and during).
 */
const busyRangesSql = (unitFilter: string, { to = "cast(:to as timestamptz)", except = false }: { to?: string; except?: boolean } = {}) => `
  select a.unit_id, lower(a.during) as "from", upper(a.during) as "to"
    from rental_assignment a
   where a.unit_id ${unitFilter} and a.live and a.deleted_at is null and a.during && tstzrange(cast(:from as timestamptz), ${to})
     ${except ? "and a.reservation_id is distinct from :except" : ""}
  union all
  ${overdueRangesSql(unitFilter, except)}
  union all
  select b.unit_id, b.starts_at, b.ends_at
    from rental_block b
   where b.unit_id ${unitFilter} and b.deleted_at is null and b.starts_at < ${to} and b.ends_at > :from`

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

class RentalModuleService extends MedusaService({
  RentalModel,
  RentalRate,
  RentalUnit,
  RentalBlock,
  RentalReservation,
  RentalLine,
  RentalAssignment,
  RentalSlip,
  RentalCharge,
}) {
  protected knex(context: Context): Knex {
    const manager = (context.transactionManager ?? context.manager) as RawManager
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * What keeps `unitIds` busy over [from, to): live assignments (their buffer included) and maintenance
   * blocks (see `busyRangesSql`).
   */
  @InjectManager()
  async busyRanges(
    unitIds: string[],
    from: Date,
    to: Date,
    exceptReservationId: string | null = null,
    @MedusaContext() context: Context = {}
  ): Promise<UnitBusyRange[]> {
    if (!unitIds.length) return []
    const { rows } = await this.knex(context).raw(`select unit_id, "from", "to" from (${busyRangesSql("= any(:units)", { except: true })}) busy`, {
      units: unitIds,
      from,
      to,
      except: exceptReservationId,
    })
    return rows.map((r: { unit_id: string; from: Date; to: Date }) => ({ unit_id: r.unit_id, from: new Date(r.from), to: new Date(r.to) }))
  }

  /**
   * Free units of an active model per UTC day, for `days` days from `from` (a UTC midnight); null when there
   * is no such active model. The busy count per day is kept ahead of time by the database (see
   * Migration20261206170000: live assignments with their buffer and maintenance blocks), so this reads one
   * row per day. Only what depends on the clock is added here: a unit still out after its planned end is
   * busy from its planned end until now plus its buffer, on the days it is not already counted.
   */
  @InjectManager()
  async dailyFreeUnits(modelId: string, from: Date, days: number, @MedusaContext() context: Context = {}): Promise<{ units_total: number; free: number[] } | null> {
    const { rows } = await this.knex(context).raw(
      `with period as (
         select cast(:day as date) as first, cast(:day as date) + cast(:days as int) - 1 as last
       ), overdue as (
         select distinct o.unit_id, d::date as day
           from (${overdueRangesSql("in (select id from rental_unit where rental_model_id = :model and active and deleted_at is null)")}) o
           cross join period p
           cross join generate_series(greatest(rental_first_day(o."from"), p.first), least(rental_last_day(o."to"), p.last), interval '1 day') d
       ), late as (
         select o.day, count(*)::int as busy
           from overdue o
          where not exists (select 1 from rental_unit_busy_day b where b.unit_id = o.unit_id and b.day = o.day)
          group by o.day
       )
       select (select count(*)::int from rental_model where id = :model and active and deleted_at is null) as models,
              (select count(*)::int from rental_unit where rental_model_id = :model and active and deleted_at is null) as units_total,
              (select json_agg(coalesce(m.busy, 0) + coalesce(late.busy, 0) order by g.day)
                 from period p
                 cross join generate_series(p.first, p.last, interval '1 day') g(day)
                 left join rental_model_busy_day m on m.model_id = :model and m.day = g.day::date
                 left join late on late.day = g.day::date) as busy`,
      { model: modelId, from, day: from.toISOString().slice(0, 10), days }
    )
    const [row] = rows as { models: number; units_total: number; busy: number[] }[]
    if (!row?.models) return null
    return { units_total: row.units_total, free: row.busy.map((busy) => row.units_total - busy) }
  }

  /**
   * Per model of `modelIds`: its active units, and how many are free for a new assignment from `starts_at`
   * to `ends_at` plus the model's buffer. Counted in the database, no unit leaving it.
   */
  @InjectManager()
  async freeUnitCounts(modelIds: string[], starts_at: Date, ends_at: Date, @MedusaContext() context: Context = {}): Promise<Map<string, { total: number; free: number }>> {
    if (!modelIds.length) return new Map()
    const { rows } = await this.knex(context).raw(
      `with units as (
         select u.id, u.rental_model_id as model_id, cast(:ends as timestamptz) + make_interval(hours => m.buffer_hours) as held_until
           from rental_unit u join rental_model m on m.id = u.rental_model_id
          where u.rental_model_id = any(:models) and u.active and u.deleted_at is null
       ), window_end as (
         select max(held_until) as held_to from units
       ), taken as (
         select distinct busy.unit_id
           from (${busyRangesSql("in (select id from units)", { to: "(select held_to from window_end)" })}) busy
           join units u on u.id = busy.unit_id
          where busy."from" < u.held_until and busy."to" > :from
       )
       select u.model_id, count(*)::int as total, (count(*) - count(t.unit_id))::int as free
         from units u left join taken t on t.unit_id = u.id
        group by u.model_id`,
      { models: modelIds, from: starts_at, ends: ends_at }
    )
    return new Map((rows as { model_id: string; total: number; free: number }[]).map((r) => [r.model_id, { total: r.total, free: r.free }]))
  }

  /**
   * Writes a reservation, its lines and their units in one transaction. An assignment overlapping a live one
   * on the same unit is refused by the exclusion constraint (a race the lock did not cover, or a writer that
   * took no lock): nothing is written and the answer is a 409 naming the dates.
   */
  @InjectTransactionManager()
  async createReservation(input: NewReservation, @MedusaContext() context: Context = {}): Promise<string> {
    try {
      const reservation = await this.createRentalReservations(input.reservation, context)
      for (const line of input.lines) {
        const { unit_ids, blocked_until, ...fields } = line
        const created = await this.createRentalLines({ ...fields, reservation_id: reservation.id }, context)
        await this.insertAssignments(reservation.id, unit_ids.map((unit_id) => ({ unit_id, line_id: created.id, starts_at: input.reservation.starts_at, blocked_until })), context)
      }
      return reservation.id
    } catch (error) {
      if (isExclusionViolation(error)) throw unitTakenError(input.reservation.starts_at, input.reservation.ends_at)
      throw error
    }
  }

  /**
   * Replaces a reservation's live assignments with `assignments` (none to free its units) in one
   * transaction, under the exclusion constraint. Answers the replaced ones, to put them back.
   */
  @InjectTransactionManager()
  async replaceAssignments(reservationId: string, assignments: AssignmentInput[], @MedusaContext() context: Context = {}): Promise<AssignmentInput[]> {
    const knex = this.knex(context)
    const { rows } = await knex.raw(
      `update rental_assignment set live = false, updated_at = now()
        where reservation_id = ? and live and deleted_at is null
        returning unit_id, line_id, starts_at, blocked_until`,
      [reservationId]
    )
    try {
      await this.insertAssignments(reservationId, assignments, context)
    } catch (error) {
      if (isExclusionViolation(error) && assignments.length) {
        throw unitTakenError(new Date(assignments[0].starts_at), new Date(assignments[0].blocked_until))
      }
      throw error
    }
    return rows.map((r: AssignmentInput) => ({ ...r, starts_at: new Date(r.starts_at), blocked_until: new Date(r.blocked_until) }))
  }

  @InjectTransactionManager()
  protected async insertAssignments(reservationId: string, assignments: AssignmentInput[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!assignments.length) return
    await this.createRentalAssignments(
      assignments.map((a) => ({ ...a, starts_at: new Date(a.starts_at), blocked_until: new Date(a.blocked_until), reservation_id: reservationId, live: true })),
      context
    )
  }

  /**
   * The next number of a series ("R-1001", "BS-1001"): numbers are unique in their table, so two writers
   * taking the same number at once make the second insert fail rather than share it.
   */
  @InjectManager()
  async nextNumber(series: "R" | "BS" | "BR", @MedusaContext() context: Context = {}): Promise<string> {
    const table = series === "R" ? "rental_reservation" : "rental_slip"
    const { rows } = await this.knex(context).raw(
      `select coalesce(max(substring(number from '[0-9]+$')::int), 1000) + 1 as next from "${table}" where number like ?`,
      [`${series}-%`]
    )
    return `${series}-${rows[0].next}`
  }
}

export default RentalModuleService
