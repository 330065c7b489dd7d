/** Who acted in the portal, as events and the history record it. */
export type ClientActor = {
  account_id: string
  customer_id: string | null
  /** "Claire Martin (Acme Industrie)". */
  name: string | null
}

/** The PortalEventData of a client action on a quote. */
export function quoteEventData(
  quote: { id: string; number: string; account_id: string; salesperson_id: string | null; currency_code?: string },
  actor: ClientActor,
  extra: Record<string, unknown> = {}
) {
  return {
    id: quote.id,
    account_id: quote.account_id,
    actor_customer_id: actor.customer_id,
    actor_name: actor.name,
    staff_user_id: quote.salesperson_id,
    number: quote.number,
    currency_code: quote.currency_code,
    ...extra,
  }
}
