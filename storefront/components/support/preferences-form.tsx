"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import type { NotificationPreferenceDto } from "@support/contract"
import { FormError, SubmitButton } from "./form-parts"
import { savePreferencesAction } from "./notification-actions"
import { NOTIFICATION_CHANNELS_IN_ORDER } from "./notification-channels"
import { initialSupportFormState } from "./support-state"

/** Per event, how the member hears of it: in the portal only, also by e-mail at once, or in a daily digest. */
export function PreferencesForm({ preferences, readOnly }: { preferences: NotificationPreferenceDto[]; readOnly: boolean }) {
  const t = useTranslations("Support.notifications")
  const [state, formAction, pending] = useActionState(savePreferencesAction, initialSupportFormState)
  return (
    <form action={formAction} className="mt-6 space-y-4" aria-busy={pending} data-testid="preferences-form">
      {preferences.map((preference, index) => (
        <fieldset key={preference.event} className="rounded-2xl border border-slate-200 bg-white p-4" disabled={readOnly}>
          <legend className="px-1 font-semibold text-slate-900">{preference.label}</legend>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
            {NOTIFICATION_CHANNELS_IN_ORDER.map((channel) => (
              <label key={channel} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="radio"
                  name={`channel:${preference.event}`}
                  value={channel}
                  defaultChecked={preference.channel === channel}
                  className="size-4"
                  data-testid={`preference-${index}-${channel}`}
                />
                {t(`channels.${channel}`)}
                {preference.default_channel === channel ? <span className="text-slate-600">{t("default")}</span> : null}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <FormError state={state} />
      {state.done ? (
        <p role="status" className="text-sm font-medium text-green-800">
          {t("saved")}
        </p>
      ) : null}
      {readOnly ? null : <SubmitButton pending={pending} label={t("save")} pendingLabel={t("saving")} testId="preferences-save" />}
    </form>
  )
}
