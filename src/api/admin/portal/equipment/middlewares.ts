import type { MiddlewareRoute } from "@medusajs/framework/http"
import { EQUIPMENT_COLUMNS } from "../../../../lib/fleet/equipment-detail"
import { AdminCreateReading, ListReadings } from "../../../store/portal/equipment/validators"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import {
  AdminAddLogEntry,
  AdminCreateEquipment,
  AdminCreateMeter,
  AdminCreatePlan,
  AdminImport,
  AdminListEquipment,
  AdminListReadings,
  AdminReviewReading,
  AdminUpdateEquipment,
  AdminUpdatePlan,
  AdminUploadEquipmentFile,
} from "./validators"

const BASE = "/admin/portal/equipment"
const body = validateBody

export const adminPortalEquipmentMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListEquipment, EQUIPMENT_COLUMNS)] },
  { method: ["POST"], matcher: BASE, middlewares: [body(AdminCreateEquipment)] },
  // `/import` is not a machine: keep the update's validation off it.
  { method: ["POST"], matcher: /^\/admin\/portal\/equipment\/(?!import$)[^/]+$/, middlewares: [body(AdminUpdateEquipment)] },
  { method: ["POST"], matcher: `${BASE}/import`, bodyParser: { sizeLimit: "6mb" }, middlewares: [body(AdminImport)] },
  { method: ["POST"], matcher: `${BASE}/:id/maintenance-log`, middlewares: [body(AdminAddLogEntry)] },
  { method: ["POST"], matcher: `${BASE}/:id/plans`, middlewares: [body(AdminCreatePlan)] },
  { method: ["POST"], matcher: `${BASE}/:id/plans/:planId`, middlewares: [body(AdminUpdatePlan)] },
  { method: ["POST"], matcher: `${BASE}/:id/meters`, middlewares: [body(AdminCreateMeter)] },
  { method: ["GET"], matcher: `${BASE}/:id/meters/:meterId/readings`, middlewares: [validateQuery(ListReadings)] },
  { method: ["POST"], matcher: `${BASE}/:id/meters/:meterId/readings`, middlewares: [body(AdminCreateReading)] },
  { method: ["POST"], matcher: `${BASE}/:id/files`, bodyParser: { sizeLimit: "15mb" }, middlewares: [body(AdminUploadEquipmentFile)] },
  // The review list answers its own columns: only `id` may be asked for.
  { method: ["GET"], matcher: "/admin/portal/readings", middlewares: [validateListQuery(AdminListReadings, ["id"])] },
  { method: ["POST"], matcher: "/admin/portal/readings/:id/review", middlewares: [body(AdminReviewReading)] },
]
