import { createHmac } from "node:crypto"
import PDFDocument from "pdfkit"
import { createTranslator, resolveEmailLocale } from "./email/i18n"
import { HUMAN_CODE_ALPHABET } from "./secure-token"

/**
 * The letter half of a two-part activation. Only its hash is stored, yet staff must be able to download the
 * letter after issuing it (to print it again, say): so the code is derived from the activation's id with an
 * HMAC keyed by the server secret, and can be rebuilt by the server alone. A copy of the database, which holds
 * the id and the hash, still does not reveal it.
 */
export function deriveLetterCode(secret: string, activationId: string): string {
  const digest = createHmac("sha256", secret).update(`activation-letter-code:${activationId}`, "utf8").digest()
  let code = ""
  for (let i = 0; i < 8; i++) code += HUMAN_CODE_ALPHABET[digest[i] % HUMAN_CODE_ALPHABET.length]
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

export type ActivationLetter = {
  locale: string
  business_name: string
  recipient: { name: string; account_name: string; lines: string[] }
  email: string
  code: string
  activation_url: string
  expires_at: Date
}

// pdfkit's built-in Helvetica only covers Windows-1252, which lacks Slovak letters such as č, ľ or ť: the
// letter uses DejaVu Sans, shipped as a dependency so that it never depends on the server's fonts.
// PORTAL_PDF_FONT may point at another TrueType font (a brand font).
function letterFont(): string {
  return process.env.PORTAL_PDF_FONT || require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")
}

/** Renders the letter to post: sender, client address block, the code in large type, steps, expiry. */
export function renderActivationLetter(letter: ActivationLetter): Promise<Buffer> {
  const t = createTranslator(resolveEmailLocale(letter.locale))
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: t("activationLetter.title"), Author: letter.business_name } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  doc.registerFont("body", letterFont()).font("body")

  const expires = new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "UTC" }).format(letter.expires_at)
  doc.fontSize(16).text(letter.business_name)
  doc.moveDown(3)
  // Address block placed for a right-hand window envelope.
  doc.fontSize(11)
  const addressTop = doc.y
  for (const line of [letter.recipient.name, letter.recipient.account_name, ...letter.recipient.lines].filter(Boolean)) {
    doc.text(line, 320, undefined, { width: 220 })
  }
  doc.x = doc.page.margins.left
  doc.y = Math.max(doc.y, addressTop + 90)
  doc.moveDown(2)
  doc.fontSize(11).text(new Intl.DateTimeFormat(t.locale, { dateStyle: "long" }).format(new Date()), { align: "right" })
  doc.moveDown(2)
  doc.fontSize(15).text(t("activationLetter.title"))
  doc.moveDown()
  doc.fontSize(11)
  doc.text(letter.recipient.name ? t("portalWelcome.greeting", { first_name: letter.recipient.name }) : t("portalWelcome.greetingNeutral"))
  doc.moveDown(0.5)
  doc.text(t("activationLetter.intro", { account_name: letter.recipient.account_name, email: letter.email }))
  doc.moveDown(1.5)
  doc.fontSize(10).text(t("activationLetter.codeLabel"), { align: "center" })
  doc.fontSize(28).text(letter.code, { align: "center", characterSpacing: 4 })
  doc.moveDown(1.5)
  doc.fontSize(11)
  doc.text(t("activationLetter.step1", { url: letter.activation_url }))
  doc.text(t("activationLetter.step2"))
  doc.text(t("activationLetter.step3"))
  doc.moveDown()
  doc.text(t("activationLetter.expires", { expires }))
  doc.moveDown()
  doc.fontSize(9).text(t("activationLetter.keep"))
  doc.end()
  return done
}
