import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import type { WorkingHours } from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"

export type TechnicianData = {
  name: string
  email?: string | null
  phone?: string | null
  skills?: string[]
  home_latitude: number
  home_longitude: number
  time_zone?: string
  working_hours: WorkingHours
  user_id?: string | null
  active?: boolean
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)

async function findTechnician(s: FieldServiceModuleService, id: string) {
  const [technician] = await s.listTechnicians({ id })
  if (!technician) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician with id: ${id} was not found`)
  return technician
}

const createTechnicianStep = createStep(
  "create-field-technician",
  async (data: TechnicianData, { container }) => {
    const technician = await service(container).createTechnicians(data)
    return new StepResponse(technician, technician.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteTechnicians(id)
  }
)

const updateTechnicianStep = createStep(
  "update-field-technician",
  async ({ id, ...update }: Partial<TechnicianData> & { id: string }, { container }) => {
    const s = service(container)
    const previous = await findTechnician(s, id)
    const technician = await s.updateTechnicians({ id, ...update })
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(technician, { id, ...restore })
  },
  async (restore, { container }) => {
    if (restore) await service(container).updateTechnicians(restore)
  }
)

const deleteTechnicianStep = createStep(
  "delete-field-technician",
  async (id: string, { container }) => {
    const s = service(container)
    await findTechnician(s, id)
    const [planned] = await s.listInterventions({ technician_id: id, status: ["requested", "scheduled", "en_route", "in_progress"] }, { select: ["id", "number"], take: 1 })
    if (planned) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: technician ${id} still has intervention ${planned.number} planned; move it or deactivate the technician`)
    }
    await s.softDeleteTechnicians(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreTechnicians(id)
  }
)

export type AbsenceData = { technician_id: string; starts_at: Date; ends_at: Date; reason?: string | null }

const addAbsenceStep = createStep(
  "add-field-technician-absence",
  async (data: AbsenceData, { container }) => {
    const s = service(container)
    await findTechnician(s, data.technician_id)
    const absence = await s.createTechnicianAbsences(data)
    return new StepResponse(absence, absence.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteTechnicianAbsences(id)
  }
)

const removeAbsenceStep = createStep(
  "remove-field-technician-absence",
  async ({ technician_id, id }: { technician_id: string; id: string }, { container }) => {
    const s = service(container)
    const [absence] = await s.listTechnicianAbsences({ id, technician_id }, { select: ["id"] })
    if (!absence) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Absence with id: ${id} was not found`)
    await s.softDeleteTechnicianAbsences(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreTechnicianAbsences(id)
  }
)

export const createTechnicianWorkflow = createWorkflow("create-field-technician", (input: TechnicianData) => {
  return new WorkflowResponse(createTechnicianStep(input))
})

export const updateTechnicianWorkflow = createWorkflow("update-field-technician", (input: Partial<TechnicianData> & { id: string }) => {
  return new WorkflowResponse(updateTechnicianStep(input))
})

/** Removes a technician with no visit left to do; one with planned visits must have them moved first. */
export const deleteTechnicianWorkflow = createWorkflow("delete-field-technician", (input: { id: string }) => {
  return new WorkflowResponse(deleteTechnicianStep(input.id))
})

export const addTechnicianAbsenceWorkflow = createWorkflow("add-field-technician-absence", (input: AbsenceData) => {
  return new WorkflowResponse(addAbsenceStep(input))
})

export const removeTechnicianAbsenceWorkflow = createWorkflow("remove-field-technician-absence", (input: { technician_id: string; id: string }) => {
  return new WorkflowResponse(removeAbsenceStep(input))
})
