import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ALERT_FIELDS, alertForReader, describeAlerts } from "../../../../lib/alerts/presentation"
import { staffReaderLocale } from "../../../../lib/alerts/staff-locale"
import { STAFF_ALERT_MODULE } from "../../../../modules/staffAlert"
import type StaffAlertModuleService from "../../../../modules/staffAlert/service"
import type { AdminListAlertsType } from "./validators"

/** The alerts centre: what clients did on the portal, newest first, each with its client account, in the reader's language. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListAlertsType>, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const [stored, count] = await req.scope
    .resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
    .listAndCountStaffAlerts({}, { select: ALERT_FIELDS, skip, take, order: { created_at: "DESC", id: "DESC" } })
  const locale = await staffReaderLocale(req)
  const alerts = (await describeAlerts(req.scope, stored)).map((alert) => alertForReader(alert, locale))
  res.json({ alerts, count, offset: skip, limit: take })
}
