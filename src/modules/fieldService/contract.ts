/**
 * The field-service domain's one source of names and shapes, read by the API, the admin and the portal.
 * Plain TypeScript: no server imports, so both front ends import it as it is.
 */

export const INTERVENTION_STATUSES = ["requested", "scheduled", "en_route", "in_progress", "done", "cancelled"] as const
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number]

/** The statuses that hold a technician's time: the database refuses two of them overlapping for one technician. */
export const LIVE_STATUSES: readonly InterventionStatus[] = ["requested", "scheduled", "en_route", "in_progress", "done"]
/** The statuses a client may still reschedule or cancel from. */
export const CLIENT_CHANGEABLE_STATUSES: readonly InterventionStatus[] = ["requested", "scheduled"]

/**
 * Every change of an intervention's status: the states it may start from and the state it leads to. The
 * service applies one only where the status is still one of `from`, so two racing changes cannot both win.
 */
export const INTERVENTION_TRANSITIONS = {
  schedule: { from: ["requested", "scheduled"], to: "scheduled" },
  /** A client's booking (or move) that waits for staff's confirmation: the slot is held, the status stays requested. */
  propose: { from: ["requested", "scheduled"], to: "requested" },
  start_route: { from: ["scheduled"], to: "en_route" },
  start: { from: ["scheduled", "en_route"], to: "in_progress" },
  complete: { from: ["scheduled", "en_route", "in_progress"], to: "done" },
  cancel: { from: ["requested", "scheduled", "en_route"], to: "cancelled" },
} as const satisfies Record<string, { from: readonly InterventionStatus[]; to: InterventionStatus }>
export type InterventionTransition = keyof typeof INTERVENTION_TRANSITIONS

export const canTransition = (status: InterventionStatus, transition: InterventionTransition): boolean =>
  (INTERVENTION_TRANSITIONS[transition].from as readonly InterventionStatus[]).includes(status)

/** The domain's events (emitted after the workflow succeeded); staff alerts are declared for the client ones. */
export const INTERVENTION_EVENTS = {
  requested: "portal.intervention.requested",
  booked: "portal.intervention.booked",
  rescheduled: "portal.intervention.rescheduled",
  cancelled: "portal.intervention.cancelled",
  /** Staff entered the report: the visit is done (the client's e-mail with the report). */
  done: "portal.intervention.done",
  /** Staff assigned or moved an intervention on the board. */
  scheduled: "portal.intervention.scheduled",
  survey_answered: "portal.intervention.survey_answered",
  linked_created: "portal.intervention.linked_created",
} as const
export type InterventionEvent = (typeof INTERVENTION_EVENTS)[keyof typeof INTERVENTION_EVENTS]

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]
/** Local times "HH:MM" in the technician's time zone; a day absent or empty is not worked. */
export type WorkingHours = Partial<Record<Weekday, { start: string; end: string }[]>>

export const SURVEY_QUESTION_KINDS = ["score", "yes_no", "text"] as const
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number]
export type SurveyQuestion = { id: string; kind: SurveyQuestionKind; label: string; required?: boolean }
export type SurveyAnswerValue = number | boolean | string
export type SurveyAnswers = Record<string, SurveyAnswerValue>

/**
 * A type's portal texts in one more language: each field given replaces the default text for readers of that
 * language (titles and descriptions are templates like the defaults; labels are keyed by question or action id).
 */
export type InterventionTypeTranslation = {
  name?: string | null
  portal_title?: string | null
  portal_short_description?: string | null
  portal_long_description?: string | null
  survey_labels?: Record<string, string>
  action_labels?: Record<string, string>
}
export type InterventionTypeTranslations = Partial<Record<string, InterventionTypeTranslation>>

export const PORTAL_ACTION_KINDS = ["create_intervention", "create_linked", "close"] as const
export type PortalActionKind = (typeof PORTAL_ACTION_KINDS)[number]
/** When an action is shown; every condition given must hold. */
export type PortalActionConditions = {
  statuses?: InterventionStatus[]
  /** At least this many hours before the scheduled start. */
  min_hours_before_start?: number
  /** At most this many hours before the scheduled start. */
  max_hours_before_start?: number
  /** Done at most this many days ago. */
  done_within_days?: number
}
export type PortalAction = {
  id: string
  kind: PortalActionKind
  label: string
  /** The type a created intervention gets (create_intervention, create_linked); the same type when absent. */
  target_type_id?: string | null
  conditions?: PortalActionConditions
}
/**
 * Why a portal action is refused (409, `type: "not_allowed"`, `rule` in the body): a condition that no longer
 * holds, or a close of an intervention the client closed already.
 */
