import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FIELD_SERVICE_MODULE } from "../../../../modules/fieldService"
import type FieldServiceModuleService from "../../../../modules/fieldService/service"
import { createInterventionTypeWorkflow } from "../../../../workflows/field-service/intervention-types"
import { loadType, presentType } from "./present"
import type { AdminCreateInterventionTypeType, AdminListInterventionTypesType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListInterventionTypesType>, res: MedusaResponse) {
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const q = req.validatedQuery.q
  const [rows, count] = await req.scope
    .resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    .listAndCountInterventionTypes(q ? { q } : {}, { skip, take, order: order ?? { name: "ASC" } })
  res.json({ intervention_types: rows.map((t) => presentType(t as unknown as Parameters<typeof presentType>[0])), count, offset: skip, limit: take })
}

/** Staff create a type; its portal texts were checked for unknown substitution codes by the validator. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateInterventionTypeType>, res: MedusaResponse) {
  const { result } = await createInterventionTypeWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ intervention_type: await loadType(req, result.id) })
}
