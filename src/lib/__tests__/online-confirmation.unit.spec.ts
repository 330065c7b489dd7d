import { browserStepOf, CONFIRMATION_KEY, confirmationOf, invoicePaidEvent, onlinePaymentRecords, sharesOf } from "../billing/online-confirmation"

const allocations = [
  { invoice_id: "inv_a", number: "INV-1", order_id: "order_a", currency_code: "eur", amount: 120.5 },
  { invoice_id: "inv_b", number: "INV-2", order_id: null, currency_code: "eur", amount: 30 },
]

describe("online payments waiting for the payer's browser", () => {
  it("waits for the browser only while the provider leaves the session pending or asking for more", () => {
    expect(browserStepOf({ status: "pending", data: { client_secret: "pi_1_secret_2" } })).toEqual({ client_secret: "pi_1_secret_2" })
    expect(browserStepOf({ status: "requires_more", data: { client_secret: "pi_1_secret_2" } })).toEqual({ client_secret: "pi_1_secret_2" })
    expect(browserStepOf({ status: "pending", data: {} })).toEqual({ client_secret: null })
    expect(browserStepOf({ status: "pending", data: null })).toEqual({ client_secret: null })
    for (const status of ["error", "canceled", "authorized", "captured", "pending_authorization"]) {
      expect(browserStepOf({ status, data: { client_secret: "pi_1_secret_2" } })).toBeNull()
    }
  })

  it("reads a waiting payment from its collection's metadata, and nothing else", () => {
    const stored = { account_id: "acc_1", customer_id: "cus_1", session_id: "payses_1", provider_id: "pp_stripe_stripe", currency_code: "eur", amount: 150.5, invoice_ids: ["inv_a", "inv_b"], order_id: null, closed: null }
    expect(confirmationOf({ invoice_ids: ["inv_a"], [CONFIRMATION_KEY]: stored })).toEqual(stored)
    expect(confirmationOf({ [CONFIRMATION_KEY]: { ...stored, order_id: "order_a", closed: "paid meanwhile" } })).toMatchObject({ order_id: "order_a", closed: "paid meanwhile" })
    expect(confirmationOf(null)).toBeNull()
    expect(confirmationOf({ invoice_id: "inv_a" })).toBeNull()
    expect(confirmationOf({ [CONFIRMATION_KEY]: "yes" })).toBeNull()
    expect(confirmationOf({ [CONFIRMATION_KEY]: { ...stored, amount: "150.5" } })).toBeNull()
    expect(confirmationOf({ [CONFIRMATION_KEY]: { ...stored, account_id: undefined } })).toBeNull()
  })

  it("records one row per invoice under the one Medusa payment, and alerts staff with the total", () => {
    const captured = sharesOf(allocations, { payment_collection_id: "pay_col_1", payment_id: "pay_1" })
    expect(captured.map((c) => [c.invoice_id, c.amount, c.payment_id, c.payment_collection_id])).toEqual([
      ["inv_a", 120.5, "pay_1", "pay_col_1"],
      ["inv_b", 30, "pay_1", "pay_col_1"],
    ])
    expect(onlinePaymentRecords(captured, { account_id: "acc_1", customer_id: "cus_1" })).toEqual({
      account_id: "acc_1",
      payments: [
        { invoice_id: "inv_a", amount: 120.5, method: "online", reference: "pay_1", payment_collection_id: "pay_col_1", payment_id: "pay_1", recorded_by: "cus_1" },
        { invoice_id: "inv_b", amount: 30, method: "online", reference: "pay_1", payment_collection_id: "pay_col_1", payment_id: "pay_1", recorded_by: "cus_1" },
      ],
    })
    expect(invoicePaidEvent(captured, { account_id: "acc_1", customer_id: "cus_1", actor_name: "Claire" })).toEqual({
      eventName: "portal.invoice.paid",
      data: { id: "inv_a", account_id: "acc_1", actor_customer_id: "cus_1", actor_name: "Claire", numbers: ["INV-1", "INV-2"], total: 150.5, currency_code: "eur" },
    })
  })
})
