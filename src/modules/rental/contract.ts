/**
 * The rental domain's contract between the API and its clients (portal and admin): statuses, settings and
 * the shapes the routes answer. Plain TypeScript with no server imports, so storefront/ and src/admin/ import
 * it as the one source of these names.
 */

export const RESERVATION_STATUSES = ["requested", "confirmed", "out", "returned", "cancelled", "rejected"] as const
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]

/** Statuses whose unit assignments hold their time range (the exclusion constraint counts only these). */
export const LIVE_RESERVATION_STATUSES: readonly ReservationStatus[] = ["requested", "confirmed", "out", "returned"]
/** Statuses a client may still cancel or move. */
export const CHANGEABLE_RESERVATION_STATUSES: readonly ReservationStatus[] = ["requested", "confirmed"]

/** How a client's list groups reservations. */
export const RENTAL_PERIODS = ["current", "upcoming", "past"] as const
export type RentalPeriod = (typeof RENTAL_PERIODS)[number]

export const SLIP_KINDS = ["exit", "return"] as const
export type SlipKind = (typeof SLIP_KINDS)[number]

export const CHARGE_KINDS = ["rental", "extra_meter", "late", "damage", "cancellation", "change"] as const
export type ChargeKind = (typeof CHARGE_KINDS)[number]

export const RATE_PERIODS = ["day", "week", "month"] as const
export type RatePeriod = (typeof RATE_PERIODS)[number]

/** Days a week and a month rate cover in the cheapest-combination pricing. */
export const PERIOD_DAYS: Record<RatePeriod, number> = { day: 1, week: 7, month: 30 }

/** The rules staff set (portal settings, column `rentals`); missing keys take RENTAL_SETTINGS_DEFAULTS. */
export type RentalSettings = {
  /**
   * Confirm a client's request at once (units are found free and assigned at request time): the staff
   * confirmation workflow runs right after the reservation, under the same lock.
   */
  auto_confirm: boolean
  /** Hours before the start a reservation may be cancelled free of charge. */
  cancel_notice_hours: number
  /** Share of the rental's estimated price charged for a cancellation later than the notice (0 to 100). */
  late_cancel_fee_percent: number
  /** Hours before the start within which dates can no longer be changed. */
  change_notice_hours: number
  /** Flat fee (in the reservation's currency, main unit) charged for a change of dates; 0 for none. */
  change_fee: number
  /** A late day costs the day rate times this factor. */
  late_day_factor: number
  /** The earliest a reservation may start, in hours from now. */
  min_lead_hours: number
  /** The longest reservation, in days. */
  max_days: number
}

export const RENTAL_SETTINGS_DEFAULTS: RentalSettings = {
  auto_confirm: false,
  cancel_notice_hours: 48,
  late_cancel_fee_percent: 50,
  change_notice_hours: 24,
  change_fee: 0,
  late_day_factor: 1.5,
  min_lead_hours: 0,
  max_days: 365,
}

/** Amounts are in the main unit of `currency_code` (12.5 = 12.50 €), as Medusa's prices. */
export type RentalPrice = {
  currency_code: string
  total: number
  /** The cheapest combination: e.g. 1 month + 1 week + 2 days. */
  breakdown: { period: RatePeriod; count: number; rate: number; amount: number }[]
  days: number
}

export type StoreRentalModel = {
  id: string
  variant_id: string
  product_id: string | null
  title: string
  description: string | null
  thumbnail: string | null
  buffer_hours: number
  /**
   * The rate the client pays: their customer group's (`customer_group_id` set) when it is lower for the period,
   * else the general one. Group rates live in the rental module, since Medusa's price lists hold one amount
   * per variant, not a day/week/month card with a deposit and a meter allowance.
   */
  rate: { currency_code: string; day: number; week: number | null; month: number | null; deposit: number; meter_allowance_per_day: number | null; extra_meter_rate: number | null; customer_group_id: string | null } | null
  /** The price for the asked period, null when the model has no rate in the currency. */
  price: RentalPrice | null
  /** The general price for the period when the client's group price differs from it (to show beside it), else null. */
  general_total: number | null
  units_total: number
  units_free: number
}

/** GET /store/portal/rentals/catalogue?starts_at&ends_at&currency_code */
export type StoreRentalCatalogueResponse = {
  rental_models: StoreRentalModel[]
  starts_at: string
  ends_at: string
  currency_code: string
  count: number
  offset: number
  limit: number
}

/** GET /store/portal/rentals/availability?model_id&from&to: free units per UTC day. */
export type StoreRentalAvailabilityResponse = {
  availability: { model_id: string; units_total: number; days: { date: string; free: number }[] }
}

export type RentalUnitSummary = {
  id: string
  equipment_id: string
  serial_number: string
  name: string
  model_id: string
}

export type RentalMeterReadingEntry = { meter_id: string; meter_name: string; unit: string; value: number; reading_id: string | null; status: string | null }

export type RentalSlip = {
  id: string
  kind: SlipKind
  number: string
  performed_at: string
  condition_notes: string | null
  client_signature_name: string | null
  staff_signature_name: string | null
  damage: boolean
  missing_items: string | null
  units: { unit_id: string; serial_number: string; name: string; condition: string | null; readings: RentalMeterReadingEntry[] }[]
  photos: { file_id: string; name: string; url: string }[]
  /** The slip's PDF. */
  url: string
}

export type RentalCharge = { id: string; kind: ChargeKind; description: string; quantity: number; unit_amount: number; amount: number }

