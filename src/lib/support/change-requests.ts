import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminChangeRequest, AuditEntryDto, StoreChangeRequest } from "../../modules/support/contract"
import type SupportModuleService from "../../modules/support/service"
import { supportOf } from "./threads"

type Loaded = Awaited<ReturnType<SupportModuleService["listChangeRequests"]>>[number]
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

export const presentChangeRequest = (r: Loaded): StoreChangeRequest => ({
  id: r.id,
  target: r.target,
  site_id: r.site_id,
  status: r.status,
  note: r.note,
  requested_by_name: r.requested_by_name,
  decided_at: iso(r.decided_at),
  created_at: iso(r.created_at)!,
  fields: (r.fields ?? []).map((f) => ({
    id: f.id,
    field: f.field,
    current_value: f.current_value,
    proposed_value: f.proposed_value,
    decision: f.decision,
    reason: f.reason,
    decided_at: iso(f.decided_at),
    applied_at: iso(f.applied_at),
  })),
})

export async function loadChangeRequest(scope: MedusaContainer, id: string, accountId?: string): Promise<Loaded> {
  const [request] = await supportOf(scope).listChangeRequests({ id, ...(accountId ? { account_id: accountId } : {}) }, { relations: ["fields"] })
  if (!request) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request with id: ${id} was not found`)
  return request
}

export async function adminChangeRequest(scope: MedusaContainer, request: Loaded, accountName: string | null): Promise<AdminChangeRequest> {
  const audit = await supportOf(scope).listChangeAuditEntries({ change_request_id: request.id }, { order: { created_at: "ASC" }, take: null })
  return {
    ...presentChangeRequest(request),
    account_id: request.account_id,
    account_name: accountName,
    requested_by_member_id: request.requested_by_member_id,
    decided_by: request.decided_by,
    audit: audit.map(
      (a): AuditEntryDto => ({
        id: a.id,
        action: a.action as AuditEntryDto["action"],
        field: a.field,
        old_value: a.old_value,
        new_value: a.new_value,
        reason: a.reason,
        actor_type: a.actor_type as AuditEntryDto["actor_type"],
        actor_id: a.actor_id,
        created_at: iso(a.created_at)!,
      })
    ),
  }
}
