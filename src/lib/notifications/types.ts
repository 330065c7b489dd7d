import type { MedusaContainer } from "@medusajs/framework/types"
import type { NotificationChannel } from "../../modules/support/statuses"

/** The languages every client event is written in (the portal's and the e-mails'). */
export const CLIENT_EVENT_LOCALES = ["en", "fr", "it", "sk"] as const
export type ClientEventLocale = (typeof CLIENT_EVENT_LOCALES)[number]

/**
 * How a member reads one event, in one language. `{name}` slots are filled from the `params` the domain
 * passes to `notifyClients` (a missing value leaves a gap, never "undefined").
 */
export type ClientEventText = {
  /** The event's row in the preferences table ("A quote awaits my approval"). */
  label: string
  /** The notification's title in the centre, and the generic e-mail's subject. */
  title: string
  /** One or two sentences under the title, and the generic e-mail's body. */
  text: string
}

/**
 * The contract between a domain and the client notification machinery (see ./README.md). A domain
 * declares each event meant for clients once; `notifyClients` then writes it to each recipient member's
 * notification centre and mails it as the member chose (at once, in the daily digest, or not at all).
 */
export type ClientEventDeclaration = {
  /** `<domain>.<object>.<what happened>`, stored on every notification and preference. */
  key: `${string}.${string}`
  /** The domain that declares it; the preferences page groups events by domain. */
  domain: string
  /** The channel of members who never chose one. */
  default_channel: NotificationChannel
  texts: Record<ClientEventLocale, ClientEventText>
  /**
   * Called once an e-mail carrying this notification was accepted by the mail server (at once or in a
   * digest), for domains that record deliveries (a message's receipt). A failure here is logged only.
   */
  onMailed?: (scope: MedusaContainer, delivery: { member_id: string; data: Record<string, unknown>; via: "email" | "digest" }) => Promise<void>
}
