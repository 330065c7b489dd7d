import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STAFF_ALERT_MODULE } from "../../../modules/staffAlert"
import type { AlertMailStatus } from "../../../modules/staffAlert/models/staff-alert"
import type StaffAlertModuleService from "../../../modules/staffAlert/service"

export type CreateStaffAlertInput = {
  event: string
  title: string
  resource_type: string
  resource_id: string
  admin_path: string
  account_id: string
  actor_name: string | null
  staff_user_id: string | null
  data: Record<string, unknown>
  mail_to: string | null
  mail_status: AlertMailStatus
}

export const createStaffAlertStepId = "create-staff-alert"

/** Stores the alert: the alerts centre's row and the mail's outbox in one record. */
export const createStaffAlertStep = createStep(
  createStaffAlertStepId,
  async (input: CreateStaffAlertInput, { container }) => {
    const service = container.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
    const alert = await service.createStaffAlerts(input)
    return new StepResponse(alert, alert.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE).deleteStaffAlerts(id)
  }
)
