"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect, useState } from "react"
import { useTranslations } from "next-intl"
import type { StoreRentalDetail } from "@/lib/data/rentals"
import { formatMoney } from "./dates"
import { cancelAction, changeDatesAction } from "./rental-actions"
import { RentalFormError } from "./rental-form-error"
import { initialRentalFormState, initialRentalPreviewState, type RentalFormState } from "./rental-state"

type Props = { rental: Pick<StoreRentalDetail, "id" | "currency_code" | "policy">; locale: string; from: string; to: string; minDay: string }

const control =
  "mt-1 block w-full min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600"
const refusalBox = "rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"

/** Re-renders the page from the backend once a form succeeded, so the new status or dates show at once. */
function useRefreshOnDone(state: RentalFormState): void {
  const router = useRouter()
  useEffect(() => {
    if (state.done) router.refresh()
    // Once per answer: `version` changes on every answer; the router is stable.
  }, [state.version, state.done])
}

/**
 * Cancelling and changing dates, each behind a disclosure. The fee is shown before the client confirms, and
 * a rule that refuses (notice too short) is named instead of a button.
 */
export function RentalChangeForms({ rental, locale, from, to, minDay }: Props) {
  const t = useTranslations("Rentals")
  const money = (amount: number) => formatMoney(amount, rental.currency_code, locale)
  const [cancelState, cancelForm, cancelling] = useActionState(cancelAction, initialRentalFormState)
  const [changeState, changeForm, changing] = useActionState(changeDatesAction, initialRentalPreviewState)
  useRefreshOnDone(cancelState)
  useRefreshOnDone(changeState)
  const { policy } = rental
  const [dates, setDates] = useState({ from, to })
  // The confirm button only shows for the very dates the fee was worked out for.
  const preview = changeState.preview && changeState.from === dates.from && changeState.to === dates.to ? changeState.preview : null

  return (
    <section className="mt-8 grid gap-4 md:grid-cols-2" data-testid="rental-changes">
      <details className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="change-dates">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-brand-700 underline underline-offset-2">{t("change.open")}</summary>
        {!policy.can_change ? (
          <div className={`mt-3 ${refusalBox}`} role="note" data-testid="change-refusal">
            <p className="font-medium">{t("change.refused")}</p>
            <p>{policy.change_refusal}</p>
          </div>
        ) : (
          <form action={changeForm} className="mt-3 space-y-3" aria-busy={changing}>
            <input type="hidden" name="rental_id" value={rental.id} />
            <div className="grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor="change-from" className="text-sm font-medium text-slate-900">
                  {t("dates.from")}
                </label>
                <input id="change-from" name="from" type="date" required min={minDay} value={dates.from} onChange={(event) => setDates({ ...dates, from: event.target.value })} className={control} />
              </div>
              <div>
                <label htmlFor="change-to" className="text-sm font-medium text-slate-900">
                  {t("dates.to")}
                </label>
                <input id="change-to" name="to" type="date" required min={minDay} value={dates.to} onChange={(event) => setDates({ ...dates, to: event.target.value })} className={control} />
              </div>
            </div>
            <div aria-live="polite">
              {preview ? (
                preview.refusal ? (
                  <div className={refusalBox} data-testid="change-refusal">
                    <p className="font-medium">{t("change.refused")}</p>
                    <p>{preview.refusal}</p>
                  </div>
                ) : (
                  <p className="rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-800" data-testid="change-fee">
                    {preview.fee > 0 ? t("change.fee", { amount: money(preview.fee) }) : t("change.free")}
                    {preview.estimated_total !== null ? ` ${t("change.newPrice", { amount: money(preview.estimated_total) })}` : ""}
                  </p>
                )
              ) : null}
              {changeState.done ? (
                <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
                  {t("change.done")}
                </p>
              ) : null}
            </div>
            <RentalFormError state={changeState} />
            <div className="flex flex-wrap gap-3">
              <button
                type="submit"
                name="intent"
                value="preview"
                disabled={changing}
                className="min-h-11 rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
                data-testid="change-check"
              >
                {changing ? t("change.checking") : t("change.check")}
              </button>
              {preview && !preview.refusal ? (
                <button
                  type="submit"
                  name="intent"
                  value="confirm"
                  disabled={changing}
                  className="min-h-11 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
                  data-testid="change-confirm"
                >
                  {changing ? t("change.sending") : t("change.confirm")}
                </button>
              ) : null}
            </div>
          </form>
        )}
      </details>

      <details className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="cancel-rental">
        <summary className="flex min-h-11 cursor-pointer items-center font-medium text-red-700 underline underline-offset-2">{t("cancel.open")}</summary>
        {!policy.can_cancel ? (
          <div className={`mt-3 ${refusalBox}`} role="note" data-testid="cancel-refusal">
            <p className="font-medium">{t("cancel.refused")}</p>
            <p>{policy.cancel_refusal}</p>
          </div>
        ) : (
          <form action={cancelForm} className="mt-3 space-y-3" aria-busy={cancelling}>
            <input type="hidden" name="rental_id" value={rental.id} />
            <p className="text-sm text-slate-800" data-testid="cancel-fee">
              {policy.cancel_fee > 0 ? t("cancel.fee", { amount: money(policy.cancel_fee) }) : t("cancel.free")}
            </p>
            <RentalFormError state={cancelState} />
            <button
              type="submit"
              disabled={cancelling}
              className="min-h-11 rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70"
              data-testid="cancel-confirm"
            >
              {cancelling ? t("cancel.sending") : t("cancel.confirm")}
            </button>
          </form>
        )}
      </details>
    </section>
  )
}
