import { Module } from "@medusajs/framework/utils"
import StaffAlertModuleService from "./service"

export const STAFF_ALERT_MODULE = "staffAlert"

export default Module(STAFF_ALERT_MODULE, {
  service: StaffAlertModuleService,
})

export { StaffAlertModuleService }
