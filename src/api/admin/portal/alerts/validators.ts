import type { z } from "@medusajs/framework/zod"
import { listQuery } from "../../../utils/list-query"

// Newest first, always.
export const AdminListAlerts = listQuery({ defaultLimit: 20 })
export type AdminListAlertsType = z.infer<typeof AdminListAlerts>
