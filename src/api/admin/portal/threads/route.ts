import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { supportOf } from "../../../../lib/support/threads"
import type { AdminListThreadsType } from "../tickets/validators"

/** Threads with clients (announcements, conversations, tickets' threads), the latest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListThreadsType>, res: MedusaResponse) {
  const { account_id, kind } = req.validatedQuery as AdminListThreadsType
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [threads, count] = await supportOf(req.scope).listAndCountThreads(
    { ...(account_id ? { account_id } : {}), ...(kind ? { kind } : {}) },
    { select: ["id", "kind", "subject", "account_id", "site_id", "ticket_id", "recipient_member_ids", "last_message_at", "created_at"], order: { last_message_at: "DESC" }, skip, take }
  )
  res.json({ threads, count, offset: skip, limit: take })
}
