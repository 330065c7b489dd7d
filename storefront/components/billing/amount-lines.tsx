import { useTranslations } from "next-intl"
import { formatMoney } from "@/components/quotes/format"

export type AmountLine = { key: string; title: string; sku: string | null; quantity: number; unit_price: number; total: number }
export type AmountTotal = { label: string; amount: number; strong?: boolean }

/**
 * The lines of an order or an invoice and their totals: a table on wide screens; on a phone each line
 * stacks its figures under its title (the table scrolls inside its own box rather than the page).
 */
export function AmountLines({
  lines,
  totals,
  currencyCode,
  locale,
  testId,
}: {
  lines: AmountLine[]
  totals: AmountTotal[]
  currencyCode: string
  locale: string
  testId: string
}) {
  const t = useTranslations("Billing.common")
  const money = (amount: number) => formatMoney(amount, currencyCode, locale)
  return (
    <div className="mt-3 overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">
              {t("item")}
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              {t("quantity")}
            </th>
            <th scope="col" className="hidden px-4 py-3 text-right font-medium sm:table-cell">
              {t("unitPrice")}
            </th>
            <th scope="col" className="px-4 py-3 text-right font-medium">
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {lines.map((line) => (
            <tr key={line.key}>
              <td className="px-4 py-3">
                <span className="block font-medium break-words text-slate-900">{line.title}</span>
                {line.sku ? <span className="block text-xs text-slate-600">{t("sku", { sku: line.sku })}</span> : null}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{line.quantity}</td>
              <td className="hidden px-4 py-3 text-right tabular-nums sm:table-cell">{money(line.unit_price)}</td>
              <td className="px-4 py-3 text-right tabular-nums">{money(line.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200">
          {totals.map((total) => (
            <tr key={total.label}>
              <th scope="row" colSpan={2} className={`px-4 py-2 text-right ${total.strong ? "font-semibold text-slate-900" : "font-normal text-slate-600"}`}>
                {total.label}
              </th>
              <td className="hidden sm:table-cell" />
              <td className={`px-4 py-2 text-right tabular-nums ${total.strong ? "font-semibold text-slate-900" : "text-slate-700"}`} data-testid={total.strong ? `${testId}-total` : undefined}>
                {money(total.amount)}
              </td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  )
}
