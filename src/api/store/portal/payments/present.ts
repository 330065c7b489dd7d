import type { CapturedPayment } from "../../../../workflows/billing/steps/capture-online-payments"

/** An online payment recorded on invoices, as the payment routes answer it. */
export const presentCaptured = (captured: CapturedPayment[]) => ({
  amount: Math.round(captured.reduce((s, c) => s + c.amount, 0) * 100) / 100,
  currency_code: captured[0]?.currency_code ?? null,
  invoices: captured.map((c) => ({ id: c.invoice_id, number: c.number, amount: c.amount, payment_id: c.payment_id })),
})
