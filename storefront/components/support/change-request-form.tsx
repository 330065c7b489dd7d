"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import type { ChangeTarget } from "@support/contract"
import { FormError, SubmitButton, inputClass } from "./form-parts"
import { requestChangesAction } from "./change-request-actions"
import { initialSupportFormState } from "./support-state"
import { isChangeField } from "./change-fields"

export type ChangeFormField = { field: string; current_value: string | null; locked: boolean }

/**
 * The current value of each field beside the value the member proposes; only the fields they change are
 * sent. Locked fields are reviewed by the business before they apply; the others apply at once.
 */
export function ChangeRequestForm({ target, siteId, fields }: { target: ChangeTarget; siteId: string | null; fields: ChangeFormField[] }) {
  const t = useTranslations("Support.changes")
  const [state, formAction, pending] = useActionState(requestChangesAction, initialSupportFormState)
  return (
    <form key={state.done ? state.version : "draft"} action={formAction} className="mt-4 space-y-4" aria-busy={pending} data-testid="change-request-form">
      <input type="hidden" name="target" value={target} />
      {siteId ? <input type="hidden" name="site_id" value={siteId} /> : null}
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("field")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("current")}
              </th>
              <th scope="col" className="px-4 py-2 font-semibold">
                {t("proposed")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {fields.map((field) => {
              const id = `change-${field.field}`
              return (
                <tr key={field.field}>
                  <th scope="row" className="px-4 py-2 align-top font-medium text-slate-900">
                    <label htmlFor={id}>{isChangeField(field.field) ? t(`fields.${field.field}`) : field.field}</label>
                    {field.locked ? <span className="block text-xs font-normal text-slate-600">{t("reviewed")}</span> : null}
                  </th>
                  <td className="px-4 py-2 align-top break-words text-slate-700" data-testid={`current-${field.field}`}>
                    {field.current_value ?? "—"}
                  </td>
                  <td className="px-4 py-2 align-top">
                    <input type="hidden" name={`current:${field.field}`} value={field.current_value ?? ""} />
                    <input
                      id={id}
                      name={`proposed:${field.field}`}
                      defaultValue={state.values[field.field] ?? field.current_value ?? ""}
                      maxLength={500}
                      className={`${inputClass} mt-0`}
                      data-testid={`proposed-${field.field}`}
                    />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div>
        <label htmlFor="change-note" className="block text-sm font-medium text-slate-900">
          {t("note")}
        </label>
        <textarea id="change-note" name="note" rows={2} maxLength={2000} defaultValue={state.values.note ?? ""} className={inputClass} />
      </div>
      <FormError state={state} />
      {state.done ? (
        <p role="status" className="text-sm font-medium text-green-800" data-testid="change-request-sent">
          {t("sent")}
        </p>
      ) : null}
      <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("sending")} testId="change-request-submit" />
    </form>
  )
}
