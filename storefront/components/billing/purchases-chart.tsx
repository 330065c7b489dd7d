"use client"

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

export type MonthBar = { month: string; total: number }

/**
 * Purchases per month as bars (recharts, as the fleet's meter readings). The figure is named for screen
 * readers; the same figures are in the table beside it.
 */
export function PurchasesChart({ bars, currencyCode, locale, label }: { bars: MonthBar[]; currencyCode: string; locale: string; label: string }) {
  const month = new Intl.DateTimeFormat(locale, { month: "short", year: "2-digit", timeZone: "UTC" })
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase(), maximumFractionDigits: 0 })
  const monthOf = (value: string) => month.format(new Date(`${value}-01T00:00:00Z`))
  return (
    <figure className="h-72 w-full overflow-hidden" role="img" aria-label={label} data-testid="purchases-chart" data-bars={bars.length}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tickFormatter={monthOf} tick={{ fontSize: 12, fill: "#475569" }} minTickGap={12} />
          <YAxis tickFormatter={(value: number) => money.format(value)} tick={{ fontSize: 12, fill: "#475569" }} width={80} />
          <Tooltip labelFormatter={(value) => monthOf(String(value))} formatter={(value) => [money.format(Number(value))]} />
          <Bar dataKey="total" fill="#1f4fd1" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
