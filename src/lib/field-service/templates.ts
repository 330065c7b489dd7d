import { TEMPLATE_CODES, type TemplateCode } from "../../modules/fieldService/contract"

/** `{{ code }}`, spaces allowed inside the braces. */
const CODE = /\{\{\s*([^{}]*?)\s*\}\}/g

/** `[[ … ]]` or `[[ … || fallback ]]`: an optional section, kept only when every code inside it has a value. */
const SECTION = /\[\[([^[\]]*)\]\]/g

const KNOWN = new Set<string>(TEMPLATE_CODES)

export type TemplateValues = Partial<Record<TemplateCode, string | null | undefined>>

/**
 * What is wrong with a template, for the 400 that names its field: each unknown code, and braces that open
 * or close no code (a typo such as `{{site.name}` would otherwise show the client raw braces).
 */
export function templateProblems(template: string): string[] {
  const problems: string[] = []
  for (const [, code] of template.matchAll(CODE)) {
    if (!KNOWN.has(code)) problems.push(`unknown substitution code {{${code}}}`)
  }
  const rest = template.replace(CODE, "")
  if (rest.includes("{{") || rest.includes("}}")) problems.push("braces {{ }} that do not enclose a substitution code")
  const outside = template.replace(SECTION, "")
  if (outside.includes("[[") || outside.includes("]]")) problems.push("brackets [[ ]] that do not enclose one optional section (sections do not nest)")
  return problems
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

const valueOf = (values: TemplateValues, code: string) => (KNOWN.has(code) ? values[code as TemplateCode] || null : null)

const fill = (text: string, values: TemplateValues) =>
  text.replace(CODE, (_all, code: string) => {
    const value = valueOf(values, code)
    return value ? escapeHtml(value) : ""
  })

/**
 * Fills a template's codes with `values`, each HTML-escaped (a machine named `<b>` reads as text wherever the
 * result is shown). An optional section `[[ of {{equipment.name}}]]` disappears whole when one of its codes has
 * no value, or gives way to its fallback (`[[{{equipment.name}}||your machine]]`), so a request without a machine
 * or an unscheduled visit reads as a sentence, not "service of "; a code outside any section without a value
 * renders as nothing. Spaces doubled by what was dropped collapse;
 * the template's own text, written by staff, is otherwise kept.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const kept = template.replace(SECTION, (_all, inner: string) => {
    const [text, fallback = ""] = inner.split("||", 2)
    return [...text.matchAll(CODE)].every(([, code]) => valueOf(values, code)) ? text : fallback
  })
  return fill(kept, values)
    .replace(/ {2,}/g, " ")
    .trim()
}
