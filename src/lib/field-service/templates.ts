import { TEMPLATE_CODES, type TemplateCode } from "../../modules/fieldService/contract"

/** `{{ code }}`, spaces allowed inside the braces. */
const CODE = /\{\{\s*([^{}]*?)\s*\}\}/g

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
  return problems
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/**
 * Fills a template's codes with `values`, each HTML-escaped (a machine named `<b>` reads as text wherever the
 * result is shown). A code without a value renders as nothing; the template's own text, written by staff, is
 * kept as it is.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(CODE, (_all, code: string) => {
    const value = KNOWN.has(code) ? values[code as TemplateCode] : null
    return value ? escapeHtml(value) : ""
  })
}
