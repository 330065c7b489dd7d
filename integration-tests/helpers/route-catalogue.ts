import fs from "node:fs"
import path from "node:path"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import middlewares from "../../src/api/middlewares"
import { ROUTE_CONTRACT, type RouteContract } from "../../src/api/utils/validate-request"

export const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]
export const READ_METHODS: readonly HttpMethod[] = ["GET", "HEAD", "OPTIONS"]

/** One route file: `/store/portal/quotes/[id]/accept` and the methods it exports. */
export type RouteFile = {
  template: string
  side: "store" | "admin"
  methods: HttpMethod[]
  params: string[]
  file: string
  /** It answers an event stream, which never ends: only who may open it is checked. */
  streams: boolean
}

const API_DIR = path.join(__dirname, "..", "..", "src", "api")

function findRouteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : findRouteFiles(full)
    return /^route\.[jt]s$/.test(entry.name) ? [full] : []
  })
}

/**
 * Every route file under src/api/store/portal and src/api/admin/portal, read from the disk (never a list
 * kept by hand), with the HTTP methods it exports. A file exporting anything that looks like a method but
 * is not one of Medusa's fails here, so that the matrix never silently skips it.
 */
export function listRouteFiles(): RouteFile[] {
  return (["store", "admin"] as const).flatMap((side) =>
    findRouteFiles(path.join(API_DIR, side, "portal")).map((file) => {
      const source = fs.readFileSync(file, "utf8")
      // Handlers: `export async function GET(` or `export const GET = (async) (…` / `function`.
      const exported = [
        ...source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\s*\(/g),
        ...source.matchAll(/export\s+const\s+([A-Z]+)\s*=\s*(?:async\s*)?(?:\(|function)/g),
      ].map((m) => m[1])
      const unknown = exported.filter((name) => !(HTTP_METHODS as readonly string[]).includes(name))
      const methods = exported.filter((name): name is HttpMethod => (HTTP_METHODS as readonly string[]).includes(name))
      if (unknown.length || !methods.length) throw new Error(`${file}: cannot tell its HTTP methods (${exported.join(", ") || "none"})`)
      const template = "/" + path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")
      const params = [...template.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1])
      return { template, side, methods, params, file: path.relative(API_DIR, file), streams: source.includes("text/event-stream") }
    })
  )
}

const routes = (middlewares as unknown as { routes: MiddlewareRoute[] }).routes

const matcherTest = (matcher: string | RegExp) => {
  if (matcher instanceof RegExp) return (url: string) => matcher.test(url)
  const pattern = matcher
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")))
    .join("/")
  const regex = new RegExp(`^${pattern}$`, "i")
  return (url: string) => regex.test(url)
}

/** The middleware entries src/api/middlewares.ts applies to this method and path. */
export function middlewaresFor(method: HttpMethod, url: string): MiddlewareRoute[] {
  return routes.filter((route) => {
    const methods = (route as { method?: string[]; methods?: string[] }).method ?? (route as { methods?: string[] }).methods
    return (!methods || methods.includes(method)) && matcherTest(route.matcher)(url)
  })
}

/** What the route validates: body and query schemas, and the fields a list lets a caller select. */
export function contractFor(method: HttpMethod, url: string): RouteContract {
  const contract: RouteContract = {}
  for (const route of middlewaresFor(method, url)) {
    for (const middleware of route.middlewares ?? []) {
      Object.assign(contract, (middleware as { [ROUTE_CONTRACT]?: RouteContract })[ROUTE_CONTRACT] ?? {})
    }
  }
  return contract
}

type JsonSchema = {
  type?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  enum?: unknown[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  exclusiveMinimum?: number
  maximum?: number
  minItems?: number
  items?: JsonSchema
}

export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema

/** The top-level fields a schema names (a body's or a query's), required or not. */
export const fieldsOf = (schema: z.ZodType): { name: string; schema: JsonSchema }[] =>
  Object.entries(jsonSchemaOf(schema).properties ?? {}).map(([name, inner]) => ({ name, schema: inner }))

const TOMORROW = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString()

/** A plausible value for one field: the first of an enum, a valid e-mail, a date for `*_at`, and so on. */
export function sampleValue(name: string, schema: JsonSchema): unknown {
  const options = schema.anyOf?.filter((s) => s.type !== "null")
  if (options?.length) return sampleValue(name, options[0])
  if (schema.enum?.length) return schema.enum[0]
  switch (schema.type) {
    case "object":
      return sampleObject(schema)
    case "array":
      return schema.minItems ? [sampleValue(name, schema.items ?? {})] : []
    case "boolean":
      return false
    case "number":
    case "integer": {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1)
      return Math.min(Math.max(low, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER)
    }
    case "string":
      if (schema.format === "email") return "matrix@example.com"
      if (/code$/.test(name) && schema.pattern?.includes("{3}")) return "eur"
      if (/code$/.test(name) && schema.pattern?.includes("{2}")) return "fr"
      if (schema.pattern?.includes("\\d{6}")) return "123456"
      return "m".repeat(Math.max(schema.minLength ?? 1, 8))
    default:
      // A preprocessed or coerced field (a date, a number sent as text): JSON Schema cannot say which.
      return /(_at|_until|date|^from|^to)$/.test(name) ? TOMORROW() : "m".repeat(8)
  }
}

function sampleObject(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries((schema.required ?? []).map((name) => [name, sampleValue(name, schema.properties?.[name] ?? {})]))
}

/** The smallest body this schema accepts, as far as its JSON Schema tells (required fields only). */
export const sampleBody = (schema: z.ZodType): Record<string, unknown> => sampleObject(jsonSchemaOf(schema))
