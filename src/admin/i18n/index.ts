import en from "./json/en.json"
import fr from "./json/fr.json"
import it from "./json/it.json"
import sk from "./json/sk.json"
import alertsEn from "./json/alerts/en.json"
import alertsFr from "./json/alerts/fr.json"
import alertsIt from "./json/alerts/it.json"
import alertsSk from "./json/alerts/sk.json"
import billingEn from "./json/billing/en.json"
import billingFr from "./json/billing/fr.json"
import billingIt from "./json/billing/it.json"
import billingSk from "./json/billing/sk.json"
import fleetEn from "./json/fleet/en.json"
import fleetFr from "./json/fleet/fr.json"
import fleetIt from "./json/fleet/it.json"
import fleetSk from "./json/fleet/sk.json"
import interventionsEn from "./json/interventions/en.json"
import interventionsFr from "./json/interventions/fr.json"
import interventionsIt from "./json/interventions/it.json"
import interventionsSk from "./json/interventions/sk.json"
import quotesEn from "./json/quotes/en.json"
import quotesFr from "./json/quotes/fr.json"
import quotesIt from "./json/quotes/it.json"
import quotesSk from "./json/quotes/sk.json"
import orderingEn from "./json/ordering/en.json"
import orderingFr from "./json/ordering/fr.json"
import orderingIt from "./json/ordering/it.json"
import orderingSk from "./json/ordering/sk.json"
import rentalsEn from "./json/rentals/en.json"
import rentalsFr from "./json/rentals/fr.json"
import rentalsIt from "./json/rentals/it.json"
import rentalsSk from "./json/rentals/sk.json"
import supportEn from "./json/support/en.json"
import supportFr from "./json/support/fr.json"
import supportIt from "./json/support/it.json"
import supportSk from "./json/support/sk.json"

type Core = typeof en

/**
 * Merged into the dashboard's own translations; every key lives under the `clientPortal` namespace.
 * Each feature keeps its strings in its own folder (`json/<feature>/<lang>.json`), reached as
 * `clientPortal.<feature>.<key>`.
 */
const language = (core: Core, features: { alerts: object; billing: object; fleet: object; interventions: object; ordering: object; quotes: object; rentals: object; support: object }) => ({
  translation: { clientPortal: { ...core.clientPortal, ...features } },
})

export default {
  en: language(en, { alerts: alertsEn, billing: billingEn, fleet: fleetEn, interventions: interventionsEn, ordering: orderingEn, quotes: quotesEn, rentals: rentalsEn, support: supportEn }),
  fr: language(fr, { alerts: alertsFr, billing: billingFr, fleet: fleetFr, interventions: interventionsFr, ordering: orderingFr, quotes: quotesFr, rentals: rentalsFr, support: supportFr }),
  it: language(it, { alerts: alertsIt, billing: billingIt, fleet: fleetIt, interventions: interventionsIt, ordering: orderingIt, quotes: quotesIt, rentals: rentalsIt, support: supportIt }),
  sk: language(sk, { alerts: alertsSk, billing: billingSk, fleet: fleetSk, interventions: interventionsSk, ordering: orderingSk, quotes: quotesSk, rentals: rentalsSk, support: supportSk }),
}
