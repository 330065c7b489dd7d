import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { quoteEventData, type ClientActor } from "./client-action"
import { createQuoteOrderStep } from "./steps/create-quote-order"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { linkQuoteOrderStep } from "./steps/link-quote-order"
import { transitionQuoteStep } from "./steps/transition-quote"
import { validateAcceptanceStep } from "./steps/validate-acceptance"

export type AcceptQuoteInput = {
  id: string
  actor: ClientActor & { customer_id: string }
  can_approve: boolean
  selected_optional_line_ids: string[]
  version?: number
  signature_name?: string | null
  ip?: string | null
  /** Unique per request: only this run may release the lock it took. */
  lock_owner: string
}

export const acceptQuoteWorkflowId = "accept-quote"

/**
 * One-click acceptance. Under a lock on the quote, it checks the acceptance may go ahead, moves the quote to
 * accepted (refused with 409 if it moved since it was read), creates the Medusa order and links it. A repeat
 * (double click, second tab, retried request) finds the quote accepted and answers the same order. If the
 * order cannot be created the quote is put back as it was, and if anything fails after the order exists the
 * order is deleted: never one half alone.
 */
export const acceptQuoteWorkflow = createWorkflow(acceptQuoteWorkflowId, (input: AcceptQuoteInput) => {
  const lockKey = transform({ input }, ({ input }) => `portal-quote-accept:${input.id}`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120, ownerId: input.lock_owner })
  const plan = validateAcceptanceStep(
    transform({ input }, ({ input }) => ({
      quote_id: input.id,
      account_id: input.actor.account_id,
      customer_id: input.actor.customer_id,
      can_approve: input.can_approve,
      selected_optional_line_ids: input.selected_optional_line_ids,
      version: input.version,
      signature_name: input.signature_name,
    }))
  )
  const created = when({ plan }, ({ plan }) => !plan.existing_order_id).then(() => {
    // The lock makes repeats of one acceptance wait for each other; the transition refuses the acceptance if
    // staff or the expiry job moved the quote after it was read (they do not take this lock).
    transitionQuoteStep(
      transform({ input, plan }, ({ input, plan }) => ({
        id: plan.quote.id,
        transition: "accept" as const,
        version: plan.version,
        fields: {
          accepted_at: new Date(),
          accepted_version: plan.version,
          accepted_by_customer_id: input.actor.customer_id,
          accepted_by_name: input.actor.name,
          accepted_ip: input.ip ?? null,
          signature_name: input.signature_name?.trim() || null,
          accepted_line_ids: plan.accepted_line_ids,
        },
      }))
    )
    const order = createQuoteOrderStep(transform({ plan }, ({ plan }) => plan.order))
    linkQuoteOrderStep(transform({ plan, order }, ({ plan, order }) => ({ id: plan.quote.id, order_id: order.id })))
    recordQuoteStatusStep(
      transform({ input, plan }, ({ input, plan }) => [
        {
          quote_id: plan.quote.id,
          account_id: plan.quote.account_id,
          status: "accepted" as const,
          version: plan.version,
          actor_type: "client" as const,
          actor_id: input.actor.customer_id,
          actor_name: input.actor.name,
          note: input.signature_name ? `signed by ${input.signature_name.trim()}` : null,
        },
      ])
    )
    emitEventStep(
      transform({ input, plan, order }, ({ input, plan, order }) => ({
        eventName: "portal.quote.accepted",
        data: quoteEventData(plan.quote, input.actor, { order_id: order.id, total: plan.total, version: plan.version }),
      }))
    )
    return order
  })
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  const orderId = transform({ plan, created }, ({ plan, created }) => (created ? created.id : plan.existing_order_id!))
  return new WorkflowResponse({ order_id: orderId, repeated: transform({ plan }, ({ plan }) => Boolean(plan.existing_order_id)) })
})
