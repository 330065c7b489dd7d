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
   * blocks. A unit still out after its planned end (overdue) stays busy until now plus its buffer, since it
   * cannot be handed to anyone before it is back. The assignment part reads the btree on (unit_id,
   * blocked_until) rather than the exclusion constraint's gist: for a model's thousand units a gist probe per
   * unit cost twice as much (the bench's availability line). `starts_at < to and blocked_until > from` is
   * `during && [from, to)`, `during` being [starts_at, blocked_until).
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
    const { rows } = await this.knex(context).raw(
      `select a.unit_id, a.starts_at as "from", a.blocked_until as "to"
         from rental_assignment a
        where a.unit_id = any(:units) and a.live and a.deleted_at is null and a.starts_at < :to and a.blocked_until > :from
          and a.reservation_id is distinct from :except
       union all
       select a.unit_id, lower(a.during), now() + (a.blocked_until - r.ends_at)
         from rental_reservation r join rental_assignment a on a.reservation_id = r.id
        where r.status = 'out' and r.deleted_at is null and r.ends_at < now() and a.live and a.deleted_at is null
          and a.unit_id = any(:units) and now() + (a.blocked_until - r.ends_at) > :from and r.id is distinct from :except
       union all
       select b.unit_id, b.starts_at, b.ends_at
         from rental_block b
        where b.unit_id = any(:units) and b.deleted_at is null and b.starts_at < :to and b.ends_at > :from`,
      { units: unitIds, from, to, except: exceptReservationId }
    )
    return rows.map((r: { unit_id: string; from: Date; to: Date }) => ({ unit_id: r.unit_id, from: new Date(r.from), to: new Date(r.to) }))
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
