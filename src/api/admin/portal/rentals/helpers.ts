import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { findScopedReservation, presentRentalDetail } from "../../../../lib/rental/present"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import type { AdminRentalDetail } from "../../../../modules/rental/contract"

export const ADMIN_RENTALS = "/admin/portal/rentals"

/**
 * A rental as staff read it: the client's view plus the account's name, the Medusa customer who booked it
 * (as the list gives it, to open their page) and the units' assignments.
 */
export async function loadAdminRental(req: AuthenticatedMedusaRequest, id: string): Promise<AdminRentalDetail> {
  const reservation = await findScopedReservation(req.scope, id, null)
  const detail = await presentRentalDetail(req.scope, reservation, ADMIN_RENTALS)
  const [account] = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listClientAccounts({ id: reservation.account_id }, { select: ["id", "name"] })
  return {
    ...detail,
    account_name: account?.name ?? null,
    customer_id: reservation.customer_id ?? null,
    assignments: (reservation.assignments ?? [])
      .filter((a) => a.live)
      .map((a) => ({ id: a.id, unit_id: a.unit_id, line_id: a.line_id, starts_at: new Date(a.starts_at).toISOString(), blocked_until: new Date(a.blocked_until).toISOString() })),
  }
}
