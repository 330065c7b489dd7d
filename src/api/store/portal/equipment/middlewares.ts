import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { EQUIPMENT_COLUMNS } from "../../../../lib/fleet/equipment-detail"
import { ListReadings, StoreCreateReading, StoreListEquipment } from "./validators"

const BASE = "/store/portal/equipment"

export const storePortalEquipmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(StoreListEquipment, { defaults: EQUIPMENT_COLUMNS, isList: true, defaultLimit: 20 })],
  },
  {
    method: ["GET"],
    matcher: `${BASE}/:id/meters/:meterId/readings`,
    middlewares: [validateAndTransformQuery(ListReadings, {})],
  },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/meters/:meterId/readings`,
    // A phone photo of the meter travels base64 inside the JSON body.
    bodyParser: { sizeLimit: "15mb" },
    middlewares: [validateAndTransformBody(StoreCreateReading)],
  },
]
