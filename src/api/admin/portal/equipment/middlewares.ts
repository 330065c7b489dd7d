import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { EQUIPMENT_COLUMNS } from "../../../../lib/fleet/equipment-detail"
import { AdminCreateReading, ListReadings } from "../../../store/portal/equipment/validators"
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
const body = validateAndTransformBody

export const adminPortalEquipmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminListEquipment, { defaults: EQUIPMENT_COLUMNS, isList: true, defaultLimit: 20 })],
  },
  { method: ["POST"], matcher: BASE, middlewares: [body(AdminCreateEquipment)] },
  // `/import` is not a machine: keep the update's validation off it.
  { method: ["POST"], matcher: /^\/admin\/portal\/equipment\/(?!import$)[^/]+$/, middlewares: [body(AdminUpdateEquipment)] },
  { method: ["POST"], matcher: `${BASE}/import`, bodyParser: { sizeLimit: "6mb" }, middlewares: [body(AdminImport)] },
  { method: ["POST"], matcher: `${BASE}/:id/maintenance-log`, middlewares: [body(AdminAddLogEntry)] },
  { method: ["POST"], matcher: `${BASE}/:id/plans`, middlewares: [body(AdminCreatePlan)] },
  { method: ["POST"], matcher: `${BASE}/:id/plans/:planId`, middlewares: [body(AdminUpdatePlan)] },
  { method: ["POST"], matcher: `${BASE}/:id/meters`, middlewares: [body(AdminCreateMeter)] },
  { method: ["GET"], matcher: `${BASE}/:id/meters/:meterId/readings`, middlewares: [validateAndTransformQuery(ListReadings, {})] },
  { method: ["POST"], matcher: `${BASE}/:id/meters/:meterId/readings`, middlewares: [body(AdminCreateReading)] },
  { method: ["POST"], matcher: `${BASE}/:id/files`, bodyParser: { sizeLimit: "15mb" }, middlewares: [body(AdminUploadEquipmentFile)] },
  {
    method: ["GET"],
    matcher: "/admin/portal/readings",
    middlewares: [validateAndTransformQuery(AdminListReadings, { defaults: ["id"], isList: true, defaultLimit: 20 })],
  },
  { method: ["POST"], matcher: "/admin/portal/readings/:id/review", middlewares: [body(AdminReviewReading)] },
]
