import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import type {
  AdminIntervention,
  FieldServiceSettings,
  InterventionAddress,
  InterventionPhotoDto,
  InterventionStatus,
  InterventionTypeTranslations,
  PortalAction,
  ReportMeterValue,
  ReportPart,
  StoreIntervention,
  StoreInterventionListItem,
  SurveyAnswers,
  SurveyQuestion,
} from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import { applicableActions } from "./actions"
import { bookingVerdict, cancelVerdict, rescheduleVerdict, type RuleVerdict } from "./rules"
import { renderTemplate, type TemplateValues } from "./templates"
import { formatVisitWindow, visitTimeZone } from "./time-zones"
import { localizeType } from "./type-translations"

/** The columns a list may be sorted by, for clients and staff alike. */
export const INTERVENTION_SORTABLE = ["created_at", "scheduled_start", "number", "status"] as const
/** What `fields` may name on a list: the answer's shape is fixed, so only its own columns. */
export const INTERVENTION_LIST_FIELDS = ["id", ...INTERVENTION_SORTABLE]

/** One list query for the portal and the admin: each side gives its scope and filters. */
export type InterventionFilters = {
  account_id?: string
  site_ids?: string[] | null
  /** A secure link scoped to one intervention sees that one only. */
  id?: string | null
  equipment_id?: string
  technician_id?: string
  status?: InterventionStatus[]
  /** The visit's window (or, before it has one, its request date) within [from, to). */
  from?: Date
  to?: Date
  q?: string
}

type Row = Record<string, unknown> & {
  id: string
  number: string
  account_id: string
  site_id: string
  equipment_id: string | null
  status: InterventionStatus
  description: string
  scheduled_start: Date | null
  scheduled_end: Date | null
  created_at: Date
  type: { id: string; name: string; translations?: InterventionTypeTranslations | null } | null
  technician: { id: string; name: string } | null
}

const LIST_SELECT = [
  "id",
  "number",
  "account_id",
  "site_id",
  "equipment_id",
  "status",
  "description",
  "scheduled_start",
  "scheduled_end",
  "created_at",
  "type.id",
  "type.name",
  "type.translations",
  "technician.id",
  "technician.name",
]

function where(f: InterventionFilters): Record<string, unknown> {
  const and: Record<string, unknown>[] = []
  if (f.from || f.to) {
    const range = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) }
    and.push({ $or: [{ scheduled_start: range }, { scheduled_start: null, created_at: range }] })
  }
  return {
    ...(f.account_id ? { account_id: f.account_id } : {}),
    ...(f.site_ids ? { site_id: f.site_ids } : {}),
    ...(f.id ? { id: f.id } : {}),
    ...(f.equipment_id ? { equipment_id: f.equipment_id } : {}),
    ...(f.technician_id ? { technician_id: f.technician_id } : {}),
    ...(f.status?.length ? { status: f.status } : {}),
    ...(f.q ? { q: f.q } : {}),
    ...(and.length ? { $and: and } : {}),
  }
}