export type StoreRentalLine = {
  id: string
  model_id: string
  variant_id: string
  title: string
  quantity: number
  price: number
  deposit: number
}

export type StoreRental = {
  id: string
  number: string
  status: ReservationStatus
  is_loan: boolean
  account_id: string
  site_id: string | null
  starts_at: string
  ends_at: string
  currency_code: string
  estimated_total: number
  deposit_total: number
  overdue: boolean
  requested_by_name: string | null
  notes: string | null
  rejection_reason: string | null
  order_id: string | null
  created_at: string
  lines: StoreRentalLine[]
}

export type StoreRentalDetail = StoreRental & {
  units: RentalUnitSummary[]
  slips: RentalSlip[]
  charges: RentalCharge[]
  /** What cancelling or changing dates would cost now, and the rule that refuses it if any. */
  policy: { can_cancel: boolean; cancel_fee: number; cancel_refusal: string | null; can_change: boolean; change_fee: number; change_refusal: string | null }
}

/** GET /store/portal/rentals?period&status&limit&offset */
export type StoreRentalListResponse = { rentals: StoreRental[]; count: number; offset: number; limit: number }
export type StoreRentalResponse = { rental: StoreRentalDetail }

/** POST /store/portal/rentals */
export type StoreReserveBody = {
  starts_at: string
  ends_at: string
  site_id?: string | null
  currency_code?: string
  notes?: string | null
  lines: { model_id: string; quantity: number }[]
}

/** POST /store/portal/rentals/:id/change; `preview: true` answers the fee and refusal without changing. */
export type StoreChangeRentalBody = { starts_at: string; ends_at: string; preview?: boolean }
export type StoreCancelRentalBody = { preview?: boolean }

export type AdminRentalModel = {
  id: string
  variant_id: string
  title: string
  buffer_hours: number
  description: string | null
  /** The general rate per currency (`customer_group_id` null) and customer groups' own rates. */
  rates: { id: string; currency_code: string; customer_group_id: string | null; day_rate: number; week_rate: number | null; month_rate: number | null; deposit: number; meter_allowance_per_day: number | null; extra_meter_rate: number | null }[]
  units_total: number
}

export type AdminRentalUnit = {
  id: string
  model_id: string
  equipment_id: string
  serial_number: string
  name: string
  active: boolean
  blocks: { id: string; starts_at: string; ends_at: string; reason: string | null }[]
}

export type AdminRental = StoreRental & { account_name: string | null; customer_id: string | null }
export type AdminRentalDetail = StoreRentalDetail & { account_name: string | null; customer_id: string | null; assignments: { id: string; unit_id: string; line_id: string; starts_at: string; blocked_until: string }[] }

/** GET /admin/portal/rentals/calendar?from&to&model_id: the units Gantt. */
export type AdminRentalCalendarResponse = {
  calendar: {
    from: string
    to: string
    units: Omit<AdminRentalUnit, "blocks">[]
    bars: { unit_id: string; reservation_id: string; number: string; status: ReservationStatus; is_loan: boolean; account_name: string | null; starts_at: string; ends_at: string; blocked_until: string }[]
    blocks: (AdminRentalUnit["blocks"][number] & { unit_id: string })[]
  }
}

/** The routes, for the portal's and the admin's data layers. */
export const RENTAL_ROUTES = {
  store: {
    catalogue: "GET /store/portal/rentals/catalogue",
    availability: "GET /store/portal/rentals/availability",
    list: "GET /store/portal/rentals",
    reserve: "POST /store/portal/rentals",
    detail: "GET /store/portal/rentals/:id",
    cancel: "POST /store/portal/rentals/:id/cancel",
    change: "POST /store/portal/rentals/:id/change",
    /** In the member's language. */
    slipPdf: "GET /store/portal/rentals/:id/slips/:slipId",
    slipPhoto: "GET /store/portal/rentals/:id/photos/:fileId",
  },
  admin: {
    models: "GET|POST /admin/portal/rentals/models",
    model: "GET|POST /admin/portal/rentals/models/:id",
    units: "GET|POST /admin/portal/rentals/units",
    unit: "GET|POST /admin/portal/rentals/units/:id",
    unitBlocks: "POST /admin/portal/rentals/units/:id/blocks",
    unitBlock: "DELETE /admin/portal/rentals/units/:id/blocks/:blockId",
    calendar: "GET /admin/portal/rentals/calendar",
    list: "GET /admin/portal/rentals",
    detail: "GET /admin/portal/rentals/:id",
    confirm: "POST /admin/portal/rentals/:id/confirm",
    reject: "POST /admin/portal/rentals/:id/reject",
    exit: "POST /admin/portal/rentals/:id/exit",
    return: "POST /admin/portal/rentals/:id/return",
    /** In the client account's language. */
    slipPdf: "GET /admin/portal/rentals/:id/slips/:slipId",
    slipPhoto: "GET /admin/portal/rentals/:id/photos/:fileId",
  },
} as const

/**
 * The client mails' templates (src/lib/email/templates/portal-rental.ts), each sent once per rental and member:
 * on `portal.rental.confirmed` and `portal.rental.returned` (src/subscribers/rental-client-mails.ts) and by
 * the return reminder job. The staff alerts' events are declared in src/lib/alerts/declarations/rentals.ts.
 */
export const RENTAL_MAIL_TEMPLATES = ["portal-rental-confirmed", "portal-rental-reminder", "portal-rental-returned"] as const
