import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BILLING_MODULE } from ".."
import type { InvoiceLine } from "../contract"
import BillingModuleService, { type IssueInvoiceInput } from "../service"

jest.setTimeout(120_000)

const DAY = 86_400_000
const line = (total: number): InvoiceLine => ({ title: "Service", order_line_id: null, variant_id: null, sku: null, quantity: 1, unit_price: total, subtotal: total, tax_total: 0, total })
const draft = (over: Partial<IssueInvoiceInput> = {}): IssueInvoiceInput => ({
  account_id: "acc_1",
  kind: "invoice",
  issue_date: new Date("2026-03-01T10:00:00Z"),
  due_date: new Date(Date.now() + 30 * DAY),
  currency_code: "eur",
  lines: [line(100)],
  subtotal: 100,
  tax_total: 0,
  total: 100,
  ...over,
})

moduleIntegrationTestRunner<BillingModuleService>({
  moduleName: BILLING_MODULE,
  resolve: "./src/modules/billing",
  testSuite: ({ service }) => {
    describe("numbering", () => {
      it("gives 50 concurrent issues 50 consecutive numbers, no gap, no duplicate", async () => {
        const issued = await Promise.all(Array.from({ length: 50 }, () => service.issueInvoice(draft())))
        const sequences = issued.map((i) => i.sequence).sort((a, b) => a - b)
        expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
        expect(new Set(issued.map((i) => i.number)).size).toBe(50)
        expect(issued.find((i) => i.sequence === 7)!.number).toBe("INV-2026-00007")
      })

      it("numbers each kind and year on its own, and a failed issue leaves no gap", async () => {
        const a = await service.issueInvoice(draft({ kind: "deposit" }))
        await expect(
          service.issueInvoice(draft({ kind: "deposit" }), async () => {
            throw new Error("storage down")
          })
        ).rejects.toThrow("storage down")
        const b = await service.issueInvoice(draft({ kind: "deposit" }))
        const c = await service.issueInvoice(draft({ kind: "deposit", issue_date: new Date("2027-01-02T00:00:00Z") }))
        expect([a.number, b.number, c.number]).toEqual(["DEP-2026-00001", "DEP-2026-00002", "DEP-2027-00001"])
      })

      it("stores the PDF file the renderer gives before the issue commits", async () => {
        const issued = await service.issueInvoice(draft(), async (invoice) => `file_${invoice.number}`)
        const stored = await service.retrieveInvoice(issued.id)
        expect(stored.pdf_file_id).toBe(`file_${issued.number}`)
      })
    })

    describe("deposits", () => {
      it("deducts deposits from a final invoice once only", async () => {
        const d1 = await service.issueInvoice(draft({ kind: "deposit", total: 30, subtotal: 30, lines: [line(30)] }))
        const d2 = await service.issueInvoice(draft({ kind: "deposit", total: 20, subtotal: 20, lines: [line(20)] }))
        const final = await service.issueInvoice(draft({ total: 120, subtotal: 120, lines: [line(120)], deposit_ids: [d1.id, d2.id] }))
        expect(final.deposit_total).toBe(50)
        expect(final.total).toBe(70)
        await expect(service.issueInvoice(draft({ deposit_ids: [d1.id] }))).rejects.toThrow(/already deducted/)
        const other = await service.issueInvoice(draft({ kind: "deposit", account_id: "acc_2" }))
        await expect(service.issueInvoice(draft({ deposit_ids: [other.id] }))).rejects.toThrow(/deposit_ids/)
      })
    })

    describe("payments and amount due", () => {
      it("records partial payments, refuses overpaying and sums what is due", async () => {
        const inv = await service.issueInvoice(draft({ account_id: "acc_pay", total: 100 }))
        await service.recordPayments("acc_pay", [{ invoice_id: inv.id, amount: 40, method: "bank_transfer" }])
        expect((await service.retrieveInvoice(inv.id)).status).toBe("partly_paid")
        expect(await service.amountDue("acc_pay", null)).toEqual([{ currency_code: "eur", amount_due: 60, overdue: 0, count: 1, overdue_count: 0 }])
        await expect(service.recordPayments("acc_pay", [{ invoice_id: inv.id, amount: 61, method: "online" }])).rejects.toThrow(/more than the 60/)
        await expect(service.recordPayments("acc_other", [{ invoice_id: inv.id, amount: 1, method: "online" }])).rejects.toThrow(/not found/)
        await service.recordPayments("acc_pay", [{ invoice_id: inv.id, amount: 60, method: "online" }])
        const paid = await service.retrieveInvoice(inv.id)
        expect(paid.status).toBe("paid")
        expect(Number(paid.paid_total)).toBe(100)
        expect(await service.amountDue("acc_pay", null)).toEqual([])
      })

      it("credits an invoice within what is left and settles it", async () => {
        const inv = await service.issueInvoice(draft({ account_id: "acc_cn", total: 100 }))
        await service.recordPayments("acc_cn", [{ invoice_id: inv.id, amount: 30, method: "cash" }])
        await expect(service.issueInvoice(draft({ account_id: "acc_cn", kind: "credit_note", total: 80, credited_invoice_id: inv.id }))).rejects.toThrow(/at most 70/)
        const note = await service.issueInvoice(draft({ account_id: "acc_cn", kind: "credit_note", total: 70, credited_invoice_id: inv.id }))
        expect(note.number).toMatch(/^CN-2026-/)
        expect(note.credited_invoice).toEqual({ id: inv.id, number: inv.number })
        expect((await service.retrieveInvoice(inv.id)).status).toBe("paid")
      })
    })

    describe("overdue", () => {
      it("marks unpaid invoices past due overdue, once", async () => {
        const late = await service.issueInvoice(draft({ account_id: "acc_late", due_date: new Date(Date.now() + DAY) }))
        await service.issueInvoice(draft({ account_id: "acc_late", due_date: new Date(Date.now() + 10 * DAY) }))
        const marked = await service.markOverdue(new Date(Date.now() + 2 * DAY))
        expect(marked.map((m) => m.id)).toContain(late.id)
        expect((await service.markOverdue(new Date(Date.now() + 2 * DAY))).map((m) => m.id)).not.toContain(late.id)
        const [due] = await service.amountDue("acc_late", null)
        expect(due).toMatchObject({ amount_due: 200, overdue: 100, overdue_count: 1 })
      })
    })
  },
})
