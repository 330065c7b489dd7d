import { inflateSync } from "node:zlib"
import { deriveLetterCode, renderActivationLetter } from "../activation-letter"

/** The PDF's streams, inflated where they are compressed. */
function pdfStreams(pdf: Buffer): string[] {
  const streams: string[] = []
  const source = pdf.toString("latin1")
  const pattern = /stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = pattern.exec(source))) {
    const start = match.index + match[0].length
    const end = source.indexOf("endstream", start)
    const raw = pdf.subarray(start, end)
    try {
      streams.push(inflateSync(raw).toString("latin1"))
    } catch {
      streams.push(raw.toString("latin1"))
    }
  }
  return streams
}

describe("activation letter", () => {
  const letter = {
    locale: "sk",
    business_name: "Strojárne Ľubovňa",
    recipient: { name: "Jana Horváthová", account_name: "Tatra Energy", lines: ["Štúrova 12", "040 01 Košice"] },
    email: "jana@tatra.example",
    code: "K7QX-94TM",
    activation_url: "https://portal.example/sk/activate",
    expires_at: new Date("2026-12-31T00:00:00Z"),
  }

  it("is a PDF that embeds a Unicode font, so Slovak letters print with their accents", async () => {
    const pdf = await renderActivationLetter(letter)
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdf.toString("latin1")).toContain("DejaVuSans")
    // The ToUnicode map of the embedded subset names the code points it was asked to draw: Ľ (U+013D),
    // č (U+010D), ť (U+0165) and Š (U+0160) among them.
    const maps = pdfStreams(pdf).filter((s) => s.includes("beginbfchar") || s.includes("beginbfrange")).join("\n")
    for (const codePoint of ["013d", "010d", "0165", "0160"]) {
      expect(maps.toLowerCase()).toContain(codePoint)
    }
  })

  it("derives the same letter code from the same activation, and another from another", () => {
    expect(deriveLetterCode("secret", "cact_1")).toBe(deriveLetterCode("secret", "cact_1"))
    expect(deriveLetterCode("secret", "cact_1")).not.toBe(deriveLetterCode("secret", "cact_2"))
    expect(deriveLetterCode("secret", "cact_1")).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
  })
})
