import { MedusaService } from "@medusajs/framework/utils"
import { StaffAlert } from "./models/staff-alert"

class StaffAlertModuleService extends MedusaService({ StaffAlert }) {}

export default StaffAlertModuleService
