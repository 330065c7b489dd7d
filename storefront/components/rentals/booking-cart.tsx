"use client"

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { StoreRentalModel } from "@/lib/data/rentals"
import { formatDay, formatMoney } from "./dates"
import { reserveAction } from "./rental-actions"
import { RentalFormError } from "./rental-form-error"
import { initialRentalFormState } from "./rental-state"

type BookingCartProps = {
  models: StoreRentalModel[]
  currencyCode: string
  from: string
  to: string
  site: { id: string; name: string } | null
  locale: string
  canReserve: boolean
}

const input =
  "mt-1 block w-24 min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 read-only:bg-slate-100"

/**
 * The second and third steps of a booking: the models free for the chosen days with a quantity each, a
 * summary with the total that follows every change, then a review before the reservation is sent. Without
 * JavaScript the form still posts its quantities straight to the server action.
 */
export function BookingCart({ models, currencyCode, from, to, site, locale, canReserve }: BookingCartProps) {
  const t = useTranslations("Rentals")
  const [state, formAction, pending] = useActionState(reserveAction, initialRentalFormState)
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [reviewing, setReviewing] = useState(false)
  const reviewHeading = useRef<HTMLHeadingElement>(null)
  const money = (amount: number) => formatMoney(amount, currencyCode, locale)

  useEffect(() => {
    if (reviewing) reviewHeading.current?.focus()
  }, [reviewing])
  // A refusal (a unit taken meanwhile) sends the client back to the selection, with the reason shown.
  useEffect(() => {
    if (state.error) setReviewing(false)
  }, [state.version, state.error])

  const chosen = models
    .map((model) => ({ model, quantity: quantities[model.id] ?? 0 }))
    .filter((line) => line.quantity > 0)
  const total = chosen.reduce((sum, { model, quantity }) => sum + (model.price?.total ?? 0) * quantity, 0)
  const deposit = chosen.reduce((sum, { model, quantity }) => sum + (model.rate?.deposit ?? 0) * quantity, 0)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (reviewing) return
    event.preventDefault()
    if (chosen.length) setReviewing(true)
  }

  return (
    <form action={formAction} onSubmit={onSubmit} aria-busy={pending} className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start" data-testid="booking-cart">
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="to" value={to} />
      <input type="hidden" name="site" value={site?.id ?? ""} />
      <ul className="grid gap-4 sm:grid-cols-2" data-testid="rental-models">
        {models.map((model) => {
          const free = model.units_free
          const quantityId = `quantity-${model.id}`
          return (
            <li key={model.id} className="flex flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm" data-testid="rental-model" data-model-id={model.id}>
              {model.thumbnail ? (
                <img src={model.thumbnail} alt={t("catalogue.photoOf", { title: model.title })} className="aspect-[4/3] w-full bg-slate-100 object-cover" />
              ) : null}
              <div className="flex flex-1 flex-col gap-2 p-4">
                <h3 className="text-lg font-semibold text-slate-900">{model.title}</h3>
                {model.description ? <p className="line-clamp-3 text-sm text-slate-600">{model.description}</p> : null}
                <p className={`text-sm font-medium ${free > 0 ? "text-green-800" : "text-red-800"}`} data-testid="units-free">
                  {free > 0 ? t("catalogue.free", { free, total: model.units_total }) : t("catalogue.none")}
                </p>
                <div className="text-sm text-slate-700">
                  {model.price ? (
                    <>
                      <p>
                        <span className="text-slate-600">{t("catalogue.priceFor", { days: model.price.days })} </span>
                        <span className="text-base font-semibold text-slate-900" data-testid="model-price">
                          {money(model.price.total)}
                        </span>
                      </p>
                      {model.general_total !== null ? (
                        <p className="font-medium text-green-800" data-testid="group-price">
                          {t("catalogue.groupPrice", { amount: money(model.general_total) })}
                        </p>
                      ) : null}
                      <p className="text-slate-600">
                        {model.price.breakdown
                          .map((part) => t(`catalogue.breakdown.${part.period}`, { count: part.count, rate: money(part.rate) }))
                          .join(" + ")}
                      </p>
                    </>
                  ) : (
                    <p>{t("catalogue.noPrice")}</p>
                  )}
                  {model.rate ? <p>{t("catalogue.deposit", { amount: money(model.rate.deposit) })}</p> : null}
                </div>
                <div className="mt-auto flex flex-wrap items-end justify-between gap-3 pt-2">
                  {canReserve && free > 0 ? (
                    <div>
                      <label htmlFor={quantityId} className="text-sm font-medium text-slate-900">
                        {t("catalogue.quantity", { title: model.title })}
                      </label>
                      <input
                        id={quantityId}
                        name={`quantity:${model.id}`}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={free}
                        step={1}
                        readOnly={reviewing}
                        value={quantities[model.id] ?? 0}
                        onChange={(event) => {
                          const value = Math.max(0, Math.min(free, Math.floor(Number(event.target.value) || 0)))
                          setQuantities((current) => ({ ...current, [model.id]: value }))
                        }}
                        className={input}
                        data-testid="model-quantity"
                      />
                    </div>
                  ) : null}
                  <Link
                    href={{ pathname: `/rentals/book/${model.id}`, query: { from, to, ...(site ? { site: site.id } : {}) } }}
                    className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-2"
                    aria-label={t("catalogue.calendarOf", { title: model.title })}
                  >
                    {t("catalogue.calendar")}
                  </Link>
                </div>
              </div>
            </li>
          )
        })}
      </ul>

      {canReserve ? (
        <aside aria-labelledby="booking-summary-heading" className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm lg:sticky lg:top-4" data-testid="booking-summary">
          <h2 id="booking-summary-heading" className="text-lg font-semibold text-slate-900">
            {t("summary.heading")}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t("period", { start: formatDay(from, locale), end: formatDay(to, locale) })}
          </p>
          <div aria-live="polite">
            {chosen.length ? (
              <>
                <ul className="mt-3 divide-y divide-slate-100 text-sm">
                  {chosen.map(({ model, quantity }) => (
                    <li key={model.id} className="flex justify-between gap-3 py-2">
                      <span>{t("lineSummary", { quantity, title: model.title })}</span>
                      <span className="font-medium whitespace-nowrap">{model.price ? money(model.price.total * quantity) : "—"}</span>
                    </li>
                  ))}
                </ul>
                <dl className="mt-2 space-y-1 border-t border-slate-200 pt-2 text-sm">
                  <div className="flex justify-between gap-3 font-semibold text-slate-900">
                    <dt>{t("summary.total")}</dt>
                    <dd data-testid="booking-total">{money(total)}</dd>
                  </div>
                  <div className="flex justify-between gap-3 text-slate-700">
                    <dt>{t("summary.deposit")}</dt>
                    <dd data-testid="booking-deposit">{money(deposit)}</dd>
                  </div>
                </dl>
                <p className="mt-2 text-xs text-slate-600">{t("summary.taxNotice")}</p>
              </>
            ) : (
              <p className="mt-3 text-sm text-slate-600">{t("summary.nothing")}</p>
            )}
          </div>
          <div className="mt-4">
            <RentalFormError state={state} />
          </div>
          {reviewing ? (
            <div className="mt-4 space-y-3 border-t border-slate-200 pt-4" data-testid="booking-review">
              <h3 ref={reviewHeading} tabIndex={-1} className="font-semibold text-slate-900 outline-none">
                {t("summary.reviewHeading")}
              </h3>
              <p className="text-sm text-slate-700">
                {t("summary.reviewText", {
                  start: formatDay(from, locale, "long"),
                  end: formatDay(to, locale, "long"),
                  site: site?.name ?? t("dates.noSite"),
                })}
              </p>
              <div>
                <label htmlFor="booking-notes" className="text-sm font-medium text-slate-900">
                  {t("summary.notes")}
                </label>
                <textarea id="booking-notes" name="notes" rows={3} maxLength={2000} className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base" />
              </div>
              <button
                type="submit"
                disabled={pending}
                className="min-h-11 w-full rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
                data-testid="confirm-reservation"
              >
                {pending ? t("summary.sending") : t("summary.confirm")}
              </button>
              <button type="button" onClick={() => setReviewing(false)} className="min-h-11 w-full rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
                {t("summary.back")}
              </button>
            </div>
          ) : (
            <button
              type="submit"
              className="mt-4 min-h-11 w-full rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
              data-testid="review-reservation"
            >
              {t("summary.review")}
            </button>
          )}
        </aside>
      ) : null}
    </form>
  )
}