export const PORTAL_ACTION_RULES = ["statuses", "min_hours_before_start", "max_hours_before_start", "done_within_days", "closed"] as const
export type PortalActionRule = (typeof PORTAL_ACTION_RULES)[number]

/** The substitution codes templates may use; any other `{{code}}` is refused on save. */
export const TEMPLATE_CODES = [
  "equipment.name",
  "equipment.serial_number",
  "site.name",
  "site.city",
  "account.name",
  "type.name",
  "intervention.number",
  "scheduled_start",
  "scheduled_end",
  "technician.name",
] as const
export type TemplateCode = (typeof TEMPLATE_CODES)[number]

/** Portal settings of the domain (portal_settings.field_service); every field has a default. */
export type FieldServiceSettings = {
  /** Hours between now and the earliest slot a client may book or move to. */
  min_notice_hours: number
  /** How many times a client may reschedule one intervention. */
  max_reschedules: number
  /** Hours before the start after which a client may no longer reschedule. */
  reschedule_deadline_hours: number
  /** Hours before the start after which a client may no longer cancel. */
  cancel_deadline_hours: number
  /** Whether clients see technicians' busy/free planning. */
  planning_visible: boolean
  /** A client's booking is final (scheduled) or waits for staff (stays requested with a proposed slot). */
  auto_confirm_bookings: boolean
  /** Days ahead the slot search covers by default. */
  booking_horizon_days: number
  /** Minutes between candidate slot starts. */
  slot_step_minutes: number
  distance: { road_factor: number; average_speed_kmh: number }
}

export const DEFAULT_FIELD_SERVICE_SETTINGS: FieldServiceSettings = {
  min_notice_hours: 24,
  max_reschedules: 2,
  reschedule_deadline_hours: 24,
  cancel_deadline_hours: 24,
  planning_visible: false,
  auto_confirm_bookings: true,
  booking_horizon_days: 14,
  slot_step_minutes: 30,
  distance: { road_factor: 1.3, average_speed_kmh: 50 },
}

export type InterventionAddress = {
  address_1: string | null
  address_2: string | null
  postal_code: string | null
  city: string | null
  country_code: string | null
}

export type ReportPart = { variant_id: string | null; title: string; sku: string | null; quantity: number }

/** A photo of a visit: the bytes are private, served by `url` (the store's or the admin's route) to those allowed. */
export type InterventionPhotoDto = {
  id: string
  name: string
  /** What the photo shows, staff's words: the portal's alt text (a numbered default when empty). */
  caption: string | null
  mime_type: string | null
  url: string
  created_at: string
}

/** The largest photo staff may attach (a larger one answers 400 naming `content` and the limit). */
export const INTERVENTION_PHOTO_MAX_BYTES = 10 * 1024 * 1024
export type ReportMeterValue = { meter_id: string; value: number }

// ---------------------------------------------------------------------------------------------------------
// Store responses (/store/portal/…)

export type StoreInterventionType = {
  id: string
  name: string
  default_duration_minutes: number
  bookable: boolean
  /** Rendered with the intervention's (or the request form's) values, HTML-escaped. */
  title: string
  short_description: string | null
  long_description: string | null
  survey_questions: SurveyQuestion[]
}

export type StoreTechnicianSummary = { id: string; name: string }

export type StoreInterventionListItem = {
  id: string
  number: string
  status: InterventionStatus
  type: { id: string; name: string } | null
  site_id: string
  equipment_id: string | null
  description: string
  scheduled_start: string | null
  scheduled_end: string | null
  technician: StoreTechnicianSummary | null
  created_at: string
}

export type StoreInterventionReport = {
  work_done: string
  parts: ReportPart[]
  duration_minutes: number | null
  meter_values: ReportMeterValue[]
  signature_name: string | null
  completed_at: string
}

export type StoreIntervention = StoreInterventionListItem & {
  account_id: string
  address: InterventionAddress
  contact_name: string | null
  contact_phone: string | null
  contact_email: string | null
  reschedule_count: number
  linked_intervention_id: string | null
  cancelled_at: string | null
  cancellation_reason: string | null
  history: { from_status: InterventionStatus | null; to_status: InterventionStatus; created_at: string }[]
  photos: InterventionPhotoDto[]
  report: StoreInterventionReport | null
  /** The report PDF ("bon d'intervention"), once the visit is done; in the reader's language. */
  report_pdf_url: string | null
  survey_answered: boolean
  /** What the client may do now, by the business's rules (each false names its rule in `refusals`). */
  allowed: { book: boolean; reschedule: boolean; cancel: boolean }
  refusals: Partial<Record<"book" | "reschedule" | "cancel", { rule: BookingRule; message: string }>>
  /** The type's portal actions whose conditions hold now. */
  actions: PortalAction[]
  /** The machine, by name (null name: no longer in the fleet). */
  equipment: { id: string; name: string | null } | null
  /** The type's portal texts rendered for this intervention. */
  type_texts: { title: string; short_description: string | null; long_description: string | null } | null
  /** The type's survey, which a close action answers. */
  survey_questions: SurveyQuestion[]
}

