"use client"

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

export type ChartPoint = { t: number; v: number }

type MeterChartProps = {
  points: ChartPoint[]
  unit: string
  locale: string
  /** Accessible name of the chart, e.g. "Operating hours, last 12 months". */
  label: string
}

/**
 * A meter's readings over time. The server hands over at most a few hundred points (the backend
 * downsamples), so the chart draws every one; dots only when they are few enough to tell apart.
 */
export function MeterChart({ points, unit, locale, label }: MeterChartProps) {
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" })
  const full = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  return (
    <figure className="h-64 w-full overflow-hidden" role="img" aria-label={label} data-testid="meter-chart" data-points={points.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="#e2e8f0" strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={(value: number) => day.format(value)}
            tick={{ fontSize: 12, fill: "#475569" }}
            minTickGap={24}
          />
          <YAxis
            dataKey="v"
            domain={["auto", "auto"]}
            tickFormatter={(value: number) => number.format(value)}
            tick={{ fontSize: 12, fill: "#475569" }}
            width={56}
          />
          <Tooltip
            labelFormatter={(value) => full.format(Number(value))}
            formatter={(value) => [`${number.format(Number(value))} ${unit}`]}
          />
          <Line type="monotone" dataKey="v" stroke="#1f4fd1" strokeWidth={2} dot={points.length <= 60} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}
