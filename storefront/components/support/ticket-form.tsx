"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import type { TicketCategoryDto, TicketPriority } from "@support/contract"
import { AttachmentInput, Field, FormError, SubmitButton, inputClass, invalidProps } from "./form-parts"
import { openTicketAction } from "./support-actions"
import { initialSupportFormState } from "./support-state"

export type TicketFormChoices = {
  categories: TicketCategoryDto[]
  priorities: readonly TicketPriority[]
  sites: { id: string; name: string }[]
  equipment: { id: string; name: string; site_name: string | null }[]
}

/** A new ticket: category, subject, description, priority, optionally a site and a machine, and files. */
export function TicketForm({ choices, preset }: { choices: TicketFormChoices; preset: { site_id?: string; equipment_id?: string } }) {
  const t = useTranslations("Support")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(openTicketAction, initialSupportFormState)
  const value = (name: string, fallback = "") => state.values[name] ?? fallback
  return (
    <form key={state.version} action={formAction} className="mt-6 space-y-5 rounded-2xl border border-slate-200 bg-white p-6" aria-busy={pending} data-testid="ticket-form">
      <input type="hidden" name="locale" value={locale} />
      <Field id="ticket-category" field="category_id" label={t("fields.category")} state={state}>
        <select id="ticket-category" name="category_id" required defaultValue={value("category_id")} className={inputClass} {...invalidProps(state, "category_id", "ticket-category")}>
          <option value="">{t("chooseCategory")}</option>
          {choices.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="ticket-subject" field="subject" label={t("fields.subject")} state={state}>
        <input id="ticket-subject" name="subject" required maxLength={200} defaultValue={value("subject")} className={inputClass} {...invalidProps(state, "subject", "ticket-subject")} />
      </Field>
      <Field id="ticket-body" field="body" label={t("fields.description")} hint={t("descriptionHint")} state={state}>
        <textarea id="ticket-body" name="body" required rows={6} maxLength={10000} defaultValue={value("body")} className={inputClass} {...invalidProps(state, "body", "ticket-body")} />
      </Field>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="ticket-priority" field="priority" label={t("fields.priority")} state={state}>
          <select id="ticket-priority" name="priority" defaultValue={value("priority", "normal")} className={inputClass}>
            {choices.priorities.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priorities.${priority}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ticket-site" field="site_id" label={t("fields.siteOptional")} state={state}>
          <select id="ticket-site" name="site_id" defaultValue={value("site_id", preset.site_id ?? "")} className={inputClass}>
            <option value="">{t("noSite")}</option>
            {choices.sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ticket-equipment" field="equipment_id" label={t("fields.equipmentOptional")} state={state}>
          <select id="ticket-equipment" name="equipment_id" defaultValue={value("equipment_id", preset.equipment_id ?? "")} className={inputClass}>
            <option value="">{t("noEquipment")}</option>
            {choices.equipment.map((machine) => (
              <option key={machine.id} value={machine.id}>
                {machine.site_name ? `${machine.name} · ${machine.site_name}` : machine.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <AttachmentInput id="ticket-attachments" state={state} />
      <FormError state={state} />
      <SubmitButton pending={pending} label={t("openTicket")} pendingLabel={t("sending")} testId="ticket-submit" />
    </form>
  )
}