export type StoreInterventionListResponse = {
  interventions: StoreInterventionListItem[]
  count: number
  offset: number
  limit: number
}
export type StoreInterventionResponse = { intervention: StoreIntervention }
export type StoreInterventionTypeListResponse = { intervention_types: StoreInterventionType[] }

/** One proposed slot of the booking assistant. */
export type Slot = {
  start: string
  end: string
  technician: StoreTechnicianSummary
  /** Minutes of travel the slot adds to the technician's day (from the previous place, to the next). */
  added_travel_minutes: number
}
/** `refusal` says why the client may not book or move this intervention now (the slots are then empty). */
export type StoreSlotListResponse = { slots: Slot[]; refusal: { rule: BookingRule; message: string } | null }

/** A refusal of a reschedule or cancel names the rule (400, `type: "not_allowed"`, `rule` in the body). */
export const BOOKING_RULES = ["min_notice", "max_reschedules", "reschedule_deadline", "cancel_deadline", "status", "not_bookable"] as const
export type BookingRule = (typeof BOOKING_RULES)[number]

/** A lost race for a slot: 409 with fresh alternatives. */
export type SlotConflictResponse = { type: "conflict"; message: string; slots: Slot[] }

// Store request bodies
export type StoreRequestInterventionBody = {
  site_id: string
  equipment_id?: string | null
  type_id?: string | null
  description: string
  address?: Partial<InterventionAddress>
  contact_name?: string | null
  contact_phone?: string | null
  contact_email?: string | null
}
export type StoreBookBody = { starts_at: string; technician_id: string }
export type StoreCancelBody = { reason?: string | null }
/**
 * Body of POST /store/portal/interventions/:id/actions/:actionId. `description` is required by the actions that
 * create an intervention (same site, machine, address and contact); `answers` is the type's survey, answered
 * by a close (required questions included). 201 `{ intervention }`: the created one, or the closed one.
 */
export type StoreRunPortalActionBody = { description?: string; answers?: SurveyAnswers }
export type StorePortalActionResponse = { intervention: StoreIntervention }
export type PortalActionRefusal = { type: "not_allowed"; rule: PortalActionRule; message: string }

/** One busy interval of a technician in the client's planning: never whose visit it is, unless it is theirs. */
export type PlanningBusy = {
  start: string
  end: string
  /** Set only for the caller's own visit (within their scope); another client's is a bare interval. */
  intervention: { id: string; number: string; status: InterventionStatus; site_id: string; type_name: string | null } | null
}
export type PlanningTechnician = {
  id: string
  name: string
  /** Working periods per day in the period, as UTC instants; the rest of the day is not worked. */
  working: { start: string; end: string }[]
  /** Appointments and absences, merged where they touch; absences carry no reason. */
  busy: PlanningBusy[]
}
/** GET /store/portal/planning?from&days: 403 when staff keep the planning private (planning_visible false). */
export type StorePlanningResponse = { from: string; to: string; technicians: PlanningTechnician[] }

// ---------------------------------------------------------------------------------------------------------
// Admin responses (/admin/portal/…)

export type AdminInterventionType = {
  id: string
  name: string
  default_duration_minutes: number
  required_skills: string[]
  portal_visible: boolean
  bookable: boolean
  portal_title: string | null
  portal_short_description: string | null
  portal_long_description: string | null
  survey_questions: SurveyQuestion[]
  portal_actions: PortalAction[]
  translations: InterventionTypeTranslations
  created_at: string
  updated_at: string
}

export type AdminTechnicianAbsence = { id: string; technician_id: string; starts_at: string; ends_at: string; reason: string | null }

export type AdminTechnician = {
  id: string
  name: string
  email: string | null
  phone: string | null
  skills: string[]
  home_latitude: number
  home_longitude: number
  time_zone: string
  working_hours: WorkingHours
  user_id: string | null
  active: boolean
  absences: AdminTechnicianAbsence[]
  created_at: string
}

export type AdminIntervention = Omit<StoreIntervention, "technician" | "equipment" | "type_texts" | "survey_answered" | "allowed" | "refusals" | "actions" | "survey_questions"> & {
  technician: { id: string; name: string } | null
  requested_by_member_id: string | null
  latitude: number | null
  longitude: number | null
  survey_answers: SurveyAnswers | null
  account: { id: string; name: string } | null
  site: { id: string; name: string } | null
}

