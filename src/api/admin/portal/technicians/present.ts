import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_SERVICE_MODULE } from "../../../../modules/fieldService"
import type FieldServiceModuleService from "../../../../modules/fieldService/service"
import type { AdminTechnician, WorkingHours } from "../../../../modules/fieldService/contract"

type TechnicianRow = {
  id: string
  name: string
  email: string | null
  phone: string | null
  skills: string[] | null
  home_latitude: number
  home_longitude: number
  time_zone: string
  working_hours: unknown
  user_id: string | null
  active: boolean
  created_at: Date | string
  absences?: { id: string; starts_at: Date | string; ends_at: Date | string; reason: string | null }[]
}

export function presentTechnician(t: TechnicianRow): AdminTechnician {
  return {
    id: t.id,
    name: t.name,
    email: t.email,
    phone: t.phone,
    skills: t.skills ?? [],
    home_latitude: t.home_latitude,
    home_longitude: t.home_longitude,
    time_zone: t.time_zone,
    working_hours: t.working_hours as WorkingHours,
    user_id: t.user_id,
    active: t.active,
    absences: [...(t.absences ?? [])]
      .sort((a, b) => new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime())
      .map((a) => ({ id: a.id, technician_id: t.id, starts_at: new Date(a.starts_at).toISOString(), ends_at: new Date(a.ends_at).toISOString(), reason: a.reason })),
    created_at: new Date(t.created_at).toISOString(),
  }
}

/** A technician with absences, or 404. */
export async function loadTechnician(req: AuthenticatedMedusaRequest, id: string) {
  const [technician] = await req.scope.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).listTechnicians({ id }, { relations: ["absences"] })
  if (!technician) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Technician with id: ${id} was not found`)
  return presentTechnician(technician as Parameters<typeof presentTechnician>[0])
}
