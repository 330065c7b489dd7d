import { Module } from "@medusajs/framework/utils"
import FieldServiceModuleService from "./service"

export const FIELD_SERVICE_MODULE = "fieldService"

export default Module(FIELD_SERVICE_MODULE, {
  service: FieldServiceModuleService,
})

export { FieldServiceModuleService }
