import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { firstMailClaim } from "../../../lib/alerts/alert-mail"
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
  event_key: string | null
}

export const createStaffAlertStepId = "create-staff-alert"

/**
 * Stores the alert: the alerts centre's row and the mail's outbox in one record, its mail claimed by this run
 * (see `claimAlertMail`). An event handled a second time (redelivered after a worker died mid-way) finds the
 * alert its first handling stored (`created: false`) instead of storing another.
 */
export const createStaffAlertStep = createStep(
  createStaffAlertStepId,
  async (input: CreateStaffAlertInput, { container }) => {
    const service = container.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
    const stored = async () => (input.event_key ? (await service.listStaffAlerts({ event_key: input.event_key }, { take: 1 }))[0] : undefined)
    const existing = await stored()
    if (existing) return new StepResponse({ alert: existing, created: false }, null)
    try {
      const alert = await service.createStaffAlerts({
        ...input,
        mail_next_attempt_at: input.mail_status === "pending" ? firstMailClaim(new Date()) : null,
      })
      return new StepResponse({ alert, created: true }, alert.id)
    } catch (error) {
      // The same event handled at the same moment elsewhere: the unique event key let one alert through.
      const raced = await stored()
      if (!raced) throw error
      return new StepResponse({ alert: raced, created: false }, null)
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE).deleteStaffAlerts(id)
  }
)
