import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  FIELD_SERVICE_ROUTES,
  type AdminAddPhotoBody,
  type AdminIntervention,
  type AdminInterventionLinkBody,
  type AdminInterventionLinkResponse,
  type AdminInterventionListResponse,
  type AdminInterventionType,
  type AdminReportBody,
  type AdminScheduleBody,
  type AdminTechnician,
  type AdminTechnicianAbsence,
  type InterventionPhotoDto,
  type InterventionStatus,
} from "../../../modules/fieldService/contract"
import { sdk } from "../../lib/sdk"
import { useRoutedMutation } from "./routed-mutation"

// The domain's names and shapes: one contract shared with the API and the portal.
export {
  DEFAULT_FIELD_SERVICE_SETTINGS,
  INTERVENTION_STATUSES,
  PORTAL_ACTION_KINDS,
  SURVEY_QUESTION_KINDS,
  TEMPLATE_CODES,
  WEEKDAYS,
  canTransition,
} from "../../../modules/fieldService/contract"
export type {
  AdminIntervention,
  AdminInterventionLinkResponse,
  AdminInterventionType,
  AdminTechnician,
  AdminTechnicianAbsence,
  InterventionPhotoDto,
  InterventionStatus,
  InterventionTypeTranslation,
  InterventionTypeTranslations,
  PortalAction,
  PortalActionKind,
  SurveyQuestion,
  SurveyQuestionKind,
  Weekday,
  WorkingHours,
} from "../../../modules/fieldService/contract"

const ROUTES = FIELD_SERVICE_ROUTES.admin
const KEY = "field-service"

export type InterventionFilters = {
  status?: InterventionStatus
  account_id?: string
  customer_id?: string
  equipment_id?: string
  technician_id?: string
  /** Scheduled between these instants (ISO), for the planning board. */
  from?: string
  to?: string
  /** Requested interventions, newest first: the "to schedule" inbox. */
  inbox?: boolean
  q?: string
  limit: number
  offset: number
}

export function useInterventions(filters: InterventionFilters, enabled = true) {
  const query = { ...filters, q: filters.q || undefined, inbox: filters.inbox ? "true" : undefined }
  return useQuery({
    queryKey: [KEY, "interventions", query],
    queryFn: () => sdk.client.fetch<AdminInterventionListResponse>(ROUTES.interventions, { query }),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function useIntervention(id: string) {
  return useQuery({
    queryKey: [KEY, "intervention", id],
    queryFn: () => sdk.client.fetch<{ intervention: AdminIntervention }>(ROUTES.intervention(id)),
    select: (data) => data.intervention,
    enabled: !!id,
  })
}

/**
 * Assign or move an intervention to a technician and a start. The backend checks overlap and travel under a
 * lock; its refusal (409, or 400 naming the rule) is the error's message, which the board shows as it is.
 */
export function useScheduleIntervention() {
  const queryClient = useQueryClient()
  return useMutation<{ intervention: AdminIntervention }, FetchError, AdminScheduleBody & { id: string }>({
    mutationFn: ({ id, ...body }) => sdk.client.fetch(ROUTES.schedule(id), { method: "POST", body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}

/** Staff share one intervention with the client through a secure link scoped to it, mailed. */
export const useSendInterventionLink = (id: string) =>
  useRoutedMutation<AdminInterventionLinkBody, AdminInterventionLinkResponse>(KEY, () => ROUTES.secureLink(id))

/** Staff cancel an intervention (the contract's route list does not name this one; the API serves it beside schedule). */
export const useCancelIntervention = (id: string) =>
  useRoutedMutation<{ reason?: string | null }, { intervention: AdminIntervention }>(KEY, () => `${ROUTES.intervention(id)}/cancel`)

/** Staff enter the visit's report: the intervention is done, the machine's log and meters follow. */
export const useCompleteIntervention = (id: string) => useRoutedMutation<AdminReportBody, { intervention: AdminIntervention }>(KEY, () => ROUTES.report(id))

/** Staff attach a photo to the visit (a private file, JSON with the bytes in base64). */
export const useAddInterventionPhoto = (id: string) => useRoutedMutation<AdminAddPhotoBody, { photo: InterventionPhotoDto }>(KEY, () => ROUTES.photos(id))

export function useInterventionTypes() {
  return useQuery({
    queryKey: [KEY, "types"],
    queryFn: () =>
      sdk.client.fetch<{ intervention_types: AdminInterventionType[]; count: number }>(ROUTES.types, { query: { limit: 100, offset: 0 } }),
    select: (data) => data.intervention_types,
  })
}

export type InterventionTypeBody = Omit<AdminInterventionType, "id" | "created_at" | "updated_at">

export const useCreateInterventionType = () =>
  useRoutedMutation<InterventionTypeBody, { intervention_type: AdminInterventionType }>(KEY, () => ROUTES.types)
export const useUpdateInterventionType = () =>
  useRoutedMutation<Partial<InterventionTypeBody> & { _id: string }, { intervention_type: AdminInterventionType }>(KEY, (b) => ROUTES.type(b._id))
export const useDeleteInterventionType = () => useRoutedMutation<{ _id: string }, unknown>(KEY, (b) => ROUTES.type(b._id), "DELETE")

export function useTechnicians() {
  return useQuery({
    queryKey: [KEY, "technicians"],
    queryFn: () => sdk.client.fetch<{ technicians: AdminTechnician[]; count: number }>(ROUTES.technicians, { query: { limit: 100, offset: 0 } }),
    select: (data) => data.technicians,
  })
}

export type TechnicianBody = Omit<AdminTechnician, "id" | "created_at" | "absences">

export const useCreateTechnician = () => useRoutedMutation<TechnicianBody, { technician: AdminTechnician }>(KEY, () => ROUTES.technicians)
export const useUpdateTechnician = () =>
  useRoutedMutation<Partial<TechnicianBody> & { _id: string }, { technician: AdminTechnician }>(KEY, (b) => ROUTES.technician(b._id))
export const useAddAbsence = () =>
  useRoutedMutation<{ _id: string; starts_at: string; ends_at: string; reason?: string | null }, { absence: AdminTechnicianAbsence }>(KEY, (b) =>
    ROUTES.absences(b._id)
  )
export const useDeleteAbsence = () =>
  useRoutedMutation<{ _id: string; _absenceId: string }, unknown>(KEY, (b) => ROUTES.absence(b._id, b._absenceId), "DELETE")
