import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { DEFAULT_FIELD_SERVICE_SETTINGS, type FieldServiceSettings } from "../../modules/fieldService/contract"

/** The interventions' settings as staff saved them (portal_settings.field_service), completed with the defaults. */
export function withFieldServiceDefaults(saved: Partial<FieldServiceSettings> | null | undefined): FieldServiceSettings {
  return {
    ...DEFAULT_FIELD_SERVICE_SETTINGS,
    ...(saved ?? {}),
    distance: { ...DEFAULT_FIELD_SERVICE_SETTINGS.distance, ...(saved?.distance ?? {}) },
  }
}

export async function fieldServiceSettings(container: MedusaContainer): Promise<FieldServiceSettings> {
  const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [saved] = await service.listPortalSettings({}, { take: 1, order: { created_at: "ASC" }, select: ["id", "field_service"] })
  return withFieldServiceDefaults(saved?.field_service as Partial<FieldServiceSettings> | null | undefined)
}
