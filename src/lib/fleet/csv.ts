/**
 * A small RFC 4180 reader: quoted fields (with doubled quotes and line breaks inside), CRLF or LF, and a
 * comma or semicolon separator, guessed from the header line (spreadsheets in French, Italian and Slovak
 * locales save with semicolons).
 */
export type CsvTable = { header: string[]; rows: { line: number; cells: string[] }[] }

export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, "")
  const firstLine = source.split(/\r?\n/, 1)[0] ?? ""
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ","
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let line = 1
  let recordLine = 1
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        if (ch === "\n") line++
        cell += ch
      }
    } else if (ch === '"' && cell === "") {
      quoted = true
    } else if (ch === separator) {
      cells.push(cell)
      cell = ""
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++
      cells.push(cell)
      records.push({ line: recordLine, cells })
      cells = []
      cell = ""
      line++
      recordLine = line
    } else {
      cell += ch
    }
  }
  if (cell !== "" || cells.length) {
    cells.push(cell)
    records.push({ line: recordLine, cells })
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ""))
  const [head, ...rows] = nonEmpty
  return { header: (head?.cells ?? []).map((h) => h.trim().toLowerCase()), rows: rows.map((r) => ({ line: r.line, cells: r.cells.map((c) => c.trim()) })) }
}

/** The row's cells by column name; missing and empty cells are absent. */
export function rowObject(header: string[], cells: string[]): Record<string, string> {
  const row: Record<string, string> = {}
  header.forEach((name, i) => {
    if (cells[i] !== undefined && cells[i] !== "") row[name] = cells[i]
  })
  return row
}
