import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import type { AdminDocument, AdminDocumentSummary, StoreDocument } from "../../modules/support/contract"
import type { DocumentReader, DocumentRow } from "../../modules/support/service"
import type { DocumentAudience } from "../../modules/support/statuses"
import { notifyClients } from "../notifications/deliver"
import type { PortalActor } from "../portal-actor"
import { supportOf } from "./threads"

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Document with id: ${id} was not found`)

export const STORE_DOCUMENTS_BASE = "/store/portal/documents"
export const ADMIN_DOCUMENTS_BASE = "/admin/portal/documents"

/**
 * The library's reader for a portal session. A site-limited session also needs the machines at its sites,
 * read from the fleet, since a machine's document follows the machine's site.
 */
export async function documentReader(scope: MedusaContainer, actor: PortalActor): Promise<DocumentReader> {
  const siteIds = actor.site_ids?.length ? actor.site_ids : null
  let equipmentIds: string[] | null = null
  if (siteIds) {
    const machines = await scope.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ account_id: actor.account_id, site_id: siteIds }, { select: ["id"], take: null })
    equipmentIds = machines.map((m) => m.id)
  }
  return { account_id: actor.account_id, member_id: actor.member_id, site_ids: siteIds, equipment_ids: equipmentIds }
}

/** The sites of the machines some documents are for, so a machine's document tells where it applies. */
export async function machineSites(scope: MedusaContainer, rows: Pick<DocumentRow, "equipment_id">[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.equipment_id).filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const machines = await scope.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ id: ids }, { select: ["id", "site_id"], take: null })
  return new Map(machines.map((m) => [m.id, m.site_id]))
}

const common = (row: DocumentRow, sites: Map<string, string>) => ({
  id: row.id,
  title: row.title,
  description: row.description,
  category: row.category,
  audience: row.audience,
  site_id: row.site_id ?? (row.equipment_id ? sites.get(row.equipment_id) ?? null : null),
  equipment_id: row.equipment_id,
  version: row.current_version,
  valid_from: iso(row.valid_from),
  valid_until: iso(row.valid_until),
  published_at: iso(row.published_at),
  updated_at: iso(row.version_at)!,
})

export const presentStoreDocument = (row: DocumentRow, sites: Map<string, string>): StoreDocument => ({
  ...common(row, sites),
  is_new: row.is_new,
  file: { id: row.current_version_id, name: row.file_name, mime_type: row.mime_type, size: row.size, url: `${STORE_DOCUMENTS_BASE}/${row.id}/file` },
})

export const presentAdminDocumentSummary = (row: DocumentRow, sites: Map<string, string>): AdminDocumentSummary => ({
  ...common(row, sites),
  account_id: row.account_id,
  read_count: row.read_count,
})

/** A document the portal session may see (published, valid, its audience), else 404 like a missing one. */
export async function findVisibleDocument(scope: MedusaContainer, actor: PortalActor, id: string): Promise<DocumentRow> {
  const reader = await documentReader(scope, actor)
  const { rows } = await supportOf(scope).listDocumentRows({ reader, id, limit: 1, offset: 0 })
  if (!rows[0]) throw notFound(id)
  return rows[0]
}

/** A document with every version and who read which, for staff; 404 when it does not exist. */
export async function adminDocument(scope: MedusaContainer, id: string): Promise<AdminDocument> {
  const support = supportOf(scope)
  const { rows } = await support.listDocumentRows({ id, limit: 1, offset: 0 })
  if (!rows[0]) throw notFound(id)
  const row = rows[0]
  const [versions, reads] = await Promise.all([
    support.listDocumentVersions({ document_id: id }, { order: { version: "DESC" }, take: null }),
    support.listDocumentReads({ document_id: id }, { order: { read_at: "DESC" }, take: null }),
  ])
  return {
    ...presentAdminDocumentSummary(row, await machineSites(scope, [row])),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      name: v.name,
      mime_type: v.mime_type,
      size: v.size,
      note: v.note,
      url: `${ADMIN_DOCUMENTS_BASE}/${id}/versions/${v.id}/file`,
      created_at: iso(v.created_at)!,
    })),
    reads: reads.map((r) => ({ member_id: r.member_id, member_name: r.member_name, version: r.version, read_at: iso(r.read_at)! })),
  }
}

export type DocumentAudienceInput = { audience: DocumentAudience; account_id?: string | null; site_id?: string | null; equipment_id?: string | null }

/**
 * Who a document is for, checked and completed: a site's or a machine's document belongs to the account that
 * owns it (given or not, a mismatch is refused), and nothing outside the audience is kept.
 */
export async function resolveAudience(
  scope: MedusaContainer,
  input: DocumentAudienceInput
): Promise<{ audience: DocumentAudience; account_id: string | null; site_id: string | null; equipment_id: string | null }> {
  const accounts = scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
  const ownedBy = (owner: string) => {
    if (input.account_id && input.account_id !== owner) throw refuse("account_id: the site or machine belongs to another account")
    return owner
  }
  switch (input.audience) {
    case "all":
      return { audience: "all", account_id: null, site_id: null, equipment_id: null }
    case "account": {
      if (!input.account_id) throw refuse("account_id is required for a document to one account")
      const [account] = await accounts.listClientAccounts({ id: input.account_id }, { select: ["id"] })
      if (!account) throw refuse(`account_id: no account ${input.account_id}`)
      return { audience: "account", account_id: account.id, site_id: null, equipment_id: null }
    }
    case "site": {
      if (!input.site_id) throw refuse("site_id is required for a document to one site")
      const [site] = await accounts.listSites({ id: input.site_id }, { select: ["id", "account_id"] })
      if (!site) throw refuse(`site_id: no site ${input.site_id}`)
      return { audience: "site", account_id: ownedBy(site.account_id), site_id: site.id, equipment_id: null }
    }
    case "equipment": {
      if (!input.equipment_id) throw refuse("equipment_id is required for a document to one machine")
      const [machine] = await scope.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ id: input.equipment_id }, { select: ["id", "account_id"] })
      if (!machine) throw refuse(`equipment_id: no machine ${input.equipment_id}`)
      return { audience: "equipment", account_id: ownedBy(machine.account_id), site_id: null, equipment_id: machine.id }
    }
  }
}

/**
 * Tells the document's audience that a document or a new version was published (`support.document.shared`):
 * every member of every account for `all`, the account's members for `account`, and for a site's or a
 * machine's document only the members whose sites cover it, as the library lists it to them. A document
 * already expired is not told. Once per version and member: a redelivered event notifies nothing twice.
 */
export async function notifyDocumentShared(scope: MedusaContainer, documentId: string): Promise<{ accounts: number; notified: number }> {
  const [row] = await supportOf(scope).listSharedDocuments(
    { id: documentId },
    { select: ["id", "title", "audience", "account_id", "site_id", "equipment_id", "current_version", "published_at", "valid_until"], take: 1 }
  )
  if (!row?.published_at || (row.valid_until && new Date(row.valid_until).getTime() < Date.now())) return { accounts: 0, notified: 0 }
  const accountIds =
    row.audience === "all"
      ? (await scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listClientAccounts({}, { select: ["id"], take: null })).map((a) => a.id)
      : row.account_id
        ? [row.account_id]
        : []
  const siteId = row.audience === "site" ? row.site_id : row.audience === "equipment" ? (await machineSites(scope, [row])).get(row.equipment_id!) ?? null : undefined
  let notified = 0
  for (const accountId of accountIds) {
    const outcome = await notifyClients(scope, {
      event: "support.document.shared",
      account_id: accountId,
      site_id: siteId,
      params: { title: row.title, version: row.current_version },
      link: "/documents",
      key: `document:${row.id}:${row.current_version}`,
      data: { document_id: row.id, version: row.current_version },
    })
    notified += outcome.notified.length
  }
  return { accounts: accountIds.length, notified }
}