export async function listInterventionPage(
  container: MedusaContainer,
  filters: InterventionFilters,
  page: { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
): Promise<{ rows: Row[]; count: number }> {
  if (filters.site_ids && !filters.site_ids.length) return { rows: [], count: 0 }
  const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
  const [rows, count] = await service.listAndCountInterventions(where(filters), {
    select: LIST_SELECT,
    relations: ["type", "technician"],
    skip: page.skip,
    take: page.take,
    order: { ...(page.order ?? { created_at: "DESC" }), id: "DESC" },
  })
  return { rows: rows as unknown as Row[], count }
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

export function presentListItem(row: Row): StoreInterventionListItem {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    type: row.type ? { id: row.type.id, name: row.type.name } : null,
    site_id: row.site_id,
    equipment_id: row.equipment_id,
    description: row.description,
    scheduled_start: iso(row.scheduled_start),
    scheduled_end: iso(row.scheduled_end),
    technician: row.technician ? { id: row.technician.id, name: row.technician.name } : null,
    created_at: iso(row.created_at)!,
  }
}

/** An intervention with everything its page shows. */
export type InterventionRecord = Row & {
  address: InterventionAddress | null
  latitude: number | null
  longitude: number | null
  contact_name: string | null
  contact_phone: string | null
  contact_email: string | null
  reschedule_count: number
  linked_intervention_id: string | null
  requested_by_member_id: string | null
  maintenance_plan_id: string | null
  cancelled_at: Date | null
  cancellation_reason: string | null
  completed_at: Date | null
  updated_at: Date
  type:
    | (Row["type"] & {
        default_duration_minutes: number
        required_skills: string[] | null
        bookable: boolean
        portal_visible: boolean
        portal_title: string | null
        portal_short_description: string | null
        portal_long_description: string | null
        survey_questions: SurveyQuestion[] | null
        portal_actions: PortalAction[] | null
        translations: InterventionTypeTranslations | null
      })
    | null
  report: {
    work_done: string
    parts: ReportPart[] | null
    duration_minutes: number | null
    meter_values: ReportMeterValue[] | null
    signature_name: string | null
    completed_at: Date
  } | null
  photos: { id: string; name: string; caption: string | null; file_id: string; mime_type: string | null; created_at: Date }[]
  history: { from_status: InterventionStatus | null; to_status: InterventionStatus; created_at: Date }[]
  survey_answer: { answers: SurveyAnswers } | null
}

const DETAIL_RELATIONS = ["type", "technician", "report", "photos", "history", "survey_answer"]

/** The intervention if it is within the scope (account, sites, one intervention); null otherwise, as if missing. */
export async function findIntervention(container: MedusaContainer, id: string, scope: InterventionFilters = {}): Promise<InterventionRecord | null> {
  const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
  if (scope.id && scope.id !== id) return null
  if (scope.site_ids && !scope.site_ids.length) return null
  const [row] = await service.listInterventions({ ...where({ ...scope, id: undefined }), id }, { relations: DETAIL_RELATIONS, take: 1 })
  return (row as unknown as InterventionRecord) ?? null
}

export const interventionNotFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Intervention with id: ${id} was not found`)

/**
 * The values of the substitution codes for one intervention (or a request form: site and machine only). Dates
 * read as the rest of the visit's texts do: in the reader's language and the visit's time zone, with the zone.
 */
export async function templateValues(
  container: MedusaContainer,
  i: {
    site_id: string | null
    equipment_id: string | null
    account_id: string
    number?: string
    scheduled_start?: Date | null
    scheduled_end?: Date | null
    technician?: { name: string } | null
  },
  typeName: string | null,
  locale: string
): Promise<TemplateValues> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [site, account, equipment] = await Promise.all([
    i.site_id ? accounts.listSites({ id: i.site_id }, { select: ["name", "city"] }).then((r) => r[0]) : null,
    accounts.listClientAccounts({ id: i.account_id }, { select: ["name"] }).then((r) => r[0]),
    i.equipment_id
      ? container.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ id: i.equipment_id }, { select: ["name", "serial_number"] }).then((r) => r[0])
      : null,
  ])
  const zone = visitTimeZone(i)
  return {
    "equipment.name": equipment?.name,
    "equipment.serial_number": equipment?.serial_number,
    "site.name": site?.name,
    "site.city": site?.city,
    "account.name": account?.name,
    "type.name": typeName,
    "intervention.number": i.number,
    scheduled_start: formatVisitWindow(locale, i.scheduled_start ?? null, null, zone),
    scheduled_end: formatVisitWindow(locale, i.scheduled_end ?? null, null, zone),
    "technician.name": i.technician?.name,
  }
}

export type TypeTexts = { title: string; short_description: string | null; long_description: string | null }

export function renderTypeTexts(
  type: { name: string; portal_title: string | null; portal_short_description: string | null; portal_long_description: string | null },
  values: TemplateValues
): TypeTexts {
  return {
    title: type.portal_title ? renderTemplate(type.portal_title, values) : renderTemplate("{{type.name}}", { ...values, "type.name": type.name }),
    short_description: type.portal_short_description ? renderTemplate(type.portal_short_description, values) : null,
    long_description: type.portal_long_description ? renderTemplate(type.portal_long_description, values) : null,
  }
}

/** The photos in the order they were taken (attached), each with the route that serves it under `base`. */
export function presentPhotos(i: InterventionRecord, base: string): InterventionPhotoDto[] {
  return [...(i.photos ?? [])]
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, name: p.name, caption: p.caption, mime_type: p.mime_type, url: `${base}/${i.id}/photos/${p.id}`, created_at: iso(p.created_at)! }))
}

/** A list row for a client reading in `locale`: the type's name in that language. */
export const presentStoreListItem = (row: Row, locale: string | null) => presentListItem(row.type ? { ...row, type: localizeType(row.type, locale) } : row)

/** `base` is the routes' root for this reader: `/store/portal/interventions` or `/admin/portal/interventions`. */
function presentCommon(i: InterventionRecord, base: string) {
  return {
    ...presentListItem(i),
    account_id: i.account_id,
    address: i.address ?? { address_1: null, address_2: null, postal_code: null, city: null, country_code: null },
    contact_name: i.contact_name,
    contact_phone: i.contact_phone,
    contact_email: i.contact_email,
    reschedule_count: i.reschedule_count,
    linked_intervention_id: i.linked_intervention_id,
    cancelled_at: iso(i.cancelled_at),
    cancellation_reason: i.cancellation_reason,
    history: [...(i.history ?? [])]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((h) => ({ from_status: h.from_status, to_status: h.to_status, created_at: iso(h.created_at)! })),
    photos: presentPhotos(i, base),
    report_pdf_url: i.report ? `${base}/${i.id}/pdf` : null,
    report: i.report
      ? {
          work_done: i.report.work_done,
          parts: i.report.parts ?? [],
          duration_minutes: i.report.duration_minutes,
          meter_values: i.report.meter_values ?? [],
          signature_name: i.report.signature_name,
          completed_at: iso(i.report.completed_at)!,
        }
      : null,
  }
}

/** What the client may do with an intervention now, by the business's rules. */
export function clientOptions(i: InterventionRecord, settings: FieldServiceSettings, now: number) {
  const verdicts = {
    book: bookingVerdict(i, !!i.type?.bookable, settings, Infinity, now),
    reschedule: rescheduleVerdict(i, settings, null, now),
    cancel: cancelVerdict(i, settings, now),
  }
  const refusals: StoreIntervention["refusals"] = {}
  for (const [key, verdict] of Object.entries(verdicts) as [keyof typeof verdicts, RuleVerdict][]) {
    if (!verdict.ok) refusals[key] = { rule: verdict.rule, message: verdict.message }
  }
  return { allowed: { book: verdicts.book.ok, reschedule: verdicts.reschedule.ok, cancel: verdicts.cancel.ok }, refusals }
}

/** The intervention as a client reading in `locale` sees it: the type's texts, survey and actions in that language. */
export async function presentStoreIntervention(
  container: MedusaContainer,
  record: InterventionRecord,
  settings: FieldServiceSettings,
  locale: string | null
): Promise<StoreIntervention> {
  const now = Date.now()
  const i = record.type ? { ...record, type: localizeType(record.type, locale) } : record
  const values = await templateValues(container, i, i.type?.name ?? null, locale ?? "en")
  return {
    ...presentCommon(i, "/store/portal/interventions"),
    equipment: i.equipment_id ? { id: i.equipment_id, name: values["equipment.name"] ?? null } : null,
    ...clientOptions(i, settings, now),
    actions: applicableActions(i.type?.portal_actions, { ...i, closed: !!i.survey_answer }, now),
    survey_answered: !!i.survey_answer,
    type_texts: i.type ? renderTypeTexts(i.type, values) : null,
    survey_questions: i.type?.survey_questions ?? [],
  }
}

export async function presentAdminIntervention(container: MedusaContainer, i: InterventionRecord): Promise<AdminIntervention> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [[account], [site]] = await Promise.all([
    accounts.listClientAccounts({ id: i.account_id }, { select: ["id", "name"] }),
    accounts.listSites({ id: i.site_id }, { select: ["id", "name"] }),
  ])
  return {
    ...presentCommon(i, "/admin/portal/interventions"),
    requested_by_member_id: i.requested_by_member_id,
    latitude: i.latitude,
    longitude: i.longitude,
    survey_answers: i.survey_answer?.answers ?? null,
    account: account ? { id: account.id, name: account.name } : null,
    site: site ? { id: site.id, name: site.name } : null,
  }
}
