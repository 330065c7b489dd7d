import { writeFileSync } from "node:fs"
import { pdfText } from "../../../../integration-tests/helpers/pdf-text"
import { renderQuotePdf } from "../pdf"
import type { PresentedQuote } from "../present"

const line = (id: string, title: string, selected: boolean, is_optional = false) => ({
  id,
  variant_id: null,
  product_title: null,
  variant_title: null,
  sku: "SKU-1",
  title,
  description: "Montáž a uvedenie do prevádzky",
  quantity: 2,
  unit_price: 1000,
  is_tax_inclusive: false,
  discount_percent: 10,
  is_optional,
  selected,
  subtotal: 1800,
  discount_total: 200,
  tax_total: 360,
  total: 2160,
})

const quote = {
  id: "quo_1",
  number: "Q-1042",
  title: "Výmena čerpadla",
  status: "accepted",
  version: 2,
  currency_code: "eur",
  valid_until: new Date("2026-12-31"),
  sent_at: new Date("2026-11-20"),
  created_at: new Date("2026-11-19"),
  notes: "Doprava zahrnutá.",
  salesperson: { id: "user_1", name: "Ľubomír Šťastný", email: "l@example.com" },
  lines: [line("l1", "Čerpadlo Grundfos", true), line("l2", "Filter", false, true)],
  subtotal: 1800,
  discount_total: 200,
  tax_total: 360,
  total: 2160,
  acceptance: { accepted_by_name: "Jana Kováčová", accepted_at: new Date("2026-11-22"), signature_name: "Jana Kováčová", version: 2 },
} as unknown as PresentedQuote

describe("quote PDF", () => {
  it("renders a version with Slovak text, the business's details in the shared header, an optional line left out and a filled signature block", async () => {
    const pdf = await renderQuotePdf({
      locale: "sk",
      brand: { name: "Servis Tatry", logo: null, details: ["Priemyselná 4, 040 01 Košice", "IČO 12345678", "servis@example.com"] },
      quote,
      client: { name: "Tatra Energy", number: "C-1003", lines: ["Hlavná 15", "04001 Košice", "SK"] },
    })
    if (process.env.QUOTE_PDF_OUT) writeFileSync(process.env.QUOTE_PDF_OUT, pdf)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    // DejaVu is embedded (subset), so accents print whatever fonts the server has.
    expect(pdf.toString("latin1")).toMatch(/DejaVuSans/)
    const text = pdfText(pdf)
    for (const printed of ["Servis Tatry", "Priemyselná 4, 040 01 Košice", "IČO 12345678", "Tatra Energy", "Cenová ponuka Q-1042", "Čerpadlo Grundfos"]) expect(text).toContain(printed)
  })
})
