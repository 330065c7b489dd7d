import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPortalMailMiddlewares } from "./admin/portal/mail/middlewares"

export default defineMiddlewares({
  routes: [...adminPortalMailMiddlewares],
})
