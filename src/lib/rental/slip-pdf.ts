import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PDFDocument from "pdfkit"
import { loadBranding, type Branding } from "../branding"
import { fileResponseHeaders } from "../files/file-types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import type { RentalSlip, StoreRental } from "../../modules/rental/contract"
import type { SlipPhoto } from "../../modules/rental/models/rental-slip"
import type { RecordScope } from "../portal-actor"
import { rentalTranslator } from "./labels"
import { findScopedReservation, presentRentalDetail, type ReservationRecord } from "./present"

// DejaVu, as the quote PDF: it covers Slovak, Italian and French accents.
const pdfFont = () => process.env.PORTAL_PDF_FONT || require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")

/** An exit (BS) or return (BR) slip as signed, in `locale`: rental, client, units with serial numbers, readings, condition, signatures. */
export function renderSlipPdf(input: { branding: Branding; client: string; rental: StoreRental; slip: RentalSlip; locale: string | null }): Promise<Buffer> {
  const { slip, rental } = input
  const t = rentalTranslator(input.locale)
  const title = t(slip.kind === "exit" ? "exitSlip" : "returnSlip", { number: slip.number })
  const doc = new PDFDocument({ size: "A4", margin: 50, lang: t.locale, info: { Title: title, Author: input.branding.name } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const status = (value: string | null) => (value === "to_review" ? ` (${t("pendingReview")})` : value === "rejected" ? ` (${t("rejected")})` : "")
  doc.registerFont("body", pdfFont()).font("body")
  doc.fontSize(16).text(input.branding.name)
  doc.moveDown()
  doc.fontSize(18).text(title)
  doc.fontSize(10).text(`${t("rental", { number: rental.number })}${rental.is_loan ? ` ${t("loan")}` : ""} · ${input.client}`)
  doc.text(t("planned", { from: t.moment(rental.starts_at), to: t.moment(rental.ends_at) }))
  doc.text(t(slip.kind === "exit" ? "left" : "returned", { date: t.moment(slip.performed_at) }))
  doc.moveDown()
  for (const unit of slip.units) {
    doc.fontSize(11).text(`${unit.name} · ${t("serial", { serial: unit.serial_number })}`)
    doc.fontSize(9)
    if (unit.condition) doc.text(t("condition", { condition: unit.condition }))
    for (const reading of unit.readings) doc.text(`${reading.meter_name}: ${reading.value} ${reading.unit}${status(reading.status)}`)
    doc.moveDown(0.5)
  }
  if (slip.condition_notes) doc.fontSize(10).text(t("notes", { notes: slip.condition_notes }))
  if (slip.damage) doc.text(t("damage"))
  if (slip.missing_items) doc.text(t("missing", { items: slip.missing_items }))
  if (slip.photos.length) doc.text(t("photos", { names: slip.photos.map((p) => p.name).join(", ") }))
  doc.moveDown(2)
  doc.text(t("signedClient", { name: slip.client_signature_name ?? "—" }))
  doc.text(t("signedBusiness", { business: input.branding.name, name: slip.staff_signature_name ?? "—" }))
  doc.end()
  return done
}

/** A reservation's slip as a PDF in `locale`, with the file name it is sent under; null when the rental has no such slip. */
export async function slipPdfOf(container: MedusaContainer, reservation: ReservationRecord, slipId: string, locale: string | null): Promise<{ filename: string; pdf: Buffer } | null> {
  const detail = await presentRentalDetail(container, reservation, "")
  const slip = detail.slips.find((s) => s.id === slipId)
  if (!slip) return null
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(reservation.account_id)
  const pdf = await renderSlipPdf({ branding: await loadBranding(container), client: `${account.name} (${account.number})`, rental: detail, slip, locale: locale ?? account.locale })
  return { filename: `${slip.number}.pdf`, pdf }
}

/**
 * Answers a slip's PDF as a download, in `locale` (the member's language; the account's when null); a slip
 * of another rental, or a rental out of `scope`, answers 404.
 */
export async function sendSlipPdf(req: MedusaRequest, res: MedusaResponse, scope: RecordScope | null, locale: string | null) {
  const reservation = await findScopedReservation(req.scope, req.params.id, scope)
  const file = await slipPdfOf(req.scope, reservation, req.params.slipId, locale)
  if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Slip with id: ${req.params.slipId} was not found`)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`)
  res.setHeader("Content-Length", String(file.pdf.length))
  res.end(file.pdf)
}

/** Sends a slip photo of a rental already found in the caller's scope; a file id of any other rental is 404. */
export async function sendSlipPhoto(req: MedusaRequest, res: MedusaResponse, scope: RecordScope | null) {
  const reservation = await findScopedReservation(req.scope, req.params.id, scope, ["slips"])
  const photo = (reservation.slips ?? []).flatMap((s) => (s.photos ?? []) as SlipPhoto[]).find((p) => p.file_id === req.params.fileId)
  if (!photo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File with id: ${req.params.fileId} was not found`)
  const content = await req.scope.resolve(Modules.FILE).getAsBuffer(photo.file_id)
  for (const [header, value] of Object.entries(fileResponseHeaders(photo.mime_type, photo.name))) res.setHeader(header, value)
  res.setHeader("Content-Length", String(content.length))
  // Private: a shared cache must never hand one client's file to another.
  res.setHeader("Cache-Control", "private, max-age=300")
  res.status(200).send(content)
}
