import type { NotificationChannel } from "@support/contract"

/** Every channel of the contract once, in the order the preferences offer them (a new one fails the type check). */
const RANK: Record<NotificationChannel, number> = { portal: 0, email: 1, digest: 2 }
export const NOTIFICATION_CHANNELS_IN_ORDER = (Object.keys(RANK) as NotificationChannel[]).sort((a, b) => RANK[a] - RANK[b])
