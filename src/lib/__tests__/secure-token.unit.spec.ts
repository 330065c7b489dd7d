import { parseAccessIdentifier } from "../access-identifier"
import { checkRateLimit } from "../rate-limit"
import {
  generateAccessCode,
  generateActivationCodes,
  generateSecureToken,
  hashesMatch,
  hashSecureToken,
  hashShortCode,
  HUMAN_CODE_ALPHABET,
} from "../secure-token"

describe("secure tokens and codes", () => {
  it("makes 43-character base64url link tokens whose stored form is their SHA-256", () => {
    const { token, hash } = generateSecureToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(hash).toBe(hashSecureToken(token))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(generateSecureToken().token).not.toBe(token)
  })

  it("makes 6-digit sign-in codes, leading zeros kept, spread over the range", () => {
    const codes = Array.from({ length: 2000 }, generateAccessCode)
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(1990)
  })

  it("keys short-code hashes with the secret and the purpose", () => {
    const a = hashShortCode("123456", "secret-a", "access-code")
    expect(a).toBe(hashShortCode(" 123456 ", "secret-a", "access-code"))
    expect(a).not.toBe(hashShortCode("123456", "secret-b", "access-code"))
    expect(a).not.toBe(hashShortCode("123456", "secret-a", "activation-email"))
    expect(hashesMatch(a, a)).toBe(true)
    expect(hashesMatch(a, hashShortCode("123457", "secret-a", "access-code"))).toBe(false)
    expect(hashesMatch(a, null)).toBe(false)
  })

  it("makes activation codes from an unambiguous alphabet, checked whatever the case and dashes", () => {
    const codes = generateActivationCodes("s")
    for (const code of [codes.letter_code, codes.email_code]) {
      expect(code).toMatch(new RegExp(`^[${HUMAN_CODE_ALPHABET}]{4}-[${HUMAN_CODE_ALPHABET}]{4}$`))
    }
    expect(hashShortCode(codes.letter_code.toLowerCase().replace("-", " "), "s", "activation-letter")).toBe(codes.letter_code_hash)
    expect(codes.letter_code_hash).not.toBe(hashShortCode(codes.letter_code, "s", "activation-email"))
  })
})

describe("access identifiers", () => {
  it("normalizes e-mails and phone numbers, and refuses anything else", () => {
    expect(parseAccessIdentifier(" Claire@Acme.FR ")).toEqual({ kind: "email", value: "claire@acme.fr" })
    expect(parseAccessIdentifier("+39 333 123-4567")).toEqual({ kind: "phone", value: "+393331234567" })
    expect(parseAccessIdentifier("0039 (333) 1234567")).toEqual({ kind: "phone", value: "+393331234567" })
    expect(parseAccessIdentifier("hello")).toBeNull()
    expect(parseAccessIdentifier("12")).toBeNull()
    expect(parseAccessIdentifier("a@b")).toBeNull()
  })
})

describe("checkRateLimit", () => {
  const now = new Date("2026-01-01T12:00:00Z")
  const rule = { limit: 3, windowMs: 60 * 60 * 1000 }
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000)

  it("lets requests through under the limit", async () => {
    expect(await checkRateLimit(rule, async () => [minutesAgo(1), minutesAgo(2)], now)).toEqual({ limited: false })
  })

  it("at the limit, asks to wait until the oldest counted row leaves the window", async () => {
    const result = await checkRateLimit(rule, async () => [minutesAgo(1), minutesAgo(10), minutesAgo(50)], now)
    expect(result).toEqual({ limited: true, retryAfterSeconds: 600 })
  })

  it("asks the source for rows newer than the window, at most `limit` of them", async () => {
    const recent = jest.fn(async () => [])
    await checkRateLimit(rule, recent, now)
    expect(recent).toHaveBeenCalledWith(minutesAgo(60), 3)
  })
})
