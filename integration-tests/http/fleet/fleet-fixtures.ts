import type { MedusaContainer } from "@medusajs/framework/types"
import type { MemberRole } from "../../../src/modules/clientAccount/models/account-member"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"

type Api = {
  post: (url: string, body?: unknown, config?: { headers?: Record<string, string> }) => Promise<{ data: unknown }>
}

type Created<K extends string> = { [key in K]: { id: string } }

export type Machine = { id: string; meter_id: string; plan_id?: string }

/**
 * A machine on a site, created through the staff routes the admin uses, with one hours meter and,
 * optionally, readings (oldest first) added as staff.
 */
export async function createMachine(
  api: Api,
  admin: AdminActor,
  { account_id, site_id, name, serial_number, readings = [] }: {
    account_id: string
    site_id: string
    name: string
    serial_number: string
    readings?: { value: number; read_at: Date }[]
  }
): Promise<Machine> {
  const headers = admin.headers
  const { data } = await api.post("/admin/portal/equipment", { account_id, site_id, name, serial_number, brand: "Atlas" }, { headers })
  const id = (data as Created<"equipment">).equipment.id
  const { data: created } = await api.post(`/admin/portal/equipment/${id}/meters`, { name: "Hours", kind: "hours", unit: "h" }, { headers })
  const meterId = (created as Created<"meter">).meter.id
  for (const reading of readings) {
    await api.post(`/admin/portal/equipment/${id}/meters/${meterId}/readings`, { value: reading.value, read_at: reading.read_at.toISOString() }, { headers })
  }
  return { id, meter_id: meterId }
}

/** Staff, a client company with one member of this role on one site, and a machine there with its meter. */
export async function createChartFixture(
  container: MedusaContainer,
  api: Parameters<typeof createClientCompany>[1] & Api,
  role: MemberRole
): Promise<{ admin: AdminActor; acme: ClientCompany; machine: Machine }> {
  const admin = await createAdmin(container, api)
  const key = await createPublishableKey(container)
  const acme = await createClientCompany(container, api, key, {
    name: "Acme Industrie",
    sites: ["Lyon plant"],
    members: [{ email: "claire@acme.test", role }],
  })
  const machine = await createMachine(api, admin, { account_id: acme.account_id, site_id: acme.site_ids[0], name: "Generator", serial_number: "G60-1" })
  return { admin, acme, machine }
}

export const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000)

export type ErrorResponse = { status: number; data: { message: string } }
export const failure = (e: { response: ErrorResponse }) => e.response
