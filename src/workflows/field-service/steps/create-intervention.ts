import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FIELD_SERVICE_MODULE } from "../../../modules/fieldService"
import type { InterventionAddress } from "../../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../../modules/fieldService/service"

export type InterventionData = {
  account_id: string
  site_id: string
  equipment_id: string | null
  type_id: string | null
  description: string
  address: InterventionAddress
  latitude: number | null
  longitude: number | null
  contact_name: string | null
  contact_phone: string | null
  contact_email: string | null
  requested_by_member_id: string | null
  linked_intervention_id?: string | null
}

export type StatusActor = { type: "member" | "user" | "system"; id: string | null }

/** Creates a requested intervention with its number and the first step of its timeline; undone by deleting both. */
export const createInterventionStep = createStep(
  "create-field-intervention",
  async ({ data, actor }: { data: InterventionData; actor: StatusActor }, { container }) => {
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    const number = await service.nextInterventionNumber()
    const intervention = await service.createInterventions({ ...data, number, status: "requested" })
    await service.createInterventionStatusChanges({
      intervention_id: intervention.id,
      from_status: null,
      to_status: "requested",
      actor_type: actor.type,
      actor_id: actor.id,
    })
    return new StepResponse({ id: intervention.id, number, account_id: data.account_id }, intervention.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).deleteInterventions(id)
  }
)
