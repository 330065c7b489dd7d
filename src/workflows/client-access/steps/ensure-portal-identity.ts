import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { normalizeEmail, normalizePhone } from "../../../lib/access-identifier"
import { PORTAL_OTP_PROVIDER_ID } from "../../../providers/portal-otp/service"

export type EnsurePortalIdentityInput = {
  customer_id: string
  email?: string | null
  phone?: string | null
}

export type EnsurePortalIdentityResult = {
  auth_identity_id: string
  /** What this call created, so that a compensation removes exactly that. */
  created_auth_identity_id: string | null
  created_provider_identity_ids: string[]
}

/**
 * Makes a customer able to sign in with one-time codes: one auth identity whose `app_metadata.customer_id`
 * is the customer, with `portal-otp` provider identities for the normalized e-mail and, if any, the
 * normalized phone. Idempotent: what exists is kept, what is missing is added. An e-mail or phone already
 * tied to another customer's identity is left to that customer (and logged), never taken over.
 */
export async function ensurePortalIdentity(
  container: MedusaContainer,
  input: EnsurePortalIdentityInput
): Promise<EnsurePortalIdentityResult> {
  const auth = container.resolve(Modules.AUTH)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const entityIds = [
    input.email ? normalizeEmail(input.email) : null,
    input.phone ? normalizePhone(input.phone) : null,
  ].filter((id): id is string => !!id)

  // One lookup per identifier (at most two): the typed filter takes a single entity_id.
  const existing = (
    await Promise.all(
      entityIds.map((entity_id) => auth.listProviderIdentities({ provider: PORTAL_OTP_PROVIDER_ID, entity_id }))
    )
  ).flat()
  const owners = await Promise.all(
    [...new Set(existing.map((p) => p.auth_identity_id!))].map((id) => auth.retrieveAuthIdentity(id))
  )
  const ownerOf = (authIdentityId: string | undefined) => owners.find((o) => o.id === authIdentityId)
  const mine = existing.filter((p) => ownerOf(p.auth_identity_id)?.app_metadata?.customer_id === input.customer_id)
  const taken = existing.filter((p) => !mine.includes(p))
  for (const p of taken) {
    logger.warn(
      `Client portal: ${p.entity_id} already signs in another customer; not linked to customer ${input.customer_id}`
    )
  }
  const missing = entityIds.filter((id) => !existing.some((p) => p.entity_id === id))

  let authIdentityId = mine[0]?.auth_identity_id ?? null
  let createdAuthIdentityId: string | null = null
  let createdProviderIdentityIds: string[] = []
  if (!authIdentityId) {
    if (!missing.length) {
      throw new Error(`Customer ${input.customer_id} has no e-mail or phone free to sign in with`)
    }
    const created = await auth.createAuthIdentities({
      provider_identities: missing.map((entity_id) => ({ provider: PORTAL_OTP_PROVIDER_ID, entity_id })),
      app_metadata: { customer_id: input.customer_id },
    })
    authIdentityId = created.id
    createdAuthIdentityId = created.id
  } else if (missing.length) {
    const created = await auth.createProviderIdentities(
      missing.map((entity_id) => ({ provider: PORTAL_OTP_PROVIDER_ID, entity_id, auth_identity_id: authIdentityId! }))
    )
    createdProviderIdentityIds = created.map((p) => p.id)
  }
  return {
    auth_identity_id: authIdentityId,
    created_auth_identity_id: createdAuthIdentityId,
    created_provider_identity_ids: createdProviderIdentityIds,
  }
}

/** Removes what `ensurePortalIdentity` created (and only that). */
export async function undoEnsurePortalIdentity(
  container: MedusaContainer,
  result: Pick<EnsurePortalIdentityResult, "created_auth_identity_id" | "created_provider_identity_ids">
): Promise<void> {
  const auth = container.resolve(Modules.AUTH)
  if (result.created_auth_identity_id) await auth.deleteAuthIdentities([result.created_auth_identity_id])
  if (result.created_provider_identity_ids.length) {
    await auth.deleteProviderIdentities(result.created_provider_identity_ids)
  }
}

export const ensurePortalIdentityStepId = "ensure-portal-identity"

/**
 * For the member workflows (invite, create, activate): after the customer exists, call this so the member
 * can sign in with a code. Compensation removes the identities it created.
 */
export const ensurePortalIdentityStep = createStep(
  ensurePortalIdentityStepId,
  async (input: EnsurePortalIdentityInput, { container }) => {
    const result = await ensurePortalIdentity(container, input)
    return new StepResponse(result, {
      created_auth_identity_id: result.created_auth_identity_id,
      created_provider_identity_ids: result.created_provider_identity_ids,
    })
  },
  async (created, { container }) => {
    if (created) await undoEnsurePortalIdentity(container, created)
  }
)
