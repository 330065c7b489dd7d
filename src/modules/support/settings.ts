import { CHANGEABLE_FIELDS, type TicketPriority } from "./statuses"

/**
 * The support domain's run-time settings, kept in the `support` json column of the portal settings (one
 * row per store). Saved values are partial; `resolveSupportSettings` fills in the defaults. Plain file.
 */
export type SupportSettings = {
  /** Hours from opening to the SLA due time, per priority. */
  sla_hours: Record<TicketPriority, number>
  /** Days after a ticket was resolved or closed during which its client may reopen it. */
  reopen_window_days: number
  /**
   * Fields ("account.vat_number", "site.name"…) clients may only request: staff decide them. A field not
   * listed is applied as soon as a member with the `request` right submits it.
   */
  locked_fields: string[]
  /** Largest attachment clients and staff may send, in bytes. */
  attachment_max_bytes: number
}

export type SupportSettingsInput = Partial<Omit<SupportSettings, "sla_hours">> & { sla_hours?: Partial<Record<TicketPriority, number>> }

export const ALL_CHANGE_FIELDS: readonly string[] = [
  ...CHANGEABLE_FIELDS.account.map((f) => `account.${f}`),
  ...CHANGEABLE_FIELDS.site.map((f) => `site.${f}`),
]

export const DEFAULT_SUPPORT_SETTINGS: SupportSettings = {
  sla_hours: { low: 72, normal: 24, high: 8, urgent: 4 },
  reopen_window_days: 14,
  // By default staff review every change; a business may free site contacts, for instance.
  locked_fields: [...ALL_CHANGE_FIELDS],
  attachment_max_bytes: 10 * 1024 * 1024,
}

export function resolveSupportSettings(saved: SupportSettingsInput | null | undefined): SupportSettings {
  return {
    ...DEFAULT_SUPPORT_SETTINGS,
    ...(saved ?? {}),
    sla_hours: { ...DEFAULT_SUPPORT_SETTINGS.sla_hours, ...(saved?.sla_hours ?? {}) },
  }
}
