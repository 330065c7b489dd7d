import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { utcDay } from "../../../../../lib/rental/availability"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { RENTAL_MODULE } from "../../../../../modules/rental"
import type RentalModuleService from "../../../../../modules/rental/service"
import { loadAdminUnits } from "../catalogue-helpers"
import type { AdminCalendarType } from "../validators"

const DAY_MS = 86_400_000

/**
 * The units calendar (Gantt): units as rows, live reservations as bars (their buffer shown apart) and
 * maintenance blocks, over `from`..`to` (default: this week and the next five).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCalendarType>, res: MedusaResponse) {
  const from = utcDay(req.validatedQuery.from ?? new Date(Date.now() - 7 * DAY_MS))
  const to = new Date(utcDay(req.validatedQuery.to ?? new Date(from.getTime() + 41 * DAY_MS)).getTime() + DAY_MS)
  const rentals = req.scope.resolve<RentalModuleService>(RENTAL_MODULE)
  const [units] = await loadAdminUnits(req.scope, req.validatedQuery.model_id ? { rental_model_id: req.validatedQuery.model_id } : {}, { take: 1000 })
  const unitIds = units.map((u) => u.id)
  const assignments = unitIds.length
    ? await rentals.listRentalAssignments({ unit_id: unitIds, live: true, starts_at: { $lt: to }, blocked_until: { $gt: from } }, { relations: ["reservation"] })
    : []
  const accountIds = [...new Set(assignments.map((a) => a.reservation.account_id))]
  const accounts = accountIds.length ? await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listClientAccounts({ id: accountIds }, { select: ["id", "name"] }) : []
  res.json({
    calendar: {
      from: from.toISOString(),
      to: to.toISOString(),
      units: units.map(({ blocks: _blocks, ...u }) => u),
      bars: assignments.map((a) => ({
        unit_id: a.unit_id,
        reservation_id: a.reservation.id,
        number: a.reservation.number,
        status: a.reservation.status,
        is_loan: a.reservation.is_loan,
        account_name: accounts.find((x) => x.id === a.reservation.account_id)?.name ?? null,
        starts_at: new Date(a.reservation.starts_at).toISOString(),
        ends_at: new Date(a.reservation.ends_at).toISOString(),
        blocked_until: new Date(a.blocked_until).toISOString(),
      })),
      blocks: units.flatMap((u) => u.blocks.filter((b) => new Date(b.starts_at) < to).map((b) => ({ ...b, unit_id: u.id }))),
    },
  })
}
