import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { storeThreadDetail } from "../../../../../lib/support/inbox"

export { AUTHENTICATE } from "../../authenticate-client"

/** One thread with its messages. A read writes nothing: POST …/read when the member opens it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  res.json({ message: await storeThreadDetail(req.scope, actor, req.params.id) })
}
