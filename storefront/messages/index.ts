import type core from "./en.json"
import type billing from "./billing/en.json"
import type fleet from "./fleet/en.json"
import type interventions from "./interventions/en.json"
import type orderPad from "./order-pad/en.json"
import type planning from "./planning/en.json"
import type quotes from "./quotes/en.json"
import type rentals from "./rentals/en.json"
import type support from "./support/en.json"

/**
 * The portal's strings for one language: the core file plus one file per feature
 * (`messages/<feature>/<locale>.json`), each reached under its own key (`Quotes.…`, `Fleet.…`).
 * English is the reference; the other languages mirror its keys.
 */
export type Messages = typeof core & { Billing: typeof billing; Fleet: typeof fleet; Interventions: typeof interventions; OrderPad: typeof orderPad; Planning: typeof planning; Quotes: typeof quotes; Rentals: typeof rentals; Support: typeof support }

export async function loadMessages(locale: string): Promise<Messages> {
  const [core, billing, fleet, interventions, orderPad, planning, quotes, rentals, support] = await Promise.all([
    import(`./${locale}.json`),
    import(`./billing/${locale}.json`),
    import(`./fleet/${locale}.json`),
    import(`./interventions/${locale}.json`),
    import(`./order-pad/${locale}.json`),
    import(`./planning/${locale}.json`),
    import(`./quotes/${locale}.json`),
    import(`./rentals/${locale}.json`),
    import(`./support/${locale}.json`),
  ])
  return { ...core.default, Billing: billing.default, Fleet: fleet.default, Interventions: interventions.default, OrderPad: orderPad.default, Planning: planning.default, Quotes: quotes.default, Rentals: rentals.default, Support: support.default }
}
