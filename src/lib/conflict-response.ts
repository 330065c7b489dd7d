import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Runs `action`; a CONFLICT error is answered 409 with its own message. Medusa's error handler replaces every
 * conflict's message with a generic one about idempotency keys, which would hide the field that clashed
 * ("number", "email"). Returns undefined when it answered.
 */
export async function answerConflict<T>(res: MedusaResponse, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action()
  } catch (error) {
    const type = (error as { type?: string }).type
    if (type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: (error as Error).message })
      return undefined
    }
    throw error
  }
}
