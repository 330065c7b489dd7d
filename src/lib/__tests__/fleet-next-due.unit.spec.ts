import { averageDailyUse, computePlanDue, dueState, earliestDue } from "../fleet/next-due"
import { checkReading } from "../fleet/reading-checks"
import { parseCsv, rowObject } from "../fleet/csv"

const day = 24 * 60 * 60 * 1000
const at = (iso: string) => new Date(iso)

describe("computePlanDue", () => {
  it("counts a time plan from the last time it was done", () => {
    const due = computePlanDue({ interval_days: 90, interval_units: null, meter_id: null, last_done_at: "2026-01-01T00:00:00Z", last_done_value: null }, null)
    expect(due).toEqual({ next_due_date: at("2026-04-01T00:00:00Z"), next_due_value: null, projected: false })
  })

  it("counts a plan never done from the installation date", () => {
    const due = computePlanDue({ interval_days: 10, interval_units: null, meter_id: null, last_done_at: null, last_done_value: null }, null, "2026-03-01T00:00:00Z")
    expect(due.next_due_date).toEqual(at("2026-03-11T00:00:00Z"))
  })

  it("projects a meter plan from the average daily use", () => {
    // Due at 1,250 h; at 1,100 h on 1 June and 10 h a day: 15 days later.
    const due = computePlanDue(
      { interval_days: null, interval_units: 250, meter_id: "m", last_done_at: null, last_done_value: 1000 },
      { last_value: 1100, last_read_at: "2026-06-01T00:00:00Z", average_daily_use: 10 }
    )
    expect(due).toEqual({ next_due_date: at("2026-06-16T00:00:00Z"), next_due_value: 1250, projected: true })
  })

  it("is due since the reading that passed the due value", () => {
    const due = computePlanDue(
      { interval_days: null, interval_units: 250, meter_id: "m", last_done_at: null, last_done_value: 1000 },
      { last_value: 1300, last_read_at: "2026-06-01T00:00:00Z", average_daily_use: 10 }
    )
    expect(due.next_due_date).toEqual(at("2026-06-01T00:00:00Z"))
  })

  it("takes whichever of days and units comes first", () => {
    const plan = { interval_days: 365, interval_units: 500, meter_id: "m", last_done_at: "2026-01-01T00:00:00Z", last_done_value: 0 }
    const busy = computePlanDue(plan, { last_value: 100, last_read_at: "2026-01-11T00:00:00Z", average_daily_use: 10 })
    expect(busy).toMatchObject({ next_due_date: at("2026-02-20T00:00:00Z"), projected: true })
    const idle = computePlanDue(plan, { last_value: 1, last_read_at: "2026-01-11T00:00:00Z", average_daily_use: 0.1 })
    expect(idle).toMatchObject({ next_due_date: at("2027-01-01T00:00:00Z"), projected: false })
  })

  it("has no date for a meter plan without known use", () => {
    const due = computePlanDue({ interval_days: null, interval_units: 100, meter_id: "m", last_done_at: null, last_done_value: null }, null)
    expect(due).toEqual({ next_due_date: null, next_due_value: 100, projected: false })
  })
})

describe("averageDailyUse, dueState, earliestDue", () => {
  it("divides the increase by the days between two readings, and needs a day at least", () => {
    expect(averageDailyUse({ value: 100, read_at: "2026-01-01T00:00:00Z" }, { value: 400, read_at: "2026-01-31T00:00:00Z" })).toBe(10)
    expect(averageDailyUse({ value: 100, read_at: "2026-01-01T00:00:00Z" }, { value: 400, read_at: "2026-01-01T06:00:00Z" })).toBeNull()
    expect(averageDailyUse(null, { value: 1, read_at: "2026-01-01T00:00:00Z" })).toBeNull()
  })

  it("tells overdue from due within 30 days", () => {
    const now = at("2026-06-01T00:00:00Z")
    expect(dueState(new Date(now.getTime() - day), now)).toEqual({ overdue: true, due_soon: false })
    expect(dueState(new Date(now.getTime() + 29 * day), now)).toEqual({ overdue: false, due_soon: true })
    expect(dueState(new Date(now.getTime() + 31 * day), now)).toEqual({ overdue: false, due_soon: false })
    expect(dueState(null, now)).toEqual({ overdue: false, due_soon: false })
  })

  it("picks the plan due first", () => {
    expect(earliestDue([{ id: "a", next_due_date: "2026-05-01" }, { id: "b", next_due_date: null }, { id: "c", next_due_date: "2026-04-01" }])?.id).toBe("c")
    expect(earliestDue([{ id: "b", next_due_date: null }])).toBeNull()
  })
})

