import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import PDFDocument from "pdfkit"
import { loadBranding, type Branding } from "../branding"
import { fileResponseHeaders } from "../files/file-types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import type { RentalSlip, StoreRental } from "../../modules/rental/contract"
import type { SlipPhoto } from "../../modules/rental/models/rental-slip"
import type { RecordScope } from "../portal-actor"
import { findScopedReservation, presentRentalDetail } from "./present"

// DejaVu, as the quote PDF: it covers Slovak, Italian and French accents.
const pdfFont = () => process.env.PORTAL_PDF_FONT || require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")

/** An exit (BS) or return (BR) slip as signed: rental, client, units with serial numbers, readings, condition, signatures. */
export function renderSlipPdf(input: { branding: Branding; client: string; rental: StoreRental; slip: RentalSlip }): Promise<Buffer> {
  const { slip, rental } = input
  const title = `${slip.kind === "exit" ? "Exit slip" : "Return slip"} ${slip.number}`
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: title, Author: input.branding.name } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  const when = (value: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(value)) + " UTC"
  doc.registerFont("body", pdfFont()).font("body")
  doc.fontSize(16).text(input.branding.name)
  doc.moveDown()
  doc.fontSize(18).text(title)
  doc.fontSize(10).text(`Rental ${rental.number}${rental.is_loan ? " (loan)" : ""} · ${input.client}`)
  doc.text(`Planned: ${when(rental.starts_at)} to ${when(rental.ends_at)}`)
  doc.text(`${slip.kind === "exit" ? "Left" : "Returned"}: ${when(slip.performed_at)}`)
  doc.moveDown()
  for (const unit of slip.units) {
    doc.fontSize(11).text(`${unit.name} · serial ${unit.serial_number}`)
    doc.fontSize(9)
    if (unit.condition) doc.text(`Condition: ${unit.condition}`)
    for (const reading of unit.readings) doc.text(`${reading.meter_name}: ${reading.value} ${reading.unit}${reading.status && reading.status !== "accepted" ? ` (${reading.status.replace("_", " ")})` : ""}`)
    doc.moveDown(0.5)
  }
  if (slip.condition_notes) doc.fontSize(10).text(`Notes: ${slip.condition_notes}`)
  if (slip.damage) doc.text("Damage reported")
  if (slip.missing_items) doc.text(`Missing: ${slip.missing_items}`)
  if (slip.photos.length) doc.text(`Photos: ${slip.photos.map((p) => p.name).join(", ")}`)
  doc.moveDown(2)
  doc.text(`Signed for the client: ${slip.client_signature_name ?? "—"}`)
  doc.text(`Signed for ${input.branding.name}: ${slip.staff_signature_name ?? "—"}`)
  doc.end()
  return done
}

/** Answers a slip's PDF as a download; a slip of another rental, or a rental out of `scope`, answers 404. */
export async function sendSlipPdf(req: MedusaRequest, res: MedusaResponse, scope: RecordScope | null) {
  const reservation = await findScopedReservation(req.scope, req.params.id, scope)
  const detail = await presentRentalDetail(req.scope, reservation, "")
  const slip = detail.slips.find((s) => s.id === req.params.slipId)
  if (!slip) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Slip with id: ${req.params.slipId} was not found`)
  const account = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(reservation.account_id)
  const pdf = await renderSlipPdf({ branding: await loadBranding(req.scope), client: `${account.name} (${account.number})`, rental: detail, slip })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${slip.number}.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
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
