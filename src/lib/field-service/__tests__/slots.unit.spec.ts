import { checkSlot, findSlots, type SlotSearch, type TechnicianCalendar } from "../slots"
import { greatCircleKm, greatCircleTravel } from "../travel"

// One minute per kilometre, straight lines: 0.1° of latitude is 11.1 km, so 12 minutes rounded up.
const travel = greatCircleTravel({ road_factor: 1, average_speed_kmh: 60 })
const HOME = { latitude: 48.8, longitude: 2.35 }
const SITE = { latitude: 48.9, longitude: 2.35 }
const FAR = { latitude: 49.0, longitude: 2.35 }
const MONDAY = Date.UTC(2026, 11, 7) // 2026-12-07
const at = (day: number, hh: number, mm = 0) => MONDAY + day * 86_400_000 + (hh * 60 + mm) * 60_000
const hhmm = (t: number) => new Date(t).toISOString().slice(11, 16)

const weekdays = { mon: [{ start: "08:00", end: "17:00" }], tue: [{ start: "08:00", end: "17:00" }], wed: [{ start: "08:00", end: "17:00" }] }

const tech = (over: Partial<TechnicianCalendar> = {}): TechnicianCalendar => ({
  id: "tech_a",
  name: "Ana",
  skills: ["boilers", "electric"],
  home: HOME,
  time_zone: "UTC",
  working_hours: weekdays,
  absences: [],
  appointments: [],
  ...over,
})

const search = (over: Partial<SlotSearch> = {}): SlotSearch => ({
  place: SITE,
  duration_minutes: 60,
  required_skills: ["boilers"],
  from: at(0, 0),
  to: at(1, 0),
  now: at(-3, 0),
  min_notice_minutes: 0,
  step_minutes: 30,
  travel,
  ...over,
})

describe("the booking assistant's slots", () => {
  it("counts travel from and back to the home base at the edges of the working day", () => {
    expect(travel.minutes(HOME, SITE)).toBe(Math.ceil(greatCircleKm(HOME, SITE)))
    const slots = findSlots([tech()], search()).sort((a, b) => a.start - b.start)
    // 12 minutes from home: 08:00 and 08:12 are too early on a 30-minute grid; the visit must end by 16:48.
    expect(hhmm(slots[0].start)).toBe("08:30")
    expect(hhmm(slots[slots.length - 1].start)).toBe("15:30")
    expect(slots[0]).toMatchObject({ technician_id: "tech_a", technician_name: "Ana", added_travel_minutes: 24 })
  })

  it("fits visits between appointments with travel on both sides, and ranks least added travel first", () => {
    const busy = tech({
      id: "tech_b",
      name: "Ben",
      appointments: [
        { id: "i1", start: at(0, 10), end: at(0, 11), place: SITE },
        { id: "i2", start: at(0, 13), end: at(0, 14), place: FAR },
      ],
    })
    const slots = findSlots([tech(), busy], search())
    const ben = slots.filter((s) => s.technician_id === "tech_b").map((s) => hhmm(s.start))
    // 10:00–11:00 taken; 11:00 at the same place adds nothing; 12:00 ends too late to reach FAR (12 min) by 13:00.
    expect(ben).not.toContain("10:00")
    expect(ben).not.toContain("10:30")
    expect(ben).toContain("11:00")
    expect(ben).not.toContain("12:00")
    expect(ben).not.toContain("13:30")
    expect(slots[0]).toMatchObject({ technician_id: "tech_b", added_travel_minutes: 0 })
    // From home to the site before the appointment there costs what going there anyway costs: nothing added.
    expect(hhmm(slots[0].start)).toBe("08:30")
    for (let i = 1; i < slots.length; i++) {
      const [a, b] = [slots[i - 1], slots[i]]
      expect(a.added_travel_minutes < b.added_travel_minutes || (a.added_travel_minutes === b.added_travel_minutes && a.start <= b.start)).toBe(true)
    }
  })

  it("keeps the visit and its travel out of absences", () => {
    const away = tech({ absences: [{ start: at(0, 8), end: at(0, 12) }] })
    const slots = findSlots([away], search()).sort((a, b) => a.start - b.start)
    expect(hhmm(slots[0].start)).toBe("12:30")
  })

  it("offers only technicians with every required skill", () => {
    expect(findSlots([tech({ skills: ["electric"] })], search())).toEqual([])
    expect(findSlots([tech({ skills: ["electric"] })], search({ required_skills: [] })).length).toBeGreaterThan(0)
  })

  it("respects the minimum notice and the range", () => {
    const slots = findSlots([tech()], search({ now: at(0, 7), min_notice_minutes: 24 * 60, to: at(3, 0) }))
    expect(Math.min(...slots.map((s) => s.start))).toBe(at(1, 8, 30))
    expect(slots.every((s) => s.start < at(3, 0))).toBe(true)
    expect(findSlots([tech()], search({ from: at(5, 0), to: at(7, 0) }))).toEqual([]) // a weekend
  })

  it("reads working hours in the technician's time zone", () => {
    const paris = tech({ time_zone: "Europe/Paris" })
    const slots = findSlots([paris], search()).sort((a, b) => a.start - b.start)
    // 08:00 in Paris is 07:00 UTC in December; 12 minutes of travel, then the 30-minute grid.
    expect(hhmm(slots[0].start)).toBe("07:30")
  })

  it("keeps one slot per start when asked, and the best technician for it", () => {
    const near = tech({ id: "tech_n", name: "Near", home: SITE })
    const slots = findSlots([tech(), near], search({ best_per_start: true }))
    expect(new Set(slots.map((s) => s.start)).size).toBe(slots.length)
    expect(slots.every((s) => s.technician_id === "tech_n")).toBe(true)
  })

  it("checks one slot with the reason it fails", () => {
    const busy = tech({ appointments: [{ id: "i1", number: "INT-1", start: at(0, 10), end: at(0, 11), place: FAR }] })
    const base = search()
    expect(checkSlot(busy, base, at(0, 10, 30))).toMatchObject({ ok: false, reason: "overlap" })
    expect(checkSlot(busy, base, at(0, 11))).toMatchObject({ ok: false, reason: "travel_from_previous" })
    expect(checkSlot(busy, base, at(0, 8, 50))).toMatchObject({ ok: false, reason: "travel_to_next" })
    expect(checkSlot(busy, base, at(0, 8, 0))).toMatchObject({ ok: false, reason: "travel_from_home" })
    expect(checkSlot(busy, base, at(0, 16, 30))).toMatchObject({ ok: false, reason: "working_hours" })
    expect(checkSlot(busy, { ...base, min_notice_minutes: 60, now: at(0, 11) }, at(0, 11, 30))).toMatchObject({ ok: false, reason: "min_notice" })
    expect(checkSlot(busy, base, at(0, 11, 30))).toMatchObject({ ok: true })
    // Moving the appointment itself: its own slot does not block it.
    expect(checkSlot(busy, { ...base, place: FAR, ignore_appointment_id: "i1" }, at(0, 10, 30))).toMatchObject({ ok: true })
  })
})
