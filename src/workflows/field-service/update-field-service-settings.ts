import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withFieldServiceDefaults } from "../../lib/field-service/settings"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import type { FieldServiceSettings } from "../../modules/fieldService/contract"

export type FieldServiceSettingsUpdate = Partial<Omit<FieldServiceSettings, "distance">> & { distance?: Partial<FieldServiceSettings["distance"]> }

type Previous = { created_id: string } | { id: string; field_service: Partial<FieldServiceSettings> | null }

/**
 * Merges staff's changes into portal_settings.field_service (the store's one settings row, created on first
 * save); the compensation puts the column back as it was.
 */
const saveFieldServiceSettingsStep = createStep(
  "save-field-service-settings",
  async (update: FieldServiceSettingsUpdate, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [row] = await service.listPortalSettings({}, { take: 1, order: { created_at: "ASC" }, select: ["id", "field_service"] })
    const current = withFieldServiceDefaults(row?.field_service as Partial<FieldServiceSettings> | null)
    const merged: FieldServiceSettings = { ...current, ...update, distance: { ...current.distance, ...(update.distance ?? {}) } }
    if (!row) {
      const created = await service.createPortalSettings({ field_service: merged })
      return new StepResponse<FieldServiceSettings, Previous>(merged, { created_id: created.id })
    }
    await service.updatePortalSettings({ id: row.id, field_service: merged })
    return new StepResponse<FieldServiceSettings, Previous>(merged, { id: row.id, field_service: (row.field_service as Partial<FieldServiceSettings> | null) ?? null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    if ("created_id" in previous) await service.deletePortalSettings(previous.created_id)
    else await service.updatePortalSettings({ id: previous.id, field_service: previous.field_service })
  }
)

export const updateFieldServiceSettingsWorkflow = createWorkflow("update-field-service-settings", (input: FieldServiceSettingsUpdate) => {
  return new WorkflowResponse(saveFieldServiceSettingsStep(input))
})
