import type { NextRequest } from "next/server"
import { streamBackendDocument } from "@/lib/data/documents"

/** An order's order form (PDF). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  return streamBackendDocument(`/store/portal/orders/${encodeURIComponent(id)}/pdf`, "order.pdf")
}
