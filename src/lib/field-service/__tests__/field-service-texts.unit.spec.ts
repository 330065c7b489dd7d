import type { PortalAction } from "../../../modules/fieldService/contract"
import { DEFAULT_FIELD_SERVICE_SETTINGS as S } from "../../../modules/fieldService/contract"
import { actionRefusal, applicableActions } from "../actions"
import { clientPlanningOf } from "../planning"
import { buildIcs } from "../ics"
import { bookingVerdict, cancelVerdict, rescheduleVerdict } from "../rules"
import { renderTemplate, templateProblems } from "../templates"
import { formatVisitWindow } from "../time-zones"

const HOUR = 3_600_000
const NOW = Date.UTC(2026, 11, 7, 9)

describe("templates", () => {
  it("accepts known codes and names unknown ones and stray braces", () => {
    expect(templateProblems("Service of {{equipment.name}} at {{ site.name }}")).toEqual([])
    expect(templateProblems("{{equipment.price}} and {{site.name}")).toEqual([
      "unknown substitution code {{equipment.price}}",
      "braces {{ }} that do not enclose a substitution code",
    ])
  })

  it("escapes values, keeps staff's own text and renders missing values as nothing", () => {
    expect(renderTemplate("<b>{{equipment.name}}</b> on {{scheduled_start}}", { "equipment.name": `Press <script>"x"&'y'` })).toBe(
      "<b>Press &lt;script&gt;&quot;x&quot;&amp;&#39;y&#39;</b> on"
    )
  })

  it("drops an optional section whose codes lack a value, or shows its fallback, so no sentence dangles", () => {
    const title = "Preventive service[[ of {{equipment.name}}]]"
    expect(renderTemplate(title, {})).toBe("Preventive service")
    expect(renderTemplate(title, { "equipment.name": "Press P1" })).toBe("Preventive service of Press P1")
    const short = "A technician services [[{{equipment.name}}||your machine]][[ at {{site.name}}]][[ ({{site.city}})]]."
    expect(renderTemplate(short, { "site.name": "Agence Lyon" })).toBe("A technician services your machine at Agence Lyon.")
    expect(renderTemplate(short, { "equipment.name": "Press P1", "site.name": "Agence Lyon", "site.city": "Lyon" })).toBe(
      "A technician services Press P1 at Agence Lyon (Lyon)."
    )
    const long = "Visit {{intervention.number}}[[ planned for {{scheduled_start}}]][[ with {{technician.name}}]]: checks."
    expect(renderTemplate(long, { "intervention.number": "INT-1021" })).toBe("Visit INT-1021: checks.")
    expect(renderTemplate(long, { "intervention.number": "INT-1021", scheduled_start: "9 December 2026, 08:30 CET", "technician.name": "Luc" })).toBe(
      "Visit INT-1021 planned for 9 December 2026, 08:30 CET with Luc: checks."
    )
    expect(renderTemplate("[[{{scheduled_start}} by {{technician.name}}]]", { scheduled_start: "soon" })).toBe("")
  })

  it("names brackets that enclose no section, and nested sections", () => {
    expect(templateProblems("Service[[ of {{equipment.name}}||a machine]]")).toEqual([])
    expect(templateProblems("Service[[ of {{equipment.name}}")).toEqual(["brackets [[ ]] that do not enclose one optional section (sections do not nest)"])
    expect(templateProblems("[[a [[b]] c]]")).toEqual(["brackets [[ ]] that do not enclose one optional section (sections do not nest)"])
  })

  it("writes a template's date in the reader's language and the visit's time zone", () => {
    const start = new Date(Date.UTC(2026, 11, 9, 7, 30))
    expect(formatVisitWindow("en", start, null, "Europe/Paris")).toBe("December 9, 2026, 8:30 AM GMT+1")
    expect(formatVisitWindow("fr", start, null, "Europe/Paris")).toBe("9 décembre 2026, 08:30 UTC+1")
    expect(formatVisitWindow("it", start, null, "Europe/Paris")).toMatch(/^9 dicembre 2026, 08:30 /)
    expect(formatVisitWindow("sk", start, null, "Europe/Bratislava")).toMatch(/^9\. decembra 2026, 8:30 /)
  })
})

