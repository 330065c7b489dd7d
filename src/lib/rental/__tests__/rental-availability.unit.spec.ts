import { freeUnits } from "../availability"
import { cancellationPolicy, changePolicy, datesRefusal, rentalSettings } from "../settings"

const at = (iso: string) => new Date(iso)
const units = ["u1", "u2", "u3"]

describe("availability over reservations, buffers and maintenance blocks", () => {
  // u1 rented 2nd to 4th, its 24-hour buffer keeps it until the 5th; u2 blocked for maintenance on the 6th.
  const busy = [
    { unit_id: "u1", from: at("2027-03-02T00:00Z"), to: at("2027-03-05T00:00Z") },
    { unit_id: "u2", from: at("2027-03-06T08:00Z"), to: at("2027-03-06T12:00Z") },
  ]

  it("gives the units nothing touches, in a stable order", () => {
    expect(freeUnits(units, busy, at("2027-03-03T00:00Z"), at("2027-03-04T00:00Z"))).toEqual(["u2", "u3"])
    // The buffer counts: a rental from the 4th at noon overlaps u1's buffer.
    expect(freeUnits(units, busy, at("2027-03-04T12:00Z"), at("2027-03-05T12:00Z"))).toEqual(["u2", "u3"])
    // Ranges are half-open: starting exactly when the buffer ends is free.
    expect(freeUnits(units, busy, at("2027-03-05T00:00Z"), at("2027-03-06T00:00Z"))).toEqual(["u1", "u2", "u3"])
    expect(freeUnits(units, busy, at("2027-03-06T00:00Z"), at("2027-03-07T00:00Z"))).toEqual(["u1", "u3"])
  })
})

describe("cancellation and change rules", () => {
  const settings = rentalSettings({ cancel_notice_hours: 48, late_cancel_fee_percent: 50, change_notice_hours: 24, change_fee: 20 })
  const now = at("2027-03-01T00:00Z")
  const reservation = { status: "confirmed", starts_at: at("2027-03-02T12:00Z"), estimated_total: 300, is_loan: false }

  it("charges a late cancellation and names the rule refusing one", () => {
    expect(cancellationPolicy(settings, { ...reservation, starts_at: at("2027-03-10T00:00Z") }, now)).toEqual({ allowed: true, fee: 0, refusal: null })
    expect(cancellationPolicy(settings, reservation, now)).toEqual({ allowed: true, fee: 150, refusal: null })
    expect(cancellationPolicy(settings, { ...reservation, is_loan: true }, now).fee).toBe(0)
    expect(cancellationPolicy(settings, { ...reservation, status: "out" }, now).refusal).toMatch(/^status: .*out/)
  })

  it("refuses a change within the notice, naming it", () => {
    expect(changePolicy(settings, reservation, now)).toEqual({ allowed: true, fee: 20, refusal: null })
    expect(changePolicy(settings, reservation, at("2027-03-02T00:00Z")).refusal).toBe("starts_at: dates can change until 24 hours before the start")
  })

  it("refuses dates in the past, reversed or too long", () => {
    expect(datesRefusal(settings, at("2027-02-01T00:00Z"), at("2027-02-02T00:00Z"), now)).toMatch(/^starts_at/)
    expect(datesRefusal(settings, at("2027-03-03T00:00Z"), at("2027-03-02T00:00Z"), now)).toMatch(/^ends_at/)
    expect(datesRefusal(settings, at("2027-03-03T00:00Z"), at("2028-03-04T00:00Z"), now)).toMatch(/^ends_at: .*365/)
    expect(datesRefusal(settings, at("2027-03-03T00:00Z"), at("2027-03-04T00:00Z"), now)).toBeNull()
  })
})
