import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPortalMailMiddlewares } from "./admin/portal/mail/middlewares"
import { storePortalAuthMiddlewares } from "./store/portal/middlewares"
import { storePortalSitesMiddlewares } from "./store/portal/sites/middlewares"

export default defineMiddlewares({
  routes: [...storePortalAuthMiddlewares, ...adminPortalMailMiddlewares, ...storePortalSitesMiddlewares],
})
