import { cheapestPrice, rentalDays, returnCharges } from "../pricing"

const card = { currency_code: "eur", day_rate: 100, week_rate: 450, month_rate: 1500 }
const at = (iso: string) => new Date(iso)

describe("cheapest day/week/month combination", () => {
  it("counts every started day, at least one", () => {
    expect(rentalDays(at("2027-01-01T08:00Z"), at("2027-01-01T17:00Z"))).toBe(1)
    expect(rentalDays(at("2027-01-01T08:00Z"), at("2027-01-03T08:00Z"))).toBe(2)
    expect(rentalDays(at("2027-01-01T08:00Z"), at("2027-01-03T09:00Z"))).toBe(3)
  })

  it("uses days below a week's price, a week once days cost more", () => {
    expect(cheapestPrice(card, 3).total).toBe(300)
    expect(cheapestPrice(card, 4).total).toBe(400)
    // 5 days at 100 = 500 > a week at 450: a week covers them.
    expect(cheapestPrice(card, 5)).toMatchObject({ total: 450, breakdown: [{ period: "week", count: 1, rate: 450, amount: 450 }] })
  })

  it("combines month, weeks and days", () => {
    const price = cheapestPrice(card, 39)
    expect(price.total).toBe(1500 + 450 + 200)
    expect(price.breakdown).toEqual([
      { period: "month", count: 1, rate: 1500, amount: 1500 },
      { period: "week", count: 1, rate: 450, amount: 450 },
      { period: "day", count: 2, rate: 100, amount: 200 },
    ])
    // 27 days: 3 weeks + 6 days = 1350 + 450 (a 4th week beats 6 days) = 1800 > a month at 1500.
    expect(cheapestPrice(card, 27).total).toBe(1500)
  })

  it("works with a day rate alone and with cents", () => {
    expect(cheapestPrice({ currency_code: "eur", day_rate: 19.9, week_rate: null, month_rate: null }, 3)).toMatchObject({ total: 59.7, days: 3 })
  })
})

describe("charges on return", () => {
  const base = {
    card: { ...card, meter_allowance_per_day: 8, extra_meter_rate: 12 },
    starts_at: at("2027-01-01T08:00Z"),
    ends_at: at("2027-01-04T08:00Z"),
    returned_at: at("2027-01-04T08:00Z"),
    quantity: 1,
    meter_use: [20],
    late_day_factor: 1.5,
    damage_amount: 0,
    title: "Mini excavator",
  }

  it("charges the planned days alone when on time and within the allowance", () => {
    expect(returnCharges(base)).toEqual([expect.objectContaining({ kind: "rental", amount: 300 })])
  })

  it("adds meter use over the allowance, late days and damage", () => {
    const lines = returnCharges({ ...base, meter_use: [30], returned_at: at("2027-01-05T10:00Z"), damage_amount: 250, damage_note: "bent bucket" })
    expect(lines.map((l) => [l.kind, l.quantity, l.amount])).toEqual([
      ["rental", 1, 300],
      ["extra_meter", 6, 72],
      ["late", 2, 300],
      ["damage", 1, 250],
    ])
  })

  it("writes its lines as a reader would say them: days and periods counted, the meter's unit named", () => {
    const lines = returnCharges({ ...base, meter_use: [30], meter_unit: "h", returned_at: at("2027-01-05T10:00Z") })
    expect(lines[0].description).toMatch(/: \d+ days \(/)
    expect(lines[0].description).not.toContain("(s)")
    expect(lines[1].description).toMatch(/: 6 h beyond the \d+ h included per unit$/)
    expect(lines[2].description).toMatch(/: returned 2 days late$/)
  })
})
