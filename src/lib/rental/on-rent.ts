import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The business's machines out on rent to `:account` right now (reservation out, assignment live), within
 * `:sites` (null: every site) by the reservation's site: a client's fleet shows them, with their meters and
 * maintenance log, only while they are out. Raw SQL beside the fleet list's own statement (a hot path read
 * in one query), tested in integration-tests/http/rental.
 */
export const ON_RENT_EQUIPMENT_SQL = `select u.equipment_id from rental_reservation r
  join rental_assignment a on a.reservation_id = r.id and a.live and a.deleted_at is null
  join rental_unit u on u.id = a.unit_id and u.deleted_at is null
  where r.account_id = :account and r.status = 'out' and r.deleted_at is null
    and (:sites::text[] is null or r.site_id = any(:sites::text[]))`

/**
 * The reservation site of the machine `e` out on rent to `:account` now (a lateral subquery of the fleet list):
 * for the client, that is where the machine is, so the list shows it and site scopes apply to it.
 */
export const ON_RENT_SITE_SQL = `select r.site_id from rental_reservation r
  join rental_assignment a on a.reservation_id = r.id and a.live and a.deleted_at is null
  join rental_unit u on u.id = a.unit_id and u.deleted_at is null
  where u.equipment_id = e.id and r.account_id = :account and r.status = 'out' and r.deleted_at is null
  limit 1`

/** The reservation site of a machine out on rent to the account now; undefined when it is not on rent to it. */
export async function onRentSite(container: MedusaContainer, equipmentId: string, accountId: string): Promise<string | null | undefined> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select r.site_id from rental_reservation r
       join rental_assignment a on a.reservation_id = r.id and a.live and a.deleted_at is null
       join rental_unit u on u.id = a.unit_id and u.deleted_at is null
      where u.equipment_id = ? and r.account_id = ? and r.status = 'out' and r.deleted_at is null
      limit 1`,
    [equipmentId, accountId]
  )
  return rows.length ? (rows[0].site_id as string | null) : undefined
}
