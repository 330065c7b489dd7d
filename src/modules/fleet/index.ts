import { Module } from "@medusajs/framework/utils"
import FleetModuleService from "./service"

export const FLEET_MODULE = "fleet"

export default Module(FLEET_MODULE, {
  service: FleetModuleService,
})

export { FleetModuleService }
