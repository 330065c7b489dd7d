import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareFunction,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/**
 * What a route accepts: its body and query schemas and, for a list, the fields a client may select. It is
 * kept on the route's validation middleware, so that the whole API's contract can be read from
 * `src/api/middlewares.ts` (the route matrix test does, to send every route malformed input).
 */
export type RouteContract = { body?: z.ZodType; query?: z.ZodType; fields?: readonly string[] }

export const ROUTE_CONTRACT = Symbol.for("medusa-plugin-client-portal.route-contract")

export type ContractMiddleware = MiddlewareFunction & { [ROUTE_CONTRACT]: RouteContract }

const withContract = (middleware: MiddlewareFunction, contract: RouteContract): ContractMiddleware =>
  Object.assign(middleware, { [ROUTE_CONTRACT]: contract })

/**
 * Control characters other than tab and line breaks (PostgreSQL refuses NUL in any text, which would answer
 * 500; the others belong in no text a person types) and halves of a surrogate pair, which cannot be stored
 * as UTF-8 and would be silently replaced.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Where in a JSON body the first such text is (`lines.0.title`), or null. */
function fieldWithUnstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return UNSTORABLE_TEXT.test(value) ? path.join(".") || "body" : null
  if (value === null || typeof value !== "object") return null
  for (const [key, inner] of Object.entries(value)) {
    const found = fieldWithUnstorableText(inner, [...path, key])
    if (found) return found
  }
  return null
}

/**
 * Medusa's body validation (400 `invalid_data` naming the field), with its contract kept. Text that cannot
 * be stored as typed (control characters, a lone surrogate) is refused first, wherever it is in the body.
 */
export function validateBody(schema: z.ZodType): ContractMiddleware {
  const validate = validateAndTransformBody(schema as Parameters<typeof validateAndTransformBody>[0])
  return withContract((req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const field = fieldWithUnstorableText(req.body)
    if (field) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${field} must not contain control characters or invalid text`))
    return validate(req, res, next)
  }, { body: schema })
}

/** The query of a route that is not a list (a chart's period, a PDF's version): unknown parameters answer 400. */
export const validateQuery = (schema: z.ZodType): ContractMiddleware =>
  withContract(validateAndTransformQuery(schema as Parameters<typeof validateAndTransformQuery>[0], {}), { query: schema })

/**
 * A list route's query (a `listQuery` schema), with the fields the caller may select: `fields` asking for
 * anything else (a relation such as `*account.members`, a staff column) is dropped, never answered. The
 * list is required because Medusa treats a missing or empty one as "everything".
 */
export function validateListQuery(schema: z.ZodType, fields: readonly string[]): ContractMiddleware {
  if (!fields.length) throw new Error("validateListQuery needs the fields a caller may select")
  return withContract(
    validateAndTransformQuery(schema as Parameters<typeof validateAndTransformQuery>[0], {
      defaults: [...fields],
      allowed: [...fields],
      isList: true,
    }),
    { query: schema, fields }
  )
}