describe("booking rules", () => {
  const requested = { status: "requested" as const, scheduled_start: null, reschedule_count: 0 }
  const booked = (hoursAhead: number, count = 0) => ({ status: "scheduled" as const, scheduled_start: new Date(NOW + hoursAhead * HOUR), reschedule_count: count })

  it("books a requested intervention of a bookable type with the notice", () => {
    expect(bookingVerdict(requested, true, S, NOW + 25 * HOUR, NOW)).toEqual({ ok: true })
    expect(bookingVerdict(requested, false, S, NOW + 25 * HOUR, NOW)).toMatchObject({ rule: "not_bookable" })
    expect(bookingVerdict(requested, true, S, NOW + 2 * HOUR, NOW)).toMatchObject({ rule: "min_notice" })
    expect(bookingVerdict(booked(48), true, S, NOW + 25 * HOUR, NOW)).toMatchObject({ rule: "status" })
  })

  it("reschedules within the count and before the deadline", () => {
    expect(rescheduleVerdict(booked(48), S, NOW + 30 * HOUR, NOW)).toEqual({ ok: true })
    expect(rescheduleVerdict(booked(48, 2), S, NOW + 30 * HOUR, NOW)).toMatchObject({ rule: "max_reschedules" })
    expect(rescheduleVerdict(booked(10), S, NOW + 30 * HOUR, NOW)).toMatchObject({ rule: "reschedule_deadline" })
    expect(rescheduleVerdict(booked(48), S, NOW + 3 * HOUR, NOW)).toMatchObject({ rule: "min_notice" })
    expect(rescheduleVerdict(requested, S, NOW + 30 * HOUR, NOW)).toMatchObject({ rule: "status" })
  })

  it("cancels a request any time and a visit until the deadline", () => {
    expect(cancelVerdict(requested, S, NOW)).toEqual({ ok: true })
    expect(cancelVerdict(booked(48), S, NOW)).toEqual({ ok: true })
    expect(cancelVerdict(booked(5), S, NOW)).toMatchObject({ rule: "cancel_deadline" })
    expect(cancelVerdict({ ...booked(48), status: "en_route" }, S, NOW)).toMatchObject({ rule: "status" })
  })
})

describe("portal actions", () => {
  const actions: PortalAction[] = [
    { id: "a", kind: "create_linked", label: "Ask to re-plan", conditions: { statuses: ["scheduled"], min_hours_before_start: 24 } },
    { id: "b", kind: "close", label: "Survey", conditions: { done_within_days: 7 } },
    { id: "c", kind: "create_intervention", label: "Book again" },
  ]
  const ids = (i: Parameters<typeof applicableActions>[1]) => applicableActions(actions, i, NOW).map((a) => a.id)

  it("shows each action only while its conditions hold", () => {
    expect(ids({ status: "scheduled", scheduled_start: new Date(NOW + 48 * HOUR), completed_at: null })).toEqual(["a", "c"])
    expect(ids({ status: "scheduled", scheduled_start: new Date(NOW + 5 * HOUR), completed_at: null })).toEqual(["c"])
    expect(ids({ status: "done", scheduled_start: null, completed_at: new Date(NOW - 2 * 24 * HOUR) })).toEqual(["b", "c"])
    expect(ids({ status: "done", scheduled_start: null, completed_at: new Date(NOW - 9 * 24 * HOUR) })).toEqual(["c"])
    expect(ids({ status: "done", scheduled_start: null, completed_at: new Date(NOW - 2 * 24 * HOUR), closed: true })).toEqual(["c"])
  })

  it("names the condition that refuses an action", () => {
    const [replan, survey] = actions
    const late = actionRefusal(replan, { status: "scheduled", scheduled_start: new Date(NOW + 5 * HOUR), completed_at: null }, NOW)
    expect(late).toMatchObject({ rule: "min_hours_before_start" })
    expect(late?.message).toMatch(/^min_hours_before_start: .*24 hours/)
    expect(actionRefusal(replan, { status: "requested", scheduled_start: null, completed_at: null }, NOW)).toMatchObject({ rule: "statuses" })
    expect(actionRefusal({ ...replan, conditions: { max_hours_before_start: 12 } }, { status: "scheduled", scheduled_start: null, completed_at: null }, NOW)).toMatchObject({
      rule: "max_hours_before_start",
    })
    expect(actionRefusal(survey, { status: "scheduled", scheduled_start: null, completed_at: null }, NOW)).toMatchObject({ rule: "done_within_days" })
    expect(actionRefusal(survey, { status: "done", scheduled_start: null, completed_at: new Date(NOW), closed: true }, NOW)).toMatchObject({ rule: "closed" })
    expect(actionRefusal(replan, { status: "scheduled", scheduled_start: new Date(NOW + 25 * HOUR), completed_at: null }, NOW)).toBeNull()
  })
})

