import type { Locale } from "@/i18n/routing"
import type { Messages } from "@/messages"

// Typed locales and message keys for next-intl: a missing or misspelt key
// is a type error. English is the reference; the other languages mirror it.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
