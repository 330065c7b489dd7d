"use client"

import { useActionState, useEffect, useMemo, useState } from "react"
import { useFormatter, useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import type { Slot } from "@/lib/data/interventions"
import { bookSlotAction } from "./intervention-actions"
import { InterventionFormError } from "./intervention-form-error"
import { initialInterventionFormState } from "./intervention-state"

/** A slot's value in the form: its start and technician, which is what booking needs. */
const slotValue = (slot: Slot) => `${slot.start}|${slot.technician.id}`

/**
 * Booking (or moving) a visit: the assistant's slots grouped by day; the client picks a day, then a time,
 * then confirms. A slot someone else took meanwhile comes back with fresh alternatives in its place; a
 * refusal (notice, limits) says which rule and why.
 */
export function SlotPicker({ interventionId, slots, mode }: { interventionId: string; slots: Slot[]; mode: "book" | "reschedule" }) {
  const t = useTranslations("Interventions.booking")
  const format = useFormatter()
  const router = useRouter()
  const [state, formAction, pending] = useActionState(bookSlotAction, initialInterventionFormState)
  const offered = state.error === "conflict" && state.alternatives.length ? state.alternatives : slots
  const days = useMemo(() => {
    // Days in the portal's time zone (the formatter's, as the server rendered them), earliest first.
    const dayKey = (iso: string) => format.dateTime(new Date(iso), { year: "numeric", month: "2-digit", day: "2-digit" })
    const groups = new Map<string, Slot[]>()
    for (const slot of [...offered].sort((a, b) => a.start.localeCompare(b.start))) {
      groups.set(dayKey(slot.start), [...(groups.get(dayKey(slot.start)) ?? []), slot])
    }
    return [...groups.entries()]
  }, [offered, format])
  const [day, setDay] = useState<string | null>(null)
  const [chosen, setChosen] = useState<string>("")
  const activeDay = day && days.some(([key]) => key === day) ? day : null
  const daySlots = (days.find(([key]) => key === activeDay)?.[1] ?? []).slice().sort((a, b) => a.start.localeCompare(b.start))

  useEffect(() => {
    if (state.done) {
      // The page comes back with the new window and a fresh offer: the old choice is gone.
      setDay(null)
      setChosen("")
      router.refresh()
    }
    // A lost race replaces the offer: the old choice is gone too.
    if (state.error === "conflict") setChosen("")
  }, [state.version])

  if (!offered.length) return <p className="text-sm text-slate-600" data-testid="no-slots">{t("none")}</p>

  return (
    <form action={formAction} aria-busy={pending} className="space-y-4" data-testid="slot-picker">
      <input type="hidden" name="intervention_id" value={interventionId} />
      <input type="hidden" name="mode" value={mode} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">{t("pickDay")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {days.map(([key, list]) => {
            const date = new Date(list[0]!.start)
            return (
              <button
                key={key}
                type="button"
                aria-pressed={activeDay === key}
                onClick={() => {
                  setDay(key)
                  setChosen("")
                }}
                className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:border-brand-600 aria-pressed:border-brand-600 aria-pressed:bg-brand-600 aria-pressed:text-white"
                data-testid="slot-day"
              >
                {format.dateTime(date, { weekday: "short", day: "numeric", month: "short" })}
                <span className="sr-only"> {t("slotCount", { count: list.length })}</span>
              </button>
            )
          })}
        </div>
      </fieldset>
      {activeDay ? (
        <fieldset>
          <legend className="text-sm font-medium text-slate-900">{t("pickTime")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {daySlots.map((slot) => {
              const value = slotValue(slot)
              const id = `slot-${value.replace(/[^a-zA-Z0-9]/g, "")}`
              return (
                <label key={value} htmlFor={id} className="flex cursor-pointer items-start gap-2 rounded-lg border border-slate-300 bg-white p-3 has-checked:border-brand-600 has-checked:bg-brand-50" data-testid="slot-time">
                  <input id={id} type="radio" name="slot" value={value} checked={chosen === value} onChange={() => setChosen(value)} className="mt-1 size-4" />
                  <span>
                    <span className="block font-semibold text-slate-900">{format.dateTimeRange(new Date(slot.start), new Date(slot.end), { timeStyle: "short" })}</span>
                    <span className="block text-sm text-slate-600">{slot.technician.name}</span>
                  </span>
                </label>
              )
            })}
          </div>
        </fieldset>
      ) : null}
      {state.error === "conflict" ? (
        <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="slot-conflict">
          {t("taken")}
        </p>
      ) : (
        <InterventionFormError state={state} />
      )}
      {state.done ? (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="slot-booked">
          {state.outcome === "moved" ? t("moved") : t("booked")}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending || !chosen}
        className="inline-flex items-center justify-center rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
        data-testid="slot-confirm"
      >
        {pending ? t("sending") : mode === "book" ? t("confirm") : t("confirmMove")}
      </button>
    </form>
  )
}
