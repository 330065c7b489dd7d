import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import type { z } from "@medusajs/framework/zod"

export const AdminListAlerts = createFindParams({ limit: 20, offset: 0 })
export type AdminListAlertsType = z.infer<typeof AdminListAlerts>
