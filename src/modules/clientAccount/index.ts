import { Module } from "@medusajs/framework/utils"
import ClientAccountModuleService from "./service"

export const CLIENT_ACCOUNT_MODULE = "clientAccount"

export default Module(CLIENT_ACCOUNT_MODULE, {
  service: ClientAccountModuleService,
})

export { ClientAccountModuleService }
