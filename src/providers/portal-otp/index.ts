import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PortalOtpAuthService } from "./service"

export { PORTAL_OTP_PROVIDER_ID } from "./service"

/** Register in the auth module with id "portal-otp" (see README, "Install the plugin"). */
export default ModuleProvider(Modules.AUTH, {
  services: [PortalOtpAuthService],
})
