import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FIELD_SERVICE_MODULE } from "../../../modules/fieldService"
import type FieldServiceModuleService from "../../../modules/fieldService/service"

export const deleteAccountInterventionsStepId = "delete-account-interventions"

/**
 * Soft-deletes every intervention of an account being deleted, with its report, photos, survey answer and
 * timeline (the model cascades): its visits stop holding technicians' time. Compensation restores them.
 */
export const deleteAccountInterventionsStep = createStep(
  deleteAccountInterventionsStepId,
  async ({ account_id }: { account_id: string }, { container }) => {
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    const ids = (await service.listInterventions({ account_id }, { select: ["id"] })).map((i) => i.id)
    if (ids.length) await service.softDeleteInterventions(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).restoreInterventions(ids)
  }
)
