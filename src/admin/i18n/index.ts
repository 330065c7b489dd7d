import en from "./json/en.json"
import fr from "./json/fr.json"
import it from "./json/it.json"
import sk from "./json/sk.json"

// Merged into the dashboard's own translations; every key lives under the `clientPortal` namespace.
export default {
  en: { translation: en },
  fr: { translation: fr },
  it: { translation: it },
  sk: { translation: sk },
}
