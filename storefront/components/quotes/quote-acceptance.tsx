"use client"

import { useActionState, useId, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import type { PortalQuote, QuoteLine } from "@/lib/data/quotes"
import { formatMoney } from "./format"
import { acceptQuoteAction } from "./quote-actions"
import { QuoteFormError } from "./quote-form-error"
import { initialQuoteFormState } from "./quote-state"
import { useRefreshOnDone } from "./use-refresh-on-done"

type AcceptanceQuote = Pick<PortalQuote, "id" | "version" | "currency_code" | "total" | "tax_total" | "requires_signature" | "can_accept"> & {
  lines: QuoteLine[]
}

/**
 * The quote's lines with a switch on each optional one and a total that follows the switches. The total
 * starts from the backend's (default selection) and adds or removes the toggled lines' own totals, so
 * it never re-does tax arithmetic. Accepting opens a confirmation with that total.
 */
export function QuoteAcceptance({ quote, locale }: { quote: AcceptanceQuote; locale: string }) {
  const t = useTranslations("Quotes")
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(quote.lines.filter((l) => l.is_optional && l.selected).map((l) => l.id)))
  const money = (amount: number) => formatMoney(amount, quote.currency_code, locale)

  // Difference between the client's choice and the default selection the backend's totals count.
  const delta = quote.lines
    .filter((line) => line.is_optional && chosen.has(line.id) !== line.selected)
    .reduce(
      (sum, line) => {
        const sign = chosen.has(line.id) ? 1 : -1
        return { total: sum.total + sign * line.total, tax: sum.tax + sign * line.tax_total }
      },
      { total: 0, tax: 0 }
    )
  const total = Math.round((quote.total + delta.total) * 100) / 100
  const tax = Math.round((quote.tax_total + delta.tax) * 100) / 100

  const toggle = (id: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <section aria-labelledby="lines-title" className="mt-8">
      <h2 id="lines-title" className="text-lg font-semibold text-slate-900">
        {t("lines")}
      </h2>
      <ul className="mt-4 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="quote-lines">
        {quote.lines.map((line) => (
          <LineRow key={line.id} line={line} money={money} chosen={chosen.has(line.id)} canToggle={quote.can_accept} onToggle={toggle} />
        ))}
      </ul>
      <dl className="mt-4 ml-auto flex max-w-sm flex-col gap-1 rounded-2xl border border-slate-200 bg-white p-4 text-sm">
        <div className="flex justify-between text-slate-600">
          <dt>{t("taxes")}</dt>
          <dd className="tabular-nums">{money(tax)}</dd>
        </div>
        <div className="flex justify-between text-base font-semibold text-slate-900">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" aria-live="polite" data-testid="quote-live-total">
            {money(total)}
          </dd>
        </div>
      </dl>
      {quote.can_accept ? (
        <AcceptDialog quote={quote} total={money(total)} optionalIds={[...chosen]} />
      ) : null}
    </section>
  )
}

function LineRow(props: {
  line: QuoteLine
  money: (amount: number) => string
  chosen: boolean
  canToggle: boolean
  onToggle: (id: string, on: boolean) => void
}) {
  const { line, money, chosen, canToggle, onToggle } = props
  const t = useTranslations("Quotes")
  const id = `optional-${line.id}`
  // The catalogue's names only when the line's own title does not already say them.
  const product = line.product_title && !line.title.includes(line.product_title) ? [line.product_title, line.variant_title].filter(Boolean).join(" · ") : null
  const detail = [product, line.sku].filter(Boolean).join(" — ")
  return (
    <li className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${line.is_optional && !chosen ? "bg-slate-50" : ""}`} data-testid="quote-line">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">
          {line.title}
          {line.is_optional ? <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("optional")}</span> : null}
        </p>
        {detail ? <p className="text-sm break-words text-slate-600">{detail}</p> : null}
        {line.description ? <p className="text-sm break-words whitespace-pre-line text-slate-600">{line.description}</p> : null}
        <p className="mt-1 text-sm text-slate-600 tabular-nums">
          {t("quantityTimesPrice", { quantity: line.quantity, price: money(line.unit_price) })}
          {line.discount_percent ? ` · ${t("discount", { percent: line.discount_percent })}` : ""}
        </p>
        {line.is_optional && canToggle ? (
          <label htmlFor={id} className="mt-2 inline-flex cursor-pointer items-center gap-2 text-sm font-medium text-slate-800">
            <input
              id={id}
              type="checkbox"
              checked={chosen}
              onChange={(e) => onToggle(line.id, e.target.checked)}
              className="size-5 rounded border-slate-300"
              data-testid="optional-toggle"
            />
            {t("includeLine")}
          </label>
        ) : null}
      </div>
      <p className={`shrink-0 font-semibold tabular-nums ${line.is_optional && !chosen ? "text-slate-500 line-through" : "text-slate-900"}`}>
        {money(line.total)}
      </p>
    </li>
  )
}

function AcceptDialog({ quote, total, optionalIds }: { quote: AcceptanceQuote; total: string; optionalIds: string[] }) {
  const t = useTranslations("Quotes")
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const [state, formAction, pending] = useActionState(acceptQuoteAction, initialQuoteFormState)

  useRefreshOnDone(state, () => dialog.current?.close())

  return (
    <div className="mt-6 flex justify-end">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="w-full rounded-lg bg-brand-600 px-6 py-3 font-semibold text-white shadow-sm hover:bg-brand-700 sm:w-auto"
        data-testid="accept-quote"
      >
        {t("accept")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-xl backdrop:bg-slate-900/50"
        data-testid="accept-dialog"
      >
        <form action={formAction} className="space-y-4 p-6" aria-busy={pending}>
          <input type="hidden" name="quote_id" value={quote.id} />
          <input type="hidden" name="version" value={quote.version} />
          <input type="hidden" name="requires_signature" value={String(quote.requires_signature)} />
          {optionalIds.map((id) => (
            <input key={id} type="hidden" name="optional_line_ids" value={id} />
          ))}
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {t("confirmTitle")}
          </h2>
          <p className="text-slate-700">{t("confirmText")}</p>
          <p className="text-2xl font-bold text-slate-900 tabular-nums" data-testid="confirm-total">
            {total}
          </p>
          {quote.requires_signature ? (
            <div>
              <label htmlFor="signature_name" className="block text-sm font-medium text-slate-900">
                {t("signatureLabel")}
              </label>
              <input
                id="signature_name"
                name="signature_name"
                type="text"
                autoComplete="name"
                required
                aria-describedby="signature-hint"
                className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 text-base"
              />
              <p id="signature-hint" className="mt-1 text-sm text-slate-600">
                {t("signatureHint")}
              </p>
            </div>
          ) : null}
          <QuoteFormError state={state} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-lg border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
            >
              {t("keepReviewing")}
            </button>
            <button
              type="submit"
              disabled={pending}
              className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
              data-testid="confirm-accept"
            >
              {pending ? t("accepting") : t("confirmAccept")}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  )
}
