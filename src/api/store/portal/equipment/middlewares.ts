import type { MiddlewareRoute } from "@medusajs/framework/http"
import { EQUIPMENT_COLUMNS } from "../../../../lib/fleet/equipment-detail"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import { ListReadings, StoreCreateReading, StoreListEquipment } from "./validators"

const BASE = "/store/portal/equipment"

export const storePortalEquipmentMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListEquipment, EQUIPMENT_COLUMNS)] },
  { method: ["GET"], matcher: `${BASE}/:id/meters/:meterId/readings`, middlewares: [validateQuery(ListReadings)] },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/meters/:meterId/readings`,
    // A phone photo of the meter travels base64 inside the JSON body.
    bodyParser: { sizeLimit: "15mb" },
    middlewares: [validateBody(StoreCreateReading)],
  },
]
