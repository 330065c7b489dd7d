import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/**
 * The business's machines out on rent to `:account` right now (reservation out, assignment live), one row per
 * machine with the reservation's site: for the client, that is where the machine is, so its fleet shows it
 * (with meters and maintenance log) only while it is out, and site scopes apply to it as to the account's own.
 * The one statement of this join: the fleet list reads it as a subquery, a machine's page through onRentSite.
 * Raw SQL beside the fleet list's own statement (a hot path read in one query), tested in
 * integration-tests/http/rental.
 */
export const ON_RENT_SQL = `select u.equipment_id, r.site_id from rental_reservation r
  join rental_assignment a on a.reservation_id = r.id and a.live and a.deleted_at is null
  join rental_unit u on u.id = a.unit_id and u.deleted_at is null
  where r.account_id = :account and r.status = 'out' and r.deleted_at is null`

/** The reservation site of a machine out on rent to the account now; undefined when it is not on rent to it. */
export async function onRentSite(container: MedusaContainer, equipmentId: string, accountId: string): Promise<string | null | undefined> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(`select rent.site_id from (${ON_RENT_SQL}) rent where rent.equipment_id = :equipment limit 1`, {
    account: accountId,
    equipment: equipmentId,
  })
  return rows.length ? (rows[0].site_id as string | null) : undefined
}

/** The name of a reservation's site, as a machine on rent shows where it is (null: no site given). */
export async function onRentSiteName(container: MedusaContainer, siteId: string | null): Promise<string | null> {
  if (!siteId) return null
  const [site] = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: siteId }, { select: ["id", "name"], withDeleted: true })
  return site?.name ?? null
}
