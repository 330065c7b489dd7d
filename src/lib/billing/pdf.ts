import type { DeliveryNote, InvoiceKind, InvoiceLine, OrderDetail, PriceListItem } from "../../modules/billing/contract"
import { drawDocumentHeader, drawTable, drawTotal, newPdf, type DocumentBrand } from "../documents/pdf-document"
import { documentTranslator } from "./labels"

/** The client as a document addresses it. */
export type DocumentClient = { locale: string; lines: string[] }

/** The order form: what was ordered, at which prices, with Medusa's totals. */
export function renderOrderPdf(brand: DocumentBrand, client: DocumentClient, order: OrderDetail): Promise<Buffer> {
  const t = documentTranslator(client.locale)
  const title = t("orderForm", { number: `#${order.display_id}` })
  const { doc, done } = newPdf(title, brand.name)
  const money = (n: number) => t.money(n, order.currency_code)
  drawDocumentHeader(doc, brand, { heading: t("client"), lines: client.lines })
  doc.fontSize(18).text(title)
  doc.fontSize(10).text(t("date", { date: t.day(order.created_at) }))
  if (order.quote) doc.text(t("quote", { number: order.quote.number }))
  doc.moveDown(1.2)
  drawTable(
    doc,
    [t("item"), t("quantity"), t("unitPrice"), t("total")],
    order.items.map((i) => [[i.title, i.sku ? `(${i.sku})` : ""].filter(Boolean).join(" "), String(i.quantity), money(i.unit_price), money(i.subtotal)]),
    [45, 90, 100]
  )
  drawTotal(doc, t("subtotal"), money(order.subtotal))
  if (order.shipping_total) drawTotal(doc, t("shipping"), money(order.shipping_total))
  drawTotal(doc, t("tax"), money(order.tax_total))
  drawTotal(doc, t("total"), money(order.total), 12)
  doc.end()
  return done
}

/** A delivery note: one fulfilment of an order, the lines shipped, dates and tracking; no prices. */
export function renderDeliveryNotePdf(brand: DocumentBrand, client: DocumentClient, order: OrderDetail, note: DeliveryNote, index: number): Promise<Buffer> {
  const t = documentTranslator(client.locale)
  const title = t("deliveryNote", { number: `${order.display_id}-${index + 1}` })
  const { doc, done } = newPdf(title, brand.name)
  const address = order.shipping_address
  const shipTo = address
    ? [address.company, [address.first_name, address.last_name].filter(Boolean).join(" "), address.address_1, address.address_2, [address.postal_code, address.city].filter(Boolean).join(" "), address.country_code?.toUpperCase()]
    : []
  drawDocumentHeader(doc, brand, { heading: t("client"), lines: [...client.lines.slice(0, 2), ...shipTo.filter((l): l is string => !!l)] })
  doc.fontSize(18).text(title)
  doc.fontSize(10).text(t("order", { number: order.display_id }))
  doc.text(t("date", { date: t.day(note.created_at) }))
  if (note.shipped_at) doc.text(t("shippedAt", { date: t.day(note.shipped_at) }))
  if (note.delivered_at) doc.text(t("deliveredAt", { date: t.day(note.delivered_at) }))
  for (const label of note.tracking) {
    if (label.number) doc.text(t("tracking", { tracking: [label.number, label.url].filter(Boolean).join(" · ") }))
  }
  doc.moveDown(1.2)
  drawTable(doc, [t("item"), t("sku"), t("quantity")], note.items.map((i) => [i.title, i.sku ?? "", String(i.quantity)]), [120, 60])
  doc.end()
  return done
}

/** What an invoice prints: exactly what was issued, never read again from the order. */
export type InvoicePdfInput = {
  number: string
  kind: InvoiceKind
  issue_date: Date | string
  due_date: Date | string
  currency_code: string
  lines: InvoiceLine[]
  subtotal: number
  tax_total: number
  deposit_total: number
  total: number
  order_display_id: number | null
  credited_invoice_number: string | null
  deducted_deposits: { number: string; total: number; tax_total: number }[]
  reason: string | null
  footer: string | null
}

export function renderInvoicePdf(brand: DocumentBrand, client: DocumentClient, invoice: InvoicePdfInput): Promise<Buffer> {
  const t = documentTranslator(client.locale)
  const title = t(invoice.kind, { number: invoice.number })
  const { doc, done } = newPdf(title, brand.name)
  const money = (n: number) => t.money(n, invoice.currency_code)
  drawDocumentHeader(doc, brand, { heading: t("client"), lines: client.lines })
  doc.fontSize(18).text(title)
  doc.fontSize(10).text(t("date", { date: t.day(invoice.issue_date) }))
  if (invoice.kind !== "credit_note") doc.text(t("dueDate", { date: t.day(invoice.due_date) }))
  if (invoice.order_display_id) doc.text(t("order", { number: invoice.order_display_id }))
  if (invoice.credited_invoice_number) doc.text(t("credits", { number: invoice.credited_invoice_number }))
  if (invoice.reason) doc.text(t("reason", { reason: invoice.reason }))
  doc.moveDown(1.2)
  drawTable(
    doc,
    [t("item"), t("quantity"), t("unitPrice"), t("tax"), t("total")],
    invoice.lines.map((l) => [[l.title, l.sku ? `(${l.sku})` : ""].filter(Boolean).join(" "), String(l.quantity), money(l.unit_price), money(l.tax_total), money(l.total)]),
    [40, 85, 70, 90]
  )
  drawTotal(doc, t("subtotal"), money(invoice.subtotal))
  drawTotal(doc, t("tax"), money(invoice.tax_total))
  // A deposit's tax was invoiced with it: the deduction names it, so the tax left to pay here reads off the page.
  for (const deposit of invoice.deducted_deposits) {
    drawTotal(doc, `${t("deposits")} (${deposit.number}, ${t("tax")} ${money(-deposit.tax_total)})`, money(-deposit.total), 9)
  }
  drawTotal(doc, invoice.kind === "credit_note" ? t("total") : t("amountDue"), money(invoice.total), 12)
  if (invoice.footer) {
    doc.moveDown(2)
    doc.fontSize(8).fillColor("#555").text(invoice.footer, { width: doc.page.width - 100 }).fillColor("black")
  }
  doc.end()
  return done
}

/** The client's current prices, dated. */
export function renderPriceListPdf(brand: DocumentBrand, client: DocumentClient, prices: PriceListItem[], date: Date): Promise<Buffer> {
  const t = documentTranslator(client.locale)
  const { doc, done } = newPdf(t("priceList"), brand.name)
  drawDocumentHeader(doc, brand, { heading: t("client"), lines: client.lines })
  doc.fontSize(18).text(t("priceList"))
  doc.fontSize(10).text(t("pricesAt", { date: t.day(date) }))
  doc.moveDown(1.2)
  drawTable(
    doc,
    [t("item"), t("sku"), t("generalPrice"), t("yourPrice")],
    prices.map((p) => [p.title, p.sku ?? "", p.general_price === null ? "" : t.money(p.general_price, p.currency_code), t.money(p.price, p.currency_code)]),
    [100, 90, 90]
  )
  doc.end()
  return done
}
