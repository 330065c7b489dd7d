import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import type { ChangeTarget } from "../../../modules/support/statuses"
import { ADDRESS_FIELDS, METADATA_FIELDS } from "../../../lib/support/change-fields"

export type ApplyFieldsInput = { account_id: string; target: ChangeTarget; site_id: string | null; values: Record<string, string | null> }

type CustomerAddressBefore = { id: string; customer_id: string; values: Record<string, string | null> }
type Before = { input: ApplyFieldsInput; record: Record<string, unknown>; metadata: Record<string, unknown> | null; addresses: CustomerAddressBefore[] }

/**
 * Writes exactly the approved values to the account or the site; an account's billing address also goes to
 * the members' Medusa customers' default billing addresses, which hold it for orders. Everything is put
 * back as it was on failure.
 */
export const applyApprovedFieldsStep = createStep("apply-support-change-fields", async (input: ApplyFieldsInput, { container }) => {
  const fields = Object.keys(input.values)
  if (!fields.length) return new StepResponse({ applied: [] as string[] }, null)
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  if (input.target === "site") {
    const site = await accounts.retrieveSite(input.site_id!)
    const record = Object.fromEntries(fields.map((f) => [f, (site as unknown as Record<string, unknown>)[f] ?? null]))
    await accounts.updateSites({ id: site.id, ...input.values })
    return new StepResponse({ applied: fields }, { input, record, metadata: null, addresses: [] } as Before)
  }
  const account = await accounts.retrieveClientAccount(input.account_id)
  const columns = fields.filter((f) => !(METADATA_FIELDS as readonly string[]).includes(f))
  const inMetadata = fields.filter((f) => (METADATA_FIELDS as readonly string[]).includes(f))
  const record = Object.fromEntries(columns.map((f) => [f, (account as unknown as Record<string, unknown>)[f] ?? null]))
  const metadata = (account.metadata as Record<string, unknown> | null) ?? null
  await accounts.updateClientAccounts({
    id: account.id,
    ...Object.fromEntries(columns.map((f) => [f, input.values[f]])),
    ...(inMetadata.length ? { metadata: { ...(metadata ?? {}), ...Object.fromEntries(inMetadata.map((f) => [f, input.values[f]])) } } : {}),
  })
  const addressFields = columns.filter((f) => (ADDRESS_FIELDS as readonly string[]).includes(f))
  const addresses: CustomerAddressBefore[] = []
  if (addressFields.length) {
    const members = await accounts.listAccountMembers({ account_id: account.id }, { select: ["customer_id"] })
    const customers = container.resolve(Modules.CUSTOMER)
    const billing = members.length ? await customers.listCustomerAddresses({ customer_id: members.map((m) => m.customer_id), is_default_billing: true }) : []
    for (const address of billing) {
      const values = Object.fromEntries(addressFields.map((f) => [f, (address as unknown as Record<string, string | null>)[f] ?? null]))
      addresses.push({ id: address.id, customer_id: address.customer_id, values })
      await customers.updateCustomerAddresses(address.id, Object.fromEntries(addressFields.map((f) => [f, input.values[f]])))
    }
  }
  return new StepResponse({ applied: fields }, { input, record, metadata, addresses } as Before)
}, async (before, { container }) => {
  if (!before) return
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  if (before.input.target === "site") {
    await accounts.updateSites({ id: before.input.site_id!, ...before.record })
    return
  }
  await accounts.updateClientAccounts({ id: before.input.account_id, ...before.record, metadata: before.metadata })
  const customers = container.resolve(Modules.CUSTOMER)
  for (const address of before.addresses) await customers.updateCustomerAddresses(address.id, address.values)
})
