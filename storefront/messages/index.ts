import type core from "./en.json"
import type billing from "./billing/en.json"
import type fleet from "./fleet/en.json"
import type quotes from "./quotes/en.json"

/**
 * The portal's strings for one language: the core file plus one file per feature
 * (`messages/<feature>/<locale>.json`), each reached under its own key (`Quotes.…`, `Fleet.…`, `Billing.…`).
 * English is the reference; the other languages mirror its keys.
 */
export type Messages = typeof core & { Quotes: typeof quotes; Fleet: typeof fleet; Billing: typeof billing }

export async function loadMessages(locale: string): Promise<Messages> {
  const [core, quotes, fleet, billing] = await Promise.all([
    import(`./${locale}.json`),
    import(`./quotes/${locale}.json`),
    import(`./fleet/${locale}.json`),
    import(`./billing/${locale}.json`),
  ])
  return { ...core.default, Quotes: quotes.default, Fleet: fleet.default, Billing: billing.default }
}
