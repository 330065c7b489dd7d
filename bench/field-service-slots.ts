// The booking assistant's slot search at the scale: 14 days, 30 technicians, 300 live appointments,
// the engine alone (src/lib/field-service/slots.ts) on data shaped as loadCalendars gives it. Prints p50, p95
// and p99 in milliseconds and one JSON line `FIELD_SERVICE_SLOTS {…}` for bench/run.mjs.
//   npx ts-node --transpile-only bench/field-service-slots.ts [--smoke]
import { findSlots, type TechnicianCalendar } from "../src/lib/field-service/slots"
import { greatCircleTravel } from "../src/lib/field-service/travel"
import type { WorkingHours } from "../src/modules/fieldService/contract"

const smoke = process.argv.includes("--smoke")
const DAYS = 14
const TECHNICIANS = 30
const APPOINTMENTS = 300
const RUNS = smoke ? 20 : 300
const DAY = 86_400_000

/** Deterministic, so that two runs measure the same work. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

const rand = random(42)
const week: WorkingHours = Object.fromEntries(
  (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => [d, [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "17:00" }]])
)
const around = (lat: number, lon: number, km: number) => ({ latitude: lat + ((rand() - 0.5) * km) / 111, longitude: lon + ((rand() - 0.5) * km) / 78 })
const from = Date.UTC(2027, 0, 4) // a Monday
const to = from + DAYS * DAY

const calendars: TechnicianCalendar[] = Array.from({ length: TECHNICIANS }, (_, i) => ({
  id: `tech_${i}`,
  name: `Technician ${i}`,
  skills: i % 3 === 0 ? ["maintenance", "repair"] : ["maintenance"],
  home: around(45.76, 4.84, 80),
  time_zone: i % 2 ? "Europe/Paris" : "Europe/Rome",
  working_hours: week,
  absences: i % 10 === 0 ? [{ start: from + 3 * DAY, end: from + 5 * DAY }] : [],
  appointments: [],
}))
// 300 appointments spread over the technicians' working days, one or two hours each, never overlapping.
let placed = 0
while (placed < APPOINTMENTS) {
  const tech = calendars[placed % TECHNICIANS]
  const day = Math.floor(rand() * DAYS)
  const weekday = new Date(from + day * DAY).getUTCDay()
  if (weekday === 0 || weekday === 6) continue
  const start = from + day * DAY + (8 + Math.floor(rand() * 7)) * 3_600_000
  const end = start + (1 + Math.floor(rand() * 2)) * 3_600_000
  if (tech.appointments.some((a) => a.start < end && a.end > start)) continue
  tech.appointments.push({ id: `intv_${placed}`, start, end, place: around(45.76, 4.84, 60) })
  placed++
}

const travel = greatCircleTravel({ road_factor: 1.3, average_speed_kmh: 50 })
const search = () =>
  findSlots(calendars, {
    place: around(45.76, 4.84, 40),
    duration_minutes: 90,
    required_skills: ["maintenance"],
    from,
    to,
    now: from - DAY,
    min_notice_minutes: 24 * 60,
    step_minutes: 30,
    travel,
    best_per_start: true,
    limit: 200,
  })

for (let i = 0; i < 5; i++) search() // warm the JIT and the time-zone formatters
const times: number[] = []
let slots = 0
for (let i = 0; i < RUNS; i++) {
  const t = process.hrtime.bigint()
  slots = search().length
  times.push(Number(process.hrtime.bigint() - t) / 1e6)
}
times.sort((a, b) => a - b)
const pct = (p: number) => Number(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(2))
const booked = calendars.reduce((n, c) => n + c.appointments.length, 0)
const result = { days: DAYS, technicians: TECHNICIANS, appointments: booked, runs: RUNS, slots, p50_ms: pct(50), p95_ms: pct(95), p99_ms: pct(99) }
console.log(`Slot search, ${DAYS} days × ${TECHNICIANS} technicians × ${booked} appointments: p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, p99 ${result.p99_ms} ms (${RUNS} runs, ${slots} slots)`)
console.log(`FIELD_SERVICE_SLOTS ${JSON.stringify(result)}`)