export type AdminInterventionListResponse = {
  interventions: AdminIntervention[]
  count: number
  offset: number
  limit: number
}

/** Body of POST /admin/portal/interventions/:id/report: completes the visit (writes the machine's log and meters). */
export type AdminReportBody = {
  work_done: string
  parts?: { variant_id: string; quantity: number }[]
  duration_minutes?: number | null
  meter_values?: ReportMeterValue[]
  signature_name?: string | null
  completed_at?: string
}

/** Body of POST /admin/portal/interventions/:id/secure-link; `email` defaults to the intervention's contact. */
export type AdminInterventionLinkBody = { email?: string | null; allow_actions?: boolean; expires_at?: string; locale?: string | null }
export type AdminInterventionLinkResponse = {
  secure_link: { id: string; scope: "intervention"; intervention_id: string; allow_actions: boolean; expires_at: string; url: string }
  /** Where the link was mailed; null when it was not (no address, or a mail outage: the link stands). */
  mailed_to: string | null
}
/** Body of POST /admin/portal/interventions/:id/photos (JSON, content in base64); 201 `{ photo: InterventionPhotoDto }`. */
export type AdminAddPhotoBody = { filename: string; mime_type: string; content: string; caption?: string | null }

/** Body of POST /admin/portal/interventions/:id/schedule: assign or move. */
export type AdminScheduleBody = { technician_id: string; starts_at: string; ends_at?: string | null }

/** Every route of the domain, for both front ends. */
export const FIELD_SERVICE_ROUTES = {
  store: {
    interventions: "/store/portal/interventions",
    intervention: (id: string) => `/store/portal/interventions/${id}`,
    slots: (id: string) => `/store/portal/interventions/${id}/slots`,
    book: (id: string) => `/store/portal/interventions/${id}/book`,
    reschedule: (id: string) => `/store/portal/interventions/${id}/reschedule`,
    cancel: (id: string) => `/store/portal/interventions/${id}/cancel`,
    ics: (id: string) => `/store/portal/interventions/${id}/ics`,
    /** POST `{ answers: SurveyAnswers }`, once the visit is done; 201 with the intervention. */
    survey: (id: string) => `/store/portal/interventions/${id}/survey`,
    /** POST StoreRunPortalActionBody: runs one of the type's portal actions while its conditions hold. */
    action: (id: string, actionId: string) => `/store/portal/interventions/${id}/actions/${actionId}`,
    /** GET StorePlanningResponse, when the settings show the planning to clients. */
    planning: "/store/portal/planning",
    /** GET: the report PDF of a done visit (404 before), in the member's language. */
    reportPdf: (id: string) => `/store/portal/interventions/${id}/pdf`,
    /** GET: one photo's bytes (inline image, nosniff), within the same access checks as the intervention. */
    photo: (id: string, photoId: string) => `/store/portal/interventions/${id}/photos/${photoId}`,
    types: "/store/portal/intervention-types",
  },
  admin: {
    interventions: "/admin/portal/interventions",
    /** `?inbox=true`: requested interventions, newest first. */
    inbox: "/admin/portal/interventions?inbox=true",
    intervention: (id: string) => `/admin/portal/interventions/${id}`,
    schedule: (id: string) => `/admin/portal/interventions/${id}/schedule`,
    types: "/admin/portal/intervention-types",
    type: (id: string) => `/admin/portal/intervention-types/${id}`,
    technicians: "/admin/portal/technicians",
    technician: (id: string) => `/admin/portal/technicians/${id}`,
    absences: (id: string) => `/admin/portal/technicians/${id}/absences`,
    absence: (id: string, absenceId: string) => `/admin/portal/technicians/${id}/absences/${absenceId}`,
    /** GET `{ field_service: FieldServiceSettings }`; POST a partial FieldServiceSettings to change it. */
    settings: "/admin/portal/intervention-settings",
    cancel: (id: string) => `/admin/portal/interventions/${id}/cancel`,
    report: (id: string) => `/admin/portal/interventions/${id}/report`,
    /** POST AdminInterventionLinkBody: a secure link that opens this intervention alone, mailed to `email`. */
    secureLink: (id: string) => `/admin/portal/interventions/${id}/secure-link`,
    /** GET: the report PDF, in the account's language. */
    reportPdf: (id: string) => `/admin/portal/interventions/${id}/pdf`,
    /** POST AdminAddPhotoBody: attach a photo (private file). */
    photos: (id: string) => `/admin/portal/interventions/${id}/photos`,
    photo: (id: string, photoId: string) => `/admin/portal/interventions/${id}/photos/${photoId}`,
  },
} as const
