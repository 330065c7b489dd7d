import { drawDocumentHeader, newPdf, type DocumentBrand } from "../documents/pdf-document"
import { createTranslator, resolveEmailLocale } from "../email/i18n"
import type { PresentedQuote } from "./present"

export type QuotePdfInput = {
  locale: string
  brand: DocumentBrand
  quote: PresentedQuote
  client: { name: string; number: string; lines: string[] }
}

/**
 * The PDF of one version as the client saw it: the business (logo and details, the header every document
 * shares), the client, the lines (optional ones marked,
 * those left out shown as not included), Medusa's totals, the validity and a signature block filled in
 * once the quote is accepted.
 */
export function renderQuotePdf({ locale, brand, quote, client }: QuotePdfInput): Promise<Buffer> {
  const t = createTranslator(resolveEmailLocale(locale))
  const title = t("quotePdf.title", { quote_number: quote.number })
  const { doc, done } = newPdf(title, brand.name)
  const money = new Intl.NumberFormat(t.locale, { style: "currency", currency: quote.currency_code.toUpperCase() })
  const day = (value: Date | string) => new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(value))
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right

  drawDocumentHeader(doc, brand, { heading: t("quotePdf.client"), lines: [client.name, client.number, ...client.lines] })
  doc.fontSize(18).text(title)
  doc.fontSize(10).text(`${quote.title} · ${t("quotePdf.version", { version: quote.version })}`)
  doc.text(t("quotePdf.date", { date: day(quote.sent_at ?? quote.created_at) }))
  doc.text(t("quotePdf.validUntil", { valid_until: day(quote.valid_until) }))
  if (quote.salesperson) doc.text(t("quotePdf.salesperson", { name: quote.salesperson.name }))
  doc.moveDown(1.5)

  const columns = [
    { key: "item", x: left, w: width - 290, align: "left" as const },
    { key: "quantity", x: left + width - 290, w: 40, align: "right" as const },
    { key: "unitPrice", x: left + width - 245, w: 85, align: "right" as const },
    { key: "discount", x: left + width - 155, w: 45, align: "right" as const },
    { key: "lineTotal", x: left + width - 105, w: 105, align: "right" as const },
  ]
  const row = (cells: string[], size = 9) => {
    const y = doc.y
    let bottom = y
    cells.forEach((cell, i) => {
      doc.fontSize(size).text(cell, columns[i].x, y, { width: columns[i].w, align: columns[i].align })
      bottom = Math.max(bottom, doc.y)
    })
    doc.x = left
    doc.y = bottom + 4
  }
  row(columns.map((c) => t(`quotePdf.${c.key}` as "quotePdf.item")), 9)
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).stroke()
  doc.moveDown(0.3)
  for (const line of quote.lines) {
    if (doc.y > doc.page.height - 200) doc.addPage()
    const label = [line.title, line.sku ? `(${line.sku})` : null, line.is_optional ? `— ${t("quotePdf.optional")}` : null].filter(Boolean).join(" ")
    row([
      line.description ? `${label}\n${line.description}` : label,
      String(line.quantity),
      money.format(line.unit_price),
      line.discount_percent ? `${line.discount_percent} %` : "",
      line.selected ? money.format(line.subtotal) : t("quotePdf.notIncluded"),
    ])
  }
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).stroke()
  doc.moveDown(0.5)
  const total = (label: string, value: number, size = 10) => {
    const y = doc.y
    doc.fontSize(size).text(label, left, y, { width: width - 115, align: "right" })
    doc.text(money.format(value), left + width - 105, y, { width: 105, align: "right" })
    doc.x = left
    doc.moveDown(0.3)
  }
  total(t("quotePdf.subtotal"), quote.subtotal)
  if (quote.discount_total) total(t("quotePdf.discountTotal"), quote.discount_total, 9)
  total(t("quotePdf.tax"), quote.tax_total)
  total(t("quotePdf.total"), quote.total, 12)

  if (quote.notes) {
    doc.moveDown()
    doc.fontSize(10).text(t("quotePdf.notes"), left)
    doc.fontSize(9).text(quote.notes, left, undefined, { width })
  }
  if (doc.y > doc.page.height - 160) doc.addPage()
  doc.moveDown(2)
  const boxTop = doc.y
  doc.rect(left + width - 260, boxTop, 260, 90).stroke()
  doc.fontSize(10).text(t("quotePdf.signature"), left + width - 250, boxTop + 8, { width: 240 })
  const acceptance = quote.acceptance
  if (acceptance) {
    doc.fontSize(9).text(
      t("quotePdf.acceptedBy", { name: acceptance.accepted_by_name ?? "", date: day(acceptance.accepted_at!), version: acceptance.version ?? quote.version }),
      { width: 240 }
    )
    if (acceptance.signature_name) doc.fontSize(12).text(t("quotePdf.signedAs", { signature: acceptance.signature_name }), { width: 240 })
  } else {
    doc.fontSize(9).text(t("quotePdf.signatureEmpty"), { width: 240 })
  }
  doc.end()
  return done
}
