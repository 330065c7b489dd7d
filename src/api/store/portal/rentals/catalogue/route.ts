import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customerGroupsOf, defaultCurrency, loadRentalModelCards, presentCatalogueModel } from "../../../../../lib/rental/models"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { RENTAL_MODULE } from "../../../../../modules/rental"
import type { StoreRentalCatalogueResponse } from "../../../../../modules/rental/contract"
import type RentalModuleService from "../../../../../modules/rental/service"
import type { StoreRentalCatalogueType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

const DAY_MS = 86_400_000

/** Tomorrow 08:00 UTC to the day after: what the catalogue shows before the client picks dates. */
function defaultPeriod(now = new Date()) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 8))
  return { starts_at: start, ends_at: new Date(start.getTime() + DAY_MS) }
}

/**
 * What can be rented for the chosen dates, like a car-rental site: each model with its price for the period
 * (cheapest day/week/month combination, at the client's customer group rate when lower), its deposit and how many units are free (reservations, buffers and
 * maintenance blocks counted). Two reads: the models page (without their units), then each model's units and
 * free units counted in one statement, beside the reads of the currency and the client's groups.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreRentalCatalogueType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { q } = req.validatedQuery
  const period = defaultPeriod()
  const starts_at = req.validatedQuery.starts_at ?? period.starts_at
  const ends_at = req.validatedQuery.ends_at ?? (starts_at < period.ends_at ? period.ends_at : new Date(starts_at.getTime() + DAY_MS))
  // One date alone is checked against the other's default here, the validator seeing only what was given.
  if (ends_at <= starts_at) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at must be after starts_at")
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const rentals = req.scope.resolve<RentalModuleService>(RENTAL_MODULE)
  // The currency, the client's groups and the models (then their free units) do not depend on each other:
  // read side by side, the request waits for the longest of them rather than for their sum.
  const [currency, { models, count, units }, groups] = await Promise.all([
    req.validatedQuery.currency_code ?? defaultCurrency(req.scope),
    loadRentalModelCards(req.scope, { activeOnly: true, skip, take, q }).then(async (page) => ({
      ...page,
      units: await rentals.freeUnitCounts(page.models.map((m) => m.id), starts_at, ends_at),
    })),
    customerGroupsOf(req.scope, actor.customer_id),
  ])
  const answer: StoreRentalCatalogueResponse = {
    rental_models: models.map((m) => presentCatalogueModel(m, units.get(m.id) ?? { total: 0, free: 0 }, starts_at, ends_at, currency, groups)),
    starts_at: starts_at.toISOString(),
    ends_at: ends_at.toISOString(),
    currency_code: currency,
    count,
    offset: skip,
    limit: take,
  }
  res.json(answer)
}
