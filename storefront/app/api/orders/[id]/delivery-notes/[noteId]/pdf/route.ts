import type { NextRequest } from "next/server"
import { streamBackendDocument } from "@/lib/data/documents"

/** One delivery note (a fulfilment of the order) as a PDF. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; noteId: string }> }) {
  const { id, noteId } = await params
  return streamBackendDocument(
    `/store/portal/orders/${encodeURIComponent(id)}/delivery-notes/${encodeURIComponent(noteId)}/pdf`,
    "delivery-note.pdf"
  )
}
