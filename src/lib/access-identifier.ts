/**
 * What a client types to sign in: an e-mail address or a phone number, normalized so that "Claire@Acme.fr "
 * and "claire@acme.fr", or "+39 333 123 4567" and "0039-333-1234567", are the same person.
 */
export type AccessIdentifier = { kind: "email" | "phone"; value: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase()
}

/**
 * Keeps the digits and a leading "+"; "00" (international prefix) becomes "+". A number without a country
 * code stays as typed digits: we cannot guess the country.
 */
export function normalizePhone(raw: string): string {
  const trimmed = raw.trim()
  const digits = trimmed.replace(/\D/g, "")
  if (trimmed.startsWith("+")) return `+${digits}`
  if (digits.startsWith("00")) return `+${digits.slice(2)}`
  return digits
}

/** The identifier, or null when it is neither an e-mail address nor a phone number. */
export function parseAccessIdentifier(raw: string): AccessIdentifier | null {
  const trimmed = raw.trim()
  if (trimmed.includes("@")) {
    const value = normalizeEmail(trimmed)
    return EMAIL.test(value) && value.length <= 254 ? { kind: "email", value } : null
  }
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null
  const value = normalizePhone(trimmed)
  const digits = value.replace(/\D/g, "")
  return digits.length >= 6 && digits.length <= 15 ? { kind: "phone", value } : null
}
