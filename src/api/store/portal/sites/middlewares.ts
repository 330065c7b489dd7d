import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateListQuery } from "../../../utils/validate-request"
import { StoreListSites } from "./validators"

/** The fields of a site, as clients and staff see it alike. */
export const SITE_FIELDS = [
  "id",
  "name",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "latitude",
  "longitude",
  "contact_name",
  "contact_phone",
  "contact_email",
  "notes",
  "created_at",
  "updated_at",
]

export const storePortalSitesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/sites", middlewares: [validateListQuery(StoreListSites, SITE_FIELDS)] },
]
