import { z } from "@medusajs/framework/zod"
import { CLIENT_EVENT_KEYS } from "../../../../lib/notifications/declarations"
import { NOTIFICATION_CHANNELS } from "../../../../modules/support/statuses"

/**
 * No parameter of its own: the labels' language comes from Medusa's `?locale=` (or the `x-medusa-locale`
 * header), which Medusa takes off the query before validation and sets on `req.locale`.
 */
export const StoreGetPreferences = z.object({}).strict()

const preference = z
  .object({
    event: z.enum(CLIENT_EVENT_KEYS as [string, ...string[]], { message: `event must be one of ${CLIENT_EVENT_KEYS.join(", ")}` }),
    channel: z.enum(NOTIFICATION_CHANNELS, { message: `channel must be one of ${NOTIFICATION_CHANNELS.join(", ")}` }),
  })
  .strict()

export const StoreUpdatePreferences = z
  .object({
    preferences: z
      .array(preference, { message: "preferences must be a list of { event, channel }" })
      .min(1, { message: "preferences must name at least one event" })
      .max(CLIENT_EVENT_KEYS.length, { message: `preferences may name each event once (at most ${CLIENT_EVENT_KEYS.length})` })
      .refine((list) => new Set(list.map((p) => p.event)).size === list.length, { message: "preferences name an event twice" }),
  })
  .strict()
export type StoreUpdatePreferencesType = z.infer<typeof StoreUpdatePreferences>
