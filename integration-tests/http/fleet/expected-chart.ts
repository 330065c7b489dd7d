/** A reading as the chart sees it: the tests compute the chart the route must answer from these. */
export type ChartReading = { id: string; value: number; read_at: Date; status: string }

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const WEEK = 7 * DAY
/** Buckets are cut on a UTC grid that starts on a Monday, as PostgreSQL cuts them. */
const GRID_ORIGIN = Date.UTC(2001, 0, 1)

const byTime = (a: ChartReading, b: ChartReading) => a.read_at.getTime() - b.read_at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
const byValue = (a: ChartReading, b: ChartReading) => a.value - b.value || byTime(a, b)

/**
 * The buckets of a chart over [lo, hi] with at most `buckets` of them: whole weeks, days or hours (the coarsest
 * not wider than the range / buckets) for a meter with a chart summary, whole milliseconds for one without.
 */
export function bucketGrid(lo: number, hi: number, buckets: number, summarized: boolean) {
  const span = hi - lo
  const unit = !summarized ? 1 : span >= buckets * WEEK ? WEEK : span >= buckets * DAY ? DAY : span >= buckets * HOUR ? HOUR : 1
  const start = GRID_ORIGIN + Math.floor((lo - GRID_ORIGIN) / unit) * unit
  const width = unit * (Math.floor((hi - start) / (unit * buckets)) + 1)
  return { unit, bucketOf: (readAt: number) => Math.floor((readAt - start) / width) }
}

/**
 * The chart the readings route must answer, computed the slow way from every reading: the charted ones (not
 * rejected) between from and to, all of them when they are at most `points`, else the first, last, lowest
 * (earliest on ties) and highest (latest on ties) of each bucket, in time order.
 */
export function expectedChart(
  readings: ChartReading[],
  { from, to, points, summarized }: { from?: Date; to?: Date; points: number; summarized: boolean }
): ChartReading[] {
  const charted = readings
    .filter((r) => r.status !== "rejected")
    .filter((r) => (!from || r.read_at >= from) && (!to || r.read_at <= to))
    .sort(byTime)
  if (charted.length <= points) return charted
  const lo = charted[0].read_at.getTime()
  const hi = charted[charted.length - 1].read_at.getTime()
  const { bucketOf } = bucketGrid(lo, hi, Math.max(1, Math.floor(points / 4)), summarized)
  const buckets = new Map<number, ChartReading[]>()
  for (const r of charted) {
    const b = bucketOf(r.read_at.getTime())
    buckets.set(b, [...(buckets.get(b) ?? []), r])
  }
  const kept = new Set<string>()
  for (const rows of buckets.values()) {
    const byValueRows = [...rows].sort(byValue)
    for (const r of [rows[0], rows[rows.length - 1], byValueRows[0], byValueRows[byValueRows.length - 1]]) kept.add(r.id)
  }
  return charted.filter((r) => kept.has(r.id))
}