describe("the clients' planning", () => {
  const calendar = {
    id: "tech_1",
    name: "Luc",
    skills: [],
    home: { latitude: 45, longitude: 5 },
    time_zone: "UTC",
    working_hours: { mon: [{ start: "08:00", end: "17:00" }], tue: [{ start: "08:00", end: "17:00" }] },
    absences: [{ start: Date.UTC(2026, 11, 8, 15), end: Date.UTC(2026, 11, 8, 17) }],
    appointments: [
      { id: "intv_other_1", number: "INT-1", start: Date.UTC(2026, 11, 7, 9), end: Date.UTC(2026, 11, 7, 10), place: null },
      { id: "intv_other_2", number: "INT-2", start: Date.UTC(2026, 11, 7, 10), end: Date.UTC(2026, 11, 7, 11), place: null },
      { id: "intv_mine", number: "INT-3", start: Date.UTC(2026, 11, 8, 9), end: Date.UTC(2026, 11, 8, 11), place: null },
    ],
  }
  const mine = { id: "intv_mine", number: "INT-3", status: "scheduled" as const, site_id: "site_1", type_name: "Service" }

  it("shows the client's own visits in full and anything else as bare busy time, merged", () => {
    const planning = clientPlanningOf(calendar, new Map([[mine.id, mine]]), Date.UTC(2026, 11, 7), Date.UTC(2026, 11, 9))
    expect(planning.working).toEqual([
      { start: "2026-12-07T08:00:00.000Z", end: "2026-12-07T17:00:00.000Z" },
      { start: "2026-12-08T08:00:00.000Z", end: "2026-12-08T17:00:00.000Z" },
    ])
    expect(planning.busy).toEqual([
      { start: "2026-12-07T09:00:00.000Z", end: "2026-12-07T11:00:00.000Z", intervention: null },
      { start: "2026-12-08T09:00:00.000Z", end: "2026-12-08T11:00:00.000Z", intervention: mine },
      { start: "2026-12-08T15:00:00.000Z", end: "2026-12-08T17:00:00.000Z", intervention: null },
    ])
    expect(JSON.stringify(planning)).not.toMatch(/INT-1|INT-2|intv_other/)
  })

  it("clips to the period", () => {
    const planning = clientPlanningOf(calendar, new Map(), Date.UTC(2026, 11, 7, 9, 30), Date.UTC(2026, 11, 7, 12))
    expect(planning.busy).toEqual([{ start: "2026-12-07T09:30:00.000Z", end: "2026-12-07T11:00:00.000Z", intervention: null }])
    expect(planning.working).toEqual([{ start: "2026-12-07T09:30:00.000Z", end: "2026-12-07T12:00:00.000Z" }])
  })
})

describe("the .ics file", () => {
  it("writes one event in UTC with escaped and folded text", () => {
    const ics = buildIcs({
      uid: "intv_1@portal",
      start: new Date(Date.UTC(2026, 11, 8, 9, 30)),
      end: new Date(Date.UTC(2026, 11, 8, 10, 30)),
      summary: "Service, boiler; hall",
      description: `Line one\nLine two ${"é".repeat(80)}`,
      stamp: new Date(Date.UTC(2026, 11, 7)),
    })
    expect(ics).toContain("DTSTART:20261208T093000Z\r\n")
    expect(ics).toContain("DTEND:20261208T103000Z\r\n")
    expect(ics).toContain("SUMMARY:Service\\, boiler\\; hall\r\n")
    expect(ics).toContain("DESCRIPTION:Line one\\nLine two")
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true)
  })
})
