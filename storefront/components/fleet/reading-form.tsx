"use client"

import { useActionState, useEffect, useState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import { submitReadingAction } from "./reading-actions"
import { initialReadingState, type ReadingField, type ReadingState } from "./reading-state"

const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-invalid:border-red-600"

type ReadingFormProps = { equipmentId: string; meterId: string; unit: string; lastValue: number | null }

/**
 * A client reads a meter: value, optional time (now when empty), note and photo. A server action behind
 * a plain form; a refusal shows next to the field the backend named, and a reading kept for review says so.
 */
export function ReadingForm({ equipmentId, meterId, unit, lastValue }: ReadingFormProps) {
  const t = useTranslations("Fleet.reading")
  const [state, formAction, pending] = useActionState<ReadingState, FormData>(submitReadingAction, initialReadingState)
  // The browser's offset, so the server reads the "datetime-local" time as the client meant it.
  const [offset, setOffset] = useState("0")
  useEffect(() => setOffset(String(new Date().getTimezoneOffset())), [])
  const id = (name: string) => `reading-${meterId}-${name}`
  const errorFor = (field: ReadingField) => (state.errorField === field && state.error ? t(`errors.${state.error}`) : null)
  const general = state.error && !state.errorField ? t(`errors.${state.error}`) : null

  return (
    <form
      key={state.version}
      action={formAction}
      noValidate
      aria-busy={pending}
      className="space-y-3"
      data-testid="reading-form"
      data-meter-id={meterId}
    >
      <input type="hidden" name="equipment_id" value={equipmentId} />
      <input type="hidden" name="meter_id" value={meterId} />
      <input type="hidden" name="tz_offset" value={offset} />
      {state.saved ? (
        <p
          role="status"
          data-testid="reading-saved"
          data-status={state.saved}
          className={state.saved === "to_review" ? "rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" : "rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800"}
        >
          {state.saved === "to_review" ? t("toReview") : t("accepted")}
        </p>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("value")} label={t("value", { unit })} error={errorFor("value")} detail={state.errorField === "value" ? state.detail : null}>
          <input
            id={id("value")}
            name="value"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            required
            defaultValue={state.values.value}
            placeholder={lastValue !== null ? t("placeholder", { value: lastValue }) : undefined}
            {...invalid(errorFor("value"), id("value"))}
            className={inputClass}
          />
        </Field>
        <Field id={id("read_at")} label={t("readAt")} hint={t("readAtHint")} error={errorFor("read_at")} detail={state.errorField === "read_at" ? state.detail : null}>
          <input id={id("read_at")} name="read_at" type="datetime-local" defaultValue={state.values.read_at} {...invalid(errorFor("read_at"), id("read_at"))} className={inputClass} />
        </Field>
        <Field id={id("note")} label={t("note")} error={errorFor("note")} detail={state.errorField === "note" ? state.detail : null}>
          <input id={id("note")} name="note" type="text" maxLength={500} defaultValue={state.values.note} className={inputClass} />
        </Field>
        <Field id={id("photo")} label={t("photo")} error={errorFor("photo")} detail={state.errorField === "photo" ? state.detail : null}>
          <input id={id("photo")} name="photo" type="file" accept="image/*" capture="environment" {...invalid(errorFor("photo"), id("photo"))} className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`} />
        </Field>
      </div>
      {general ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {general}
          {state.detail ? <span className="mt-1 block text-red-700">{state.detail}</span> : null}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  )
}

function invalid(error: string | null, id: string) {
  return error ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {}
}

function Field(props: { id: string; label: string; hint?: string; error: string | null; detail: string | null; children: ReactNode }) {
  const { id, label, hint, error, detail, children } = props
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700" data-testid="reading-error">
          {error}
          {detail ? <span className="block font-normal">{detail}</span> : null}
        </p>
      ) : null}
    </div>
  )
}
