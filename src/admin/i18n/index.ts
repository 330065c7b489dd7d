import en from "./json/en.json"
import fr from "./json/fr.json"
import it from "./json/it.json"
import sk from "./json/sk.json"
import billingEn from "./json/billing/en.json"
import billingFr from "./json/billing/fr.json"
import billingIt from "./json/billing/it.json"
import billingSk from "./json/billing/sk.json"
import alertsEn from "./json/alerts/en.json"
import alertsFr from "./json/alerts/fr.json"
import alertsIt from "./json/alerts/it.json"
import alertsSk from "./json/alerts/sk.json"
import fleetEn from "./json/fleet/en.json"
import fleetFr from "./json/fleet/fr.json"
import fleetIt from "./json/fleet/it.json"
import fleetSk from "./json/fleet/sk.json"
import quotesEn from "./json/quotes/en.json"
import quotesFr from "./json/quotes/fr.json"
import quotesIt from "./json/quotes/it.json"
import quotesSk from "./json/quotes/sk.json"

type Core = typeof en

/**
 * Merged into the dashboard's own translations; every key lives under the `clientPortal` namespace.
 * Each feature keeps its strings in its own folder (`json/<feature>/<lang>.json`), reached as
 * `clientPortal.<feature>.<key>`.
 */
const language = (core: Core, features: { alerts: object; billing: object; fleet: object; quotes: object }) => ({
  translation: { clientPortal: { ...core.clientPortal, ...features } },
})

export default {
  en: language(en, { alerts: alertsEn, billing: billingEn, fleet: fleetEn, quotes: quotesEn }),
  fr: language(fr, { alerts: alertsFr, billing: billingFr, fleet: fleetFr, quotes: quotesFr }),
  it: language(it, { alerts: alertsIt, billing: billingIt, fleet: fleetIt, quotes: quotesIt }),
  sk: language(sk, { alerts: alertsSk, billing: billingSk, fleet: fleetSk, quotes: quotesSk }),
}
