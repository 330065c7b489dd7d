import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Secrets the portal hands out (sign-in codes, secure-link tokens, activation codes) and how they are
 * stored: never in clear, only as a hash, compared in constant time.
 *
 * - Secure-link tokens carry 256 random bits: a plain SHA-256 is enough, nobody can brute-force them,
 *   and the hash can be looked up directly (unique index on token_hash).
 * - Sign-in and activation codes are short (6 digits, 8 characters): a plain hash of them could be
 *   reversed by trying every value, so they are hashed with HMAC-SHA256 keyed by a server secret (Medusa's
 *   jwtSecret): a copy of the database alone does not reveal them.
 */

/** A secure-link token (32 random bytes, base64url, 43 characters) and the hash to store. */
export function generateSecureToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: hashSecureToken(token) }
}

/** SHA-256 (hex) of a secure-link token, as stored in `client_secure_link.token_hash`. */
export function hashSecureToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/** A 6-digit sign-in code from the cryptographic generator, leading zeros kept. */
export function generateAccessCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0")
}

/** Letters and digits a person cannot confuse when reading a letter: no 0/O, 1/I/L, 5/S, 2/Z, 8/B. */
export const HUMAN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"

/** A code a person types from paper or an e-mail, e.g. "K7QX-94TM" (8 characters, shown in two groups). */
export function generateHumanCode(length = 8): string {
  let code = ""
  for (let i = 0; i < length; i++) code += HUMAN_CODE_ALPHABET[randomInt(0, HUMAN_CODE_ALPHABET.length)]
  return length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code
}

/** What a person typed, reduced to the characters that count: case, spaces and dashes do not matter. */
export function normalizeHumanCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "")
}

/**
 * HMAC-SHA256 (hex) of a short code. `purpose` separates the uses, so that the hash of a sign-in code can
 * never match an activation code's.
 */
export function hashShortCode(code: string, secret: string, purpose: "access-code" | "activation-letter" | "activation-email"): string {
  const normalized = purpose === "access-code" ? code.trim() : normalizeHumanCode(code)
  return createHmac("sha256", secret).update(`${purpose}:${normalized}`, "utf8").digest("hex")
}

/** Constant-time comparison of two hex hashes. */
export function hashesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false
  return timingSafeEqual(Buffer.from(a, "hex"), Buffer.from(b, "hex"))
}

/** The server secret short codes are keyed with: Medusa's jwtSecret, the one secret every host has. */
export function codeHashSecret(scope: MedusaContainer): string {
  const secret = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret
  // jwtSecret may be a KeyObject for asymmetric JWTs; codes need a plain string secret.
  if (typeof secret !== "string" || !secret) {
    throw new Error("projectConfig.http.jwtSecret must be a string to hash portal codes")
  }
  return secret
}

/**
 * The two halves of an activation: `letter_code` for the posted letter, `email_code` for the e-mail, with
 * the hashes to store in `client_activation`. Staff's "issue activation" workflow calls this.
 */
export function generateActivationCodes(secret: string): {
  letter_code: string
  email_code: string
  letter_code_hash: string
  email_code_hash: string
} {
  const letter_code = generateHumanCode(8)
  const email_code = generateHumanCode(8)
  return {
    letter_code,
    email_code,
    letter_code_hash: hashShortCode(letter_code, secret, "activation-letter"),
    email_code_hash: hashShortCode(email_code, secret, "activation-email"),
  }
}
