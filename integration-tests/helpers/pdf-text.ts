import { inflateSync } from "node:zlib"

/** The PDF's streams, inflated where they are compressed. */
function pdfStreams(pdf: Buffer): string[] {
  const source = pdf.toString("latin1")
  const streams: string[] = []
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

const hexToText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))

/** Glyph code → text, from every ToUnicode map in the file (pdfkit writes bfrange arrays and bfchar pairs). */
function unicodeMap(streams: string[]): Map<number, string> {
  const map = new Map<number, string>()
  for (const cmap of streams.filter((s) => s.includes("begincmap"))) {
    for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, , list, single] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g)) {
        const start = parseInt(from, 16)
        if (list) [...list.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, hex], i) => map.set(start + i, hexToText(hex)))
        else map.set(start, hexToText(single))
      }
    }
    for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, hex] of block.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code, 16), hexToText(hex))
    }
  }
  return map
}

/**
 * The text a PDF made by pdfkit shows, one line per text operation: its embedded font writes glyph codes, which
 * the font's ToUnicode map turns back into characters. Enough to check what a document prints.
 */
export function pdfText(pdf: Buffer): string {
  const streams = pdfStreams(pdf)
  const map = unicodeMap(streams)
  const lines: string[] = []
  for (const content of streams.filter((s) => /\bT[Jj]\b/.test(s))) {
    for (const [, array] of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ/g)) {
      const codes = [...array.matchAll(/<([0-9a-fA-F]*)>/g)].flatMap(([, hex]) => (hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
      lines.push(codes.map((c) => map.get(c) ?? "").join(""))
    }
  }
  return lines.join("\n")
}
