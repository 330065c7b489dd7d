import type { NextRequest } from "next/server"
import { streamBackendDocument } from "@/lib/data/documents"

/** A done visit's report PDF ("bon d'intervention"), rendered by the backend in the member's language. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return streamBackendDocument(`/store/portal/interventions/${encodeURIComponent(id)}/pdf`, "intervention-report.pdf")
}
