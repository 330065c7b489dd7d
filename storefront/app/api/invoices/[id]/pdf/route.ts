import type { NextRequest } from "next/server"
import { streamBackendDocument } from "@/lib/data/documents"

/** An invoice's PDF as it was issued (the backend stores it and never renders it again). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return streamBackendDocument(`/store/portal/invoices/${encodeURIComponent(id)}/pdf`, "invoice.pdf")
}