describe("checkReading", () => {
  const now = at("2026-06-10T12:00:00Z")
  const previous = { value: 1000, read_at: "2026-06-01T12:00:00Z" }

  it("refuses a value lower than the previous reading, naming value", () => {
    expect(checkReading({ value: 900, read_at: now, replacement: false, previous, average_daily_use: 8, now })).toMatchObject({ ok: false, field: "value" })
  })

  it("refuses a reading dated back above a later reading, naming value", () => {
    const next = { value: 1050, read_at: "2026-06-08T12:00:00Z" }
    const back = at("2026-06-05T12:00:00Z")
    expect(checkReading({ value: 1060, read_at: back, replacement: false, previous, next, average_daily_use: 8, now })).toMatchObject({ ok: false, field: "value" })
    expect(checkReading({ value: 1030, read_at: back, replacement: false, previous, next, average_daily_use: 8, now })).toMatchObject({ ok: true, status: "accepted" })
  })

  it("accepts a lower value for a meter replacement", () => {
    expect(checkReading({ value: 3, read_at: now, replacement: true, previous, average_daily_use: 8, now })).toEqual({ ok: true, status: "accepted", reason: null })
  })

  it("refuses a date in the future beyond a few minutes of clock skew, naming read_at", () => {
    const later = new Date(now.getTime() + 60 * 60 * 1000)
    expect(checkReading({ value: 1010, read_at: later, replacement: false, previous, average_daily_use: 8, now })).toMatchObject({ ok: false, field: "read_at" })
    const skewed = new Date(now.getTime() + 60 * 1000)
    expect(checkReading({ value: 1010, read_at: skewed, replacement: false, previous, average_daily_use: 8, now })).toMatchObject({ ok: true })
  })

  it("holds an implausible jump for review and accepts a usual one", () => {
    // 9 days at 8 a day: 72 expected; the ceiling is 3 × 72 + 2 × 8 = 232.
    expect(checkReading({ value: 1230, read_at: now, replacement: false, previous, average_daily_use: 8, now })).toMatchObject({ ok: true, status: "accepted" })
    expect(checkReading({ value: 1240, read_at: now, replacement: false, previous, average_daily_use: 8, now })).toMatchObject({ ok: true, status: "to_review" })
  })

  it("accepts anything plausible-looking when the usual use is unknown", () => {
    expect(checkReading({ value: 99999, read_at: now, replacement: false, previous, average_daily_use: null, now })).toMatchObject({ status: "accepted" })
  })
})

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, line breaks in quotes, CRLF and semicolons", () => {
    const table = parseCsv('\uFEFFSerial_Number;Name;Notes\r\nSN-1;"Pump; big";"said ""hi""\nthen left"\r\n\r\nSN-2;Fan;\r\n')
    expect(table.header).toEqual(["serial_number", "name", "notes"])
    expect(table.rows).toEqual([
      { line: 2, cells: ["SN-1", "Pump; big", 'said "hi"\nthen left'] },
      { line: 5, cells: ["SN-2", "Fan", ""] },
    ])
    expect(rowObject(table.header, table.rows[1].cells)).toEqual({ serial_number: "SN-2", name: "Fan" })
  })
})
