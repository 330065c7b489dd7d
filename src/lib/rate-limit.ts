import type { MedusaResponse } from "@medusajs/framework/http"
import type ClientAccountModuleService from "../modules/clientAccount/service"
import type { AccessEvent } from "../modules/clientAccount/models/access-log-entry"

/**
 * Sliding-window rate limits counted from rows the portal writes anyway (sign-in codes, access-log
 * entries). Counting database rows, not process memory, keeps the limits right when server and worker
 * processes run apart or several servers sit behind a load balancer. A burst of requests arriving at the
 * same instant may each pass the check before any of them is written, overshooting by a few: acceptable
 * for abuse limits, which only need to bound the rate.
 */
export type RateLimitRule = { limit: number; windowMs: number }

export type RateLimitResult = { limited: false } | { limited: true; retryAfterSeconds: number }

export const HOUR_MS = 60 * 60 * 1000

/**
 * `recent(since, take)` lists the creation dates of the counted rows newer than `since`, newest first, at
 * most `take`. When `limit` rows fall in the window, the caller must wait until the oldest of them leaves it.
 */
export async function checkRateLimit(
  rule: RateLimitRule,
  recent: (since: Date, take: number) => Promise<Date[]>,
  now = new Date()
): Promise<RateLimitResult> {
  if (rule.limit <= 0) return { limited: false }
  const dates = await recent(new Date(now.getTime() - rule.windowMs), rule.limit)
  if (dates.length < rule.limit) return { limited: false }
  const oldest = Math.min(...dates.map((d) => new Date(d).getTime()))
  const retryAfterMs = oldest + rule.windowMs - now.getTime()
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }
}

/** Sign-in codes asked for (known identifiers or not) matching `filter`, for limits per identifier or per IP. */
export function limitByAccessCodes(
  service: ClientAccountModuleService,
  filter: { identifier?: string; ip?: string },
  rule: RateLimitRule
): Promise<RateLimitResult> {
  return checkRateLimit(rule, async (since, take) => {
    const rows = await service.listAccessCodes(
      { ...filter, created_at: { $gte: since } },
      { select: ["created_at"], order: { created_at: "DESC" }, take }
    )
    return rows.map((row) => new Date(row.created_at))
  })
}

/** Access-log events (e.g. refused links, failed codes) matching `filter`, for limits on failures. */
export function limitByAccessLog(
  service: ClientAccountModuleService,
  filter: { event: AccessEvent | AccessEvent[]; ip?: string; identifier?: string },
  rule: RateLimitRule
): Promise<RateLimitResult> {
  return checkRateLimit(rule, async (since, take) => {
    const rows = await service.listAccessLogEntries(
      { ...filter, created_at: { $gte: since } },
      { select: ["created_at"], order: { created_at: "DESC" }, take }
    )
    return rows.map((row) => new Date(row.created_at))
  })
}

/** Medusa's errors have no 429: the answer is written here, with the standard `Retry-After` (seconds). */
export function sendTooManyRequests(res: MedusaResponse, retryAfterSeconds: number, message: string): void {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({ type: "too_many_requests", message })
}

/** A positive integer from the environment, read at request time so that operators (and tests) can tune it. */
export function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value >= 0 && process.env[name]?.trim() ? value : fallback
}
