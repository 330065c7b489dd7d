import type { MedusaContainer } from "@medusajs/framework/types"
import PDFDocument from "pdfkit"
import { loadBranding } from "../branding"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/** The business as every document prints it: name, logo and the details staff wrote in the portal settings. */
export type DocumentBrand = {
  name: string
  /** The logo's image bytes (PNG or JPEG), fetched once per document; null prints the name alone. */
  logo: Buffer | null
  details: string[]
}

const LOGO_TIMEOUT_MS = 3000
const LOGO_MAX_BYTES = 2_000_000

/** A PNG or JPEG by its first bytes: pdfkit reads nothing else, and a wrong file must not break a document. */
const isImage = (bytes: Buffer) =>
  (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) || (bytes[0] === 0xff && bytes[1] === 0xd8)

async function fetchLogo(url: string | null): Promise<Buffer | null> {
  if (!url) return null
  try {
    if (url.startsWith("data:image/")) {
      const bytes = Buffer.from(url.slice(url.indexOf(",") + 1), "base64")
      return isImage(bytes) ? bytes : null
    }
    if (!/^https?:\/\//i.test(url)) return null
    const response = await fetch(url, { signal: AbortSignal.timeout(LOGO_TIMEOUT_MS) })
    if (!response.ok) return null
    const bytes = Buffer.from(await response.arrayBuffer())
    return bytes.length <= LOGO_MAX_BYTES && isImage(bytes) ? bytes : null
  } catch {
    // An unreachable logo leaves the name alone on the document; the document itself must still print.
    return null
  }
}

export async function loadDocumentBrand(scope: MedusaContainer): Promise<DocumentBrand> {
  const branding = await loadBranding(scope)
  const settings = await scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()
  const details = (settings.general_information ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6)
  if (branding.support_email && !details.some((d) => d.includes(branding.support_email!))) details.push(branding.support_email)
  return { name: branding.name, logo: await fetchLogo(branding.logo_url), details }
}

/** DejaVu covers Slovak, Italian and French accents everywhere (the same choice as the quote PDF). */
export function pdfFont(): string {
  return process.env.PORTAL_PDF_FONT || require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
}

/** A new A4 document in the portal's font, and the promise of its bytes once `doc.end()` is called. */
export function newPdf(title: string, author: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: title, Author: author } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  doc.registerFont("body", pdfFont()).font("body")
  return { doc, done }
}

/**
 * The header every document shares: the logo (if any) and the business's name and details on the left, the
 * client's name and address on the right. Leaves the cursor below both, at the left margin.
 */
export function drawDocumentHeader(doc: PDFKit.PDFDocument, brand: DocumentBrand, client: { heading: string; lines: string[] }) {
  const left = doc.page.margins.left
  const top = doc.page.margins.top
  let y = top
  if (brand.logo) {
    try {
      doc.image(brand.logo, left, y, { fit: [140, 50] })
      y += 56
    } catch {
      // A corrupt image prints the name alone rather than failing the document.
    }
  }
  doc.fontSize(16).text(brand.name, left, y, { width: 250 })
  doc.fontSize(8).fillColor("#555")
  for (const line of brand.details) doc.text(line, left, undefined, { width: 250 })
  doc.fillColor("black")
  const leftBottom = doc.y
  doc.fontSize(10).text(client.heading, 320, top, { width: 220 })
  for (const line of client.lines.filter(Boolean)) doc.text(line, 320, undefined, { width: 220 })
  doc.x = left
  doc.y = Math.max(leftBottom, doc.y) + 24
}

/** A table with right-aligned numeric columns after the first; breaks pages before the footer space. */
export function drawTable(doc: PDFKit.PDFDocument, headers: string[], rows: string[][], widths: number[]) {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const first = width - widths.reduce((a, b) => a + b, 0)
  const xs = [left, ...widths.map((_, i) => left + first + widths.slice(0, i).reduce((a, b) => a + b, 0))]
  const ws = [first, ...widths]
  const row = (cells: string[]) => {
    if (doc.y > doc.page.height - 140) doc.addPage()
    const y = doc.y
    let bottom = y
    cells.forEach((cell, i) => {
      doc.fontSize(9).text(cell, xs[i], y, { width: ws[i] - 4, align: i === 0 ? "left" : "right" })
      bottom = Math.max(bottom, doc.y)
    })
    doc.x = left
    doc.y = bottom + 4
  }
  row(headers)
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).stroke()
  doc.moveDown(0.3)
  rows.forEach(row)
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).stroke()
  doc.moveDown(0.5)
}

/** A right-aligned label and amount under a table. */
export function drawTotal(doc: PDFKit.PDFDocument, label: string, value: string, size = 10) {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const y = doc.y
  doc.fontSize(size).text(label, left, y, { width: width - 115, align: "right" })
  doc.text(value, left + width - 105, y, { width: 105, align: "right" })
  doc.x = left
  doc.moveDown(0.3)
}

/** The client block of a document: the account's name, number and address. */
export function clientLines(account: { name: string; number: string; address_1?: string | null; address_2?: string | null; postal_code?: string | null; city?: string | null; country_code?: string | null }): string[] {
  return [account.name, account.number, account.address_1, account.address_2, [account.postal_code, account.city].filter(Boolean).join(" "), account.country_code?.toUpperCase()].filter(
    (line): line is string => !!line
  )
}
