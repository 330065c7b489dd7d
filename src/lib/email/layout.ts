import { MedusaError } from "@medusajs/framework/utils"
import type { Translator } from "./i18n"

/** What a notification carries in `data`: untyped JSON, so templates read it through the helpers below. */
export type EmailData = Record<string, unknown>

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}

export type EmailTemplate = (data: EmailData, t: Translator) => RenderedEmail

/** The content of a standard mail, in plain text: the layout escapes it for the HTML part. */
export interface EmailContent {
  subject: string
  heading: string
  paragraphs: string[]
  /** A call to action: a button in HTML, the bare URL in text. */
  action?: { label: string; url: string }
  afterAction?: string[]
  /** Replaces the client-facing footer, for mails to staff. */
  footer?: string
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char])
}

/**
 * A single-line value (names, numbers, references): whitespace runs, line breaks included, collapse to
 * one space so data can never add lines to a subject. Numbers are accepted because references
 * sometimes arrive as numbers.
 */
export function readText(data: EmailData, key: string): string | undefined {
  const value = data[key]
  if (typeof value === "number" && Number.isFinite(value)) {
    return String(value)
  }
  if (typeof value !== "string") {
    return undefined
  }
  const line = value.replace(/\s+/g, " ").trim()
  return line === "" ? undefined : line
}

/** Only http(s) links may reach an href or img src: a `javascript:` URL in data must never become clickable. */
export function readUrl(data: EmailData, key: string): string | undefined {
  const value = readText(data, key)
  if (value === undefined) {
    return undefined
  }
  try {
    const { protocol } = new URL(value)
    return protocol === "https:" || protocol === "http:" ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * For links a mail is pointless without: failing the render surfaces the caller's bug in the
 * notification's status instead of sending a mail with nothing to click.
 */
export function requireUrl(data: EmailData, key: string, template: string): string {
  const url = readUrl(data, key)
  if (url === undefined) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `E-mail template "${template}" needs data.${key} as an http(s) URL`
    )
  }
  return url
}

const FONT = "font-family:Helvetica,Arial,sans-serif;"
const PARAGRAPH = "margin:0 0 16px;font-size:15px;line-height:24px;"

function footerText(data: EmailData, t: Translator): string {
  const businessName = readText(data, "business_name")
  return businessName
    ? t("layout.footer", { business_name: businessName })
    : t("layout.footerNeutral")
}

function renderHeader(data: EmailData): string {
  const businessName = readText(data, "business_name")
  const logoUrl = readUrl(data, "logo_url")
  if (logoUrl) {
    return `<img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(businessName ?? "")}" height="40" style="display:block;height:40px;width:auto;border:0;">`
  }
  if (businessName) {
    return `<span style="${FONT}font-size:18px;font-weight:bold;color:#18181b;">${escapeHtml(businessName)}</span>`
  }
  return ""
}

function renderParagraphs(paragraphs: string[]): string {
  return paragraphs.map((p) => `<p style="${PARAGRAPH}">${escapeHtml(p)}</p>`).join("\n")
}

function renderAction(action: NonNullable<EmailContent["action"]>, t: Translator): string {
  const href = escapeHtml(action.url)
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td style="border-radius:6px;background-color:#18181b;">
<a href="${href}" style="display:inline-block;padding:12px 24px;${FONT}font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a>
</td></tr>
</table>
<p style="margin:0 0 16px;font-size:13px;line-height:20px;color:#52525b;">${escapeHtml(t("layout.linkFallback"))}<br>
<a href="${href}" style="color:#2563eb;word-break:break-all;">${href}</a></p>`
}

function renderHtml(data: EmailData, t: Translator, content: EmailContent): string {
  const header = renderHeader(data)
  return `<!DOCTYPE html>
<html lang="${t.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;${FONT}color:#18181b;">
${header ? `<tr><td style="padding:24px 32px;border-bottom:1px solid #e4e4e7;">${header}</td></tr>` : ""}
<tr><td style="padding:32px;${FONT}">
<h1 style="margin:0 0 16px;font-size:20px;line-height:28px;">${escapeHtml(content.heading)}</h1>
${renderParagraphs(content.paragraphs)}
${content.action ? renderAction(content.action, t) : ""}
${renderParagraphs(content.afterAction ?? [])}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e4e4e7;${FONT}font-size:12px;line-height:18px;color:#71717a;">${escapeHtml(content.footer ?? footerText(data, t))}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`
}

function renderText(data: EmailData, t: Translator, content: EmailContent): string {
  const blocks = [
    content.heading,
    ...content.paragraphs,
    // Label and URL on separate lines: no punctuation to localise, and the URL stays whole for clients that linkify it.
    ...(content.action ? [`${content.action.label}\n${content.action.url}`] : []),
    ...(content.afterAction ?? []),
    // "-- " is the standard signature separator mail clients recognise and fold.
    `-- \n${content.footer ?? footerText(data, t)}`,
  ]
  return `${blocks.join("\n\n")}\n`
}

/** Builds both parts of a standard mail from the same content, so HTML and text never drift apart. */
export function composeEmail(data: EmailData, t: Translator, content: EmailContent): RenderedEmail {
  return {
    subject: content.subject,
    html: renderHtml(data, t, content),
    text: renderText(data, t, content),
  }
}
