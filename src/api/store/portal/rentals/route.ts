import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../lib/conflict-response"
import { describeClient } from "../../../../lib/quotes/actors"
import { defaultCurrency, rentalSettingsOf } from "../../../../lib/rental/models"
import { DETAIL_RELATIONS, findScopedReservation, PERIOD_STATUSES, presentRental, presentRentalDetail } from "../../../../lib/rental/present"
import { assertCan, getPortalActor, recordScope, siteIsVisible } from "../../../../lib/portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { RENTAL_MODULE } from "../../../../modules/rental"
import { unitTakenError } from "../../../../modules/rental/service"
import type RentalModuleService from "../../../../modules/rental/service"
import { confirmRentalWorkflow } from "../../../../workflows/rental/confirm-rental"
import { reserveRentalWorkflow } from "../../../../workflows/rental/reserve-rental"
import type { StoreListRentalsType, StoreReserveRentalType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The caller's rentals within their site scope: current (out, overdue flagged), upcoming or past. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListRentalsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { period, status, q } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const filters: Record<string, unknown> = { ...recordScope(actor) }
  const statuses = period ? PERIOD_STATUSES[period] : null
  if (status) filters.status = statuses && !statuses.includes(status) ? [] : status
  else if (statuses) filters.status = statuses
  if (q) filters.number = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  const [rows, count] = await req.scope.resolve<RentalModuleService>(RENTAL_MODULE).listAndCountRentalReservations(filters, {
    relations: ["lines"],
    skip,
    take,
    order: order ?? (period === "past" ? { starts_at: "DESC" } : { starts_at: "ASC" }),
  })
  const now = new Date()
  res.json({ rentals: rows.map((r) => presentRental(r as never, now)), count, offset: skip, limit: take })
}

/**
 * Reserves one or several models × quantities for a period (requesters and approvers). Units are chosen
 * under a lock per model and the database refuses any overlap: clients racing for the last unit get one
 * reservation and 409s naming the dates. With the auto-confirm setting on, it is confirmed at once.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreReserveRentalType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "request")
  const body = req.validatedBody
  const siteId = body.site_id ?? (actor.site_ids?.length === 1 ? actor.site_ids[0] : null)
  if (siteId) {
    const [site] = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: siteId, account_id: actor.account_id }, { take: 1 })
    if (!site || !siteIsVisible(actor, siteId)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id: no such site in your account")
  } else if (actor.site_ids?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id: choose the site the units go to")
  }
  const client = await describeClient(req, actor)
  const currency = body.currency_code ?? (await defaultCurrency(req.scope))
  const run = await answerConflict(res, () =>
    reserveRentalWorkflow(req.scope)
      .run({
        input: {
          account_id: actor.account_id,
          site_id: siteId,
          customer_id: actor.customer_id,
          actor_name: client.name,
          starts_at: body.starts_at.toISOString(),
          ends_at: body.ends_at.toISOString(),
          currency_code: currency,
          notes: body.notes ?? null,
          lines: body.lines,
          lock_owner: randomUUID(),
        },
      })
      .catch((error: Error) => {
        // Under a burst for the same models the lock's wait can run out: the answer is the same 409 as for
        // units taken meanwhile, naming the dates, rather than a server error.
        if (/Failed to acquire lock/.test(error.message ?? "")) throw unitTakenError(body.starts_at, body.ends_at)
        throw error
      })
  )
  if (!run) return
  if ((await rentalSettingsOf(req.scope)).auto_confirm) {
    // The units were found free and assigned under the models' lock: staff's confirmation, run at once.
    // Should it fail (staff acted on the request meanwhile), the reservation stands as staff left it.
    await confirmRentalWorkflow(req.scope)
      .run({ input: { id: run.result.id, lock_owner: randomUUID() } })
      .catch((error: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Rental ${run.result.number} not confirmed at once: ${error.message}`))
  }
  const reservation = await findScopedReservation(req.scope, run.result.id, recordScope(actor), DETAIL_RELATIONS)
  res.status(201).json({ rental: await presentRentalDetail(req.scope, reservation, "/store/portal/rentals") })
}
