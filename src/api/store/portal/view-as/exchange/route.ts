import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { exchangeViewAsCodeWorkflow } from "../../../../../workflows/client-account/exchange-view-as-code"
import type { ExchangeViewAsCodeType } from "../validators"

/**
 * The portal's view-as page posts the one-time code from the staff URL here, server-side, and keeps the
 * answered token as the session. A code works once; anything else answers 401.
 */
export async function POST(req: MedusaRequest<ExchangeViewAsCodeType>, res: MedusaResponse) {
  const { result } = await exchangeViewAsCodeWorkflow(req.scope).run({ input: { code: req.validatedBody.code } })
  res.json({ token: result })
}
