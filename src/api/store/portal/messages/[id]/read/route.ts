import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPortalActor } from "../../../../../../lib/portal-actor"
import { storeThreadDetail } from "../../../../../../lib/support/inbox"
import { findVisibleThread } from "../../../../../../lib/support/threads"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The member opened the thread: its messages addressed to them are read (the sender sees when). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await findVisibleThread(req.scope, actor, req.params.id)
  // A read-only session (staff viewing as the client) must not mark anything read for the member.
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  res.json({ message: await storeThreadDetail(req.scope, actor, req.params.id, { read: true }) })
}
