import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import { clientLines, drawDocumentHeader, drawTable, loadDocumentBrand, newPdf, type DocumentBrand } from "../documents/pdf-document"
import { createTranslator, resolveEmailLocale, type Translator } from "../email/i18n"
import { normalizeFileType } from "../files/file-types"
import type { InterventionRecord } from "./interventions"
import { formatVisitWindow, visitTimeZone } from "./time-zones"
import { localizeType } from "./type-translations"

/** Photos printed as thumbnails (the count says how many there are in all); pdfkit reads PNG and JPEG only. */
const THUMBNAILS_MAX = 8
const PRINTABLE_PHOTO_TYPES = ["image/png", "image/jpeg"]

/** What a report prints beyond the intervention itself: read once, printed in any language. */
export type ReportContext = {
  intervention: InterventionRecord
  client: string[]
  site_name: string | null
  equipment: { name: string; serial_number: string | null } | null
  meters: Map<string, { name: string; unit: string }>
  /** Thumbnails' bytes, in the photos' order. */
  thumbnails: Buffer[]
  /** The zone the visit's times print in: the technician's, where the business plans them. */
  time_zone: string
}

export async function loadReportContext(container: MedusaContainer, i: InterventionRecord): Promise<ReportContext> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const meterIds = (i.report?.meter_values ?? []).map((m) => m.meter_id)
  const printable = [...(i.photos ?? [])]
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .filter((p) => PRINTABLE_PHOTO_TYPES.includes(normalizeFileType(p.mime_type ?? "")))
    .slice(0, THUMBNAILS_MAX)
  const files = container.resolve(Modules.FILE)
  const [account, [site], [equipment], meters, thumbnails] = await Promise.all([
    accounts.retrieveClientAccount(i.account_id),
    accounts.listSites({ id: i.site_id }, { select: ["name"] }),
    i.equipment_id ? fleet.listEquipment({ id: i.equipment_id }, { select: ["name", "serial_number"] }) : Promise.resolve([]),
    meterIds.length ? fleet.listMeters({ id: meterIds }, { select: ["id", "name", "unit"] }) : Promise.resolve([]),
    // A photo the file store cannot hand back is left out of the thumbnails; the document still prints.
    Promise.all(printable.map((p) => files.getAsBuffer(p.file_id).catch(() => null))),
  ])
  return {
    intervention: i,
    client: clientLines(account),
    site_name: site?.name ?? null,
    equipment: equipment ? { name: equipment.name, serial_number: equipment.serial_number ?? null } : null,
    meters: new Map(meters.map((m) => [m.id, { name: m.name, unit: m.unit }])),
    thumbnails: thumbnails.filter((b): b is Buffer => !!b),
    time_zone: visitTimeZone(i),
  }
}

export const addressLine = (a: InterventionRecord["address"]) =>
  a ? [a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.country_code?.toUpperCase()].filter(Boolean).join(", ") : ""

/** A label and its value on one line, the label in grey. */
function field(doc: PDFKit.PDFDocument, label: string, value: string | null | undefined) {
  if (!value) return
  doc.fontSize(9).fillColor("#555").text(label, { continued: true }).fillColor("black").text(` ${value}`)
}

/**
 * The intervention report ("bon d'intervention") of a done visit in one language: the shared header (the
 * business's logo and details, the client), what was planned, who came and when, the work done, the parts
 * (titles, SKUs, quantities), the time spent, the meter values, the client's signature name and the photos.
 */
