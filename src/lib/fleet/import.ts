import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../modules/fleet"
import { EQUIPMENT_STATUSES, type EquipmentStatus } from "../../modules/fleet/models/equipment"
import type FleetModuleService from "../../modules/fleet/service"
import { createEquipmentWorkflow } from "../../workflows/fleet/equipment"
import { addMeterReadingWorkflow } from "../../workflows/fleet/readings"
import { parseCsv, rowObject } from "./csv"

export type ImportRejection = { row: number; field: string | null; message: string }
export type ImportReport = { created: number; rejected: ImportRejection[] }

export const EQUIPMENT_CSV_COLUMNS = ["account_id", "site", "serial_number", "name", "brand", "status", "sku", "installation_date", "warranty_end", "notes"]
export const READINGS_CSV_COLUMNS = ["account_id", "serial_number", "meter", "meter_id", "value", "read_at", "source", "note"]

class RowError extends Error {
  constructor(readonly field: string, message: string) {
    super(message)
  }
}

const parseDate = (field: string, text: string | undefined): Date | null => {
  if (!text) return null
  const date = new Date(text)
  if (Number.isNaN(date.getTime())) throw new RowError(field, `${field} must be a date (YYYY-MM-DD)`)
  return date
}

const parseNumber = (field: string, text: string | undefined): number => {
  const value = text === undefined ? NaN : Number(text.replace(",", "."))
  if (!Number.isFinite(value)) throw new RowError(field, `${field} must be a number`)
  return value
}

const required = (row: Record<string, string>, field: string): string => {
  const value = row[field]
  if (!value) throw new RowError(field, `${field} is required`)
  return value
}

/** The field a workflow's error names ("value is lower…", "site_id: …"), as the CSV column it came from. */
function rejectionOf(line: number, error: unknown, columns: string[]): ImportRejection {
  if (error instanceof RowError) return { row: line, field: error.field, message: error.message }
  const message = (error as Error).message ?? String(error)
  const named = message.match(/^([a-z_]+)\b/)?.[1] ?? null
  const field = named === "site_id" ? "site" : named && columns.includes(named) ? named : null
  return { row: line, field, message }
}

/**
 * Imports each row on its own, through the same workflow as the admin form: a bad row is reported with
 * its line and field and writes nothing, good rows are created. Rows are numbered as in a spreadsheet
 * (the header is row 1).
 */
async function importRows(
  csv: string,
  columns: string[],
  importRow: (row: Record<string, string>) => Promise<void>
): Promise<ImportReport> {
  const table = parseCsv(csv)
  const report: ImportReport = { created: 0, rejected: [] }
  const unknown = table.header.filter((h) => !columns.includes(h))
  if (unknown.length) {
    report.rejected.push({ row: 1, field: unknown[0], message: `unknown column ${unknown.join(", ")}; expected ${columns.join(", ")}` })
    return report
  }
  for (const { line, cells } of table.rows) {
    try {
      await importRow(rowObject(table.header, cells))
      report.created++
    } catch (error) {
      report.rejected.push(rejectionOf(line, error, columns))
    }
  }
  return report
}

/** Machines: a site by name or id, the catalogue model by SKU. */
export async function importEquipmentCsv(container: MedusaContainer, csv: string, defaultAccountId?: string): Promise<ImportReport> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const products = container.resolve(Modules.PRODUCT)
  return importRows(csv, EQUIPMENT_CSV_COLUMNS, async (row) => {
    const account_id = row.account_id ?? defaultAccountId
    if (!account_id) throw new RowError("account_id", "account_id is required (a column, or the account the import is for)")
    const siteText = required(row, "site")
    const sites = await accounts.listSites({ account_id }, { select: ["id", "name"] })
    const site = sites.find((s) => s.id === siteText || s.name.toLowerCase() === siteText.toLowerCase())
    if (!site) throw new RowError("site", `site ${siteText} is not a site of this account`)
    const status = (row.status ?? "in_service") as EquipmentStatus
    if (!EQUIPMENT_STATUSES.includes(status)) throw new RowError("status", `status must be one of ${EQUIPMENT_STATUSES.join(", ")}`)
    let variant_id: string | null = null
    if (row.sku) {
      const [variant] = await products.listProductVariants({ sku: row.sku }, { select: ["id"] })
      if (!variant) throw new RowError("sku", `no product variant has the SKU ${row.sku}`)
      variant_id = variant.id
    }
    await createEquipmentWorkflow(container).run({
      input: {
        account_id,
        site_id: site.id,
        serial_number: required(row, "serial_number"),
        name: required(row, "name"),
        brand: row.brand ?? null,
        status,
        variant_id,
        installation_date: parseDate("installation_date", row.installation_date),
        warranty_end: parseDate("warranty_end", row.warranty_end),
        notes: row.notes ?? null,
      },
    })
  })
}

/** Readings: the meter by id, or by the machine's serial number and the meter's name; checked like any reading. */
export async function importReadingsCsv(container: MedusaContainer, csv: string, defaultAccountId?: string): Promise<ImportReport> {
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  return importRows(csv, READINGS_CSV_COLUMNS, async (row) => {
    let meterId = row.meter_id
    let equipmentId: string
    if (meterId) {
      const [meter] = await fleet.listMeters({ id: meterId }, { select: ["id", "equipment_id"] })
      if (!meter) throw new RowError("meter_id", `no meter has the id ${meterId}`)
      equipmentId = (meter as unknown as { equipment_id: string }).equipment_id
    } else {
      const account_id = row.account_id ?? defaultAccountId
      if (!account_id) throw new RowError("account_id", "account_id is required to find a machine by serial number")
      const serial = required(row, "serial_number")
      const [equipment] = await fleet.listEquipment({ account_id, serial_number: serial }, { select: ["id"] })
      if (!equipment) throw new RowError("serial_number", `this account has no machine with serial number ${serial}`)
      const name = required(row, "meter")
      const meters = await fleet.listMeters({ equipment_id: equipment.id }, { select: ["id", "name"] })
      const meter = meters.find((m) => m.name.toLowerCase() === name.toLowerCase())
      if (!meter) throw new RowError("meter", `machine ${serial} has no meter named ${name}`)
      meterId = meter.id
      equipmentId = equipment.id
    }
    const source = row.source ?? "staff"
    if (source !== "staff" && source !== "technician") throw new RowError("source", "source must be staff or technician")
    await addMeterReadingWorkflow(container).run({
      input: {
        equipment_id: equipmentId,
        meter_id: meterId,
        value: parseNumber("value", row.value),
        read_at: parseDate("read_at", row.read_at) ?? undefined,
        note: row.note ?? null,
        source,
      },
    })
  })
}
