import { NextResponse, type NextRequest } from "next/server"
import { streamBackendDocument } from "@/lib/data/documents"

const FORMATS = { pdf: "price-list.pdf", csv: "price-list.csv" } as const

/** The client's price list, dated, as a PDF or a CSV file. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params
  if (format !== "pdf" && format !== "csv") return new NextResponse("Unknown format.", { status: 404 })
  return streamBackendDocument(`/store/portal/price-list/${format}`, FORMATS[format])
}
