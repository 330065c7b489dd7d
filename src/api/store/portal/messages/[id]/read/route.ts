import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../../lib/portal-actor"
import { storeThreadDetail } from "../../../../../../lib/support/inbox"
import { findVisibleThread, markThreadRead } from "../../../../../../lib/support/threads"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The member opened the thread: its messages addressed to them are read (the sender sees when). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const thread = await findVisibleThread(req.scope, actor, req.params.id)
  await markThreadRead(req.scope, actor, thread.id)
  res.json({ message: await storeThreadDetail(req.scope, actor, thread.id) })
}
