import type core from "./en.json"
import type fleet from "./fleet/en.json"
import type quotes from "./quotes/en.json"
import type support from "./support/en.json"

/**
 * The portal's strings for one language: the core file plus one file per feature
 * (`messages/<feature>/<locale>.json`), each reached under its own key (`Quotes.…`, `Fleet.…`).
 * English is the reference; the other languages mirror its keys.
 */
export type Messages = typeof core & { Quotes: typeof quotes; Fleet: typeof fleet; Support: typeof support }

export async function loadMessages(locale: string): Promise<Messages> {
  const [core, quotes, fleet, support] = await Promise.all([
    import(`./${locale}.json`),
    import(`./quotes/${locale}.json`),
    import(`./fleet/${locale}.json`),
    import(`./support/${locale}.json`),
  ])
  return { ...core.default, Quotes: quotes.default, Fleet: fleet.default, Support: support.default }
}
