import { rateFor, type RateRow } from "../models"

const rate = (fields: Partial<RateRow>): RateRow => ({
  id: "rrate",
  currency_code: "eur",
  day_rate: 100,
  week_rate: 450,
  month_rate: null,
  deposit: 1000,
  meter_allowance_per_day: null,
  extra_meter_rate: null,
  customer_group_id: null,
  ...fields,
})

describe("rates per customer group", () => {
  const model = {
    rates: [
      rate({ id: "general" }),
      // Partners pay less per day, but their week costs more than the general one.
      rate({ id: "partners", customer_group_id: "cusgroup_partners", day_rate: 80, week_rate: 500, deposit: 500 }),
      rate({ id: "usd", currency_code: "usd", day_rate: 120 }),
    ],
  }

  it("gives a client outside every group the general rate", () => {
    expect(rateFor(model, "eur", [], 3)?.id).toBe("general")
    expect(rateFor(model, "eur", ["cusgroup_other"], 3)?.id).toBe("general")
  })

  it("gives a group's client their group's rate when it costs less for the period, the general one when not", () => {
    // 3 days: 3 × 80 = 240 against 300.
    expect(rateFor(model, "eur", ["cusgroup_partners"], 3)?.id).toBe("partners")
    // 7 days: the partners' week (500, or 560 in days) against the general week (450).
    expect(rateFor(model, "eur", ["cusgroup_partners"], 7)?.id).toBe("general")
  })

  it("looks only at the asked currency, and answers null without a rate in it", () => {
    expect(rateFor(model, "usd", ["cusgroup_partners"], 3)?.id).toBe("usd")
    expect(rateFor(model, "chf", [], 3)).toBeNull()
  })
})
