import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FIELD_SERVICE_MODULE } from "../../../../modules/fieldService"
import type FieldServiceModuleService from "../../../../modules/fieldService/service"
import { createTechnicianWorkflow } from "../../../../workflows/field-service/technicians"
import { presentTechnician } from "./present"
import type { AdminCreateTechnicianType, AdminListTechniciansType } from "./validators"

/** Every technician with their absences, by name; `skill` keeps those who have it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListTechniciansType>, res: MedusaResponse) {
  const service = req.scope.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
  const { q, skill } = req.validatedQuery
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [rows, count] = await service.listAndCountTechnicians(
    { ...(q ? { q } : {}), ...(skill ? { skills: { $contains: [skill] } } : {}) },
    { relations: ["absences"], skip, take, order: order ?? { name: "ASC" } }
  )
  res.json({ technicians: rows.map((t) => presentTechnician(t as Parameters<typeof presentTechnician>[0])), count, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateTechnicianType>, res: MedusaResponse) {
  const { result } = await createTechnicianWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ technician: presentTechnician({ ...result, absences: [] } as Parameters<typeof presentTechnician>[0]) })
}
