import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importEquipmentCsv, importReadingsCsv } from "../../../../../lib/fleet/import"
import type { AdminImportType } from "../validators"

/**
 * CSV import of machines or readings. Answers a report rather than failing as a whole:
 * `{ created, rejected: [{ row, field, message }] }`.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminImportType>, res: MedusaResponse) {
  const { kind, csv, account_id } = req.validatedBody
  const report = kind === "equipment" ? await importEquipmentCsv(req.scope, csv, account_id) : await importReadingsCsv(req.scope, csv, account_id)
  res.json(report)
}