export function renderInterventionReportPdf(brand: DocumentBrand, ctx: ReportContext, locale: string): Promise<Buffer> {
  const t = createTranslator(resolveEmailLocale(locale))
  const i = ctx.intervention
  const report = i.report
  const title = t("interventionReport.title", { number: i.number })
  const { doc, done } = newPdf(title, brand.name)
  drawDocumentHeader(doc, brand, { heading: t("interventionReport.client"), lines: ctx.client })
  doc.fontSize(18).text(title)
  doc.moveDown(0.4)
  field(doc, t("interventionReport.type"), i.type?.name)
  field(doc, t("interventionReport.site"), [ctx.site_name, addressLine(i.address)].filter(Boolean).join(" · "))
  field(doc, t("interventionReport.contact"), [i.contact_name, i.contact_phone, i.contact_email].filter(Boolean).join(" · "))
  field(doc, t("interventionReport.equipment"), ctx.equipment ? [ctx.equipment.name, ctx.equipment.serial_number ? t("interventionReport.serial", { serial: ctx.equipment.serial_number }) : null].filter(Boolean).join(" · ") : null)
  field(doc, t("interventionReport.technician"), i.technician?.name)
  field(doc, t("interventionReport.scheduled"), formatVisitWindow(t.locale, i.scheduled_start, i.scheduled_end, ctx.time_zone))
  if (report) field(doc, t("interventionReport.completed"), formatVisitWindow(t.locale, report.completed_at, null, ctx.time_zone))
  if (report?.duration_minutes !== null && report?.duration_minutes !== undefined) {
    field(doc, t("interventionReport.timeSpent"), t("interventionReport.minutes", { minutes: report.duration_minutes }))
  }
  doc.moveDown(0.8)
  doc.fontSize(11).text(t("interventionReport.request"))
  doc.fontSize(9).text(i.description)
  doc.moveDown(0.8)
  doc.fontSize(11).text(t("interventionReport.workDone"))
  doc.fontSize(9).text(report?.work_done ?? t("interventionReport.notDone"))
  doc.moveDown(0.8)

  const parts = report?.parts ?? []
  doc.fontSize(11).text(t("interventionReport.parts"))
  doc.moveDown(0.3)
  if (parts.length) drawTable(doc, [t("interventionReport.item"), t("interventionReport.sku"), t("interventionReport.quantity")], parts.map((p) => [p.title, p.sku ?? "", String(p.quantity)]), [120, 60])
  else doc.fontSize(9).text(t("interventionReport.noParts")).moveDown(0.5)

  const meterValues = report?.meter_values ?? []
  if (meterValues.length) {
    doc.fontSize(11).text(t("interventionReport.meters"))
    doc.moveDown(0.3)
    const number = new Intl.NumberFormat(t.locale)
    drawTable(
      doc,
      [t("interventionReport.meter"), t("interventionReport.value")],
      meterValues.map((m) => {
        const meter = ctx.meters.get(m.meter_id)
        return [meter?.name ?? m.meter_id, `${number.format(m.value)}${meter?.unit ? ` ${meter.unit}` : ""}`]
      }),
      [120]
    )
  }

  doc.moveDown(0.5)
  doc.fontSize(10).text(report?.signature_name ? t("interventionReport.signature", { name: report.signature_name }) : t("interventionReport.noSignature"))
  drawPhotos(doc, t, ctx, (i.photos ?? []).length)
  doc.end()
  return done
}

function drawPhotos(doc: PDFKit.PDFDocument, t: Translator, ctx: ReportContext, count: number) {
  if (!count) return
  doc.moveDown(1)
  doc.fontSize(11).text(t("interventionReport.photos", { count }))
  doc.moveDown(0.3)
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const size = { w: (width - 3 * 8) / 4, h: 90 }
  let y = doc.y
  ctx.thumbnails.forEach((bytes, n) => {
    const column = n % 4
    if (column === 0 && n > 0) y += size.h + 8
    if (y + size.h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      y = doc.page.margins.top
    }
    try {
      doc.image(bytes, left + column * (size.w + 8), y, { fit: [size.w, size.h], align: "center", valign: "center" })
    } catch {
      // A photo pdfkit cannot read is counted but not drawn; the report itself must still print.
    }
  })
  doc.x = left
  doc.y = ctx.thumbnails.length ? y + size.h + 8 : doc.y
}

/** The report PDF of a done visit in `locale`, with the business's header. */
export async function interventionReportPdf(container: MedusaContainer, i: InterventionRecord, locale: string): Promise<Buffer> {
  const shown = i.type ? { ...i, type: localizeType(i.type, locale) } : i
  const [brand, ctx] = await Promise.all([loadDocumentBrand(container), loadReportContext(container, shown)])
  return renderInterventionReportPdf(brand, ctx, locale)
}
