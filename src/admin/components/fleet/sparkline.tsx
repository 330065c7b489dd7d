import { useTranslation } from "react-i18next"
import { formatDay, formatNumber } from "./format"

type Point = { read_at: string; value: number }

const WIDTH = 560
const HEIGHT = 140
const PAD = 6

/**
 * A meter's readings as a small SVG line: the admin bundles with React 18 and Vite, and a line of a few
 * hundred points needs no chart library. Scales fit the points; the first and last values label the ends.
 */
export function Sparkline({ points, unit, label }: { points: Point[]; unit: string; label: string }) {
  const { i18n } = useTranslation()
  const sorted = [...points].map((p) => ({ t: new Date(p.read_at).getTime(), v: Number(p.value) })).sort((a, b) => a.t - b.t)
  if (sorted.length < 2) return null
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  const values = sorted.map((p) => p.v)
  const min = Math.min(...values)
  const max = Math.max(...values)
  const spanT = last.t - first.t || 1
  const spanV = max - min || 1
  const x = (t: number) => PAD + ((t - first.t) / spanT) * (WIDTH - 2 * PAD)
  const y = (v: number) => HEIGHT - PAD - ((v - min) / spanV) * (HEIGHT - 2 * PAD)
  const path = sorted.map((p, i) => `${i ? "L" : "M"}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join("")
  return (
    <figure className="flex flex-col gap-y-1" data-testid="admin-meter-chart" data-points={sorted.length}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-36 w-full" preserveAspectRatio="none">
        <path d={path} fill="none" stroke="currentColor" strokeWidth={2} vectorEffect="non-scaling-stroke" className="text-ui-fg-interactive" />
      </svg>
      <figcaption className="txt-compact-xsmall text-ui-fg-subtle flex justify-between">
        <span>
          {formatDay(new Date(first.t).toISOString(), i18n.language)} · {formatNumber(first.v, i18n.language)} {unit}
        </span>
        <span>
          {formatDay(new Date(last.t).toISOString(), i18n.language)} · {formatNumber(last.v, i18n.language)} {unit}
        </span>
      </figcaption>
    </figure>
  )
}
