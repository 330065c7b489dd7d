import { EventEmitter } from "node:events"
import Redis from "ioredis"

/** What an open admin page receives the moment a client acts: one row of the alerts centre. */
export type LiveAlert = {
  id: string
  event: string
  title: string
  resource_type: string
  resource_id: string
  admin_path: string
  account: { id: string; name: string; number: string } | null
  actor_name: string | null
  created_at: string
  /** Carried between processes so that each page gets the line in its reader's language; never sent to a page. */
  data?: Record<string, unknown> | null
}

type Listener = (alert: LiveAlert) => void
type Warn = (message: string) => void

export const LIVE_ALERT_CHANNEL = "medusa-plugin-client-portal:staff-alerts"

/**
 * The channel of the application that uses this Redis URL. Redis publishes to every client of the server
 * whatever database it selected, while each Medusa application keeps its queues in its own database: the
 * database's number in the channel's name keeps two applications on one Redis server (staging and
 * production, or two test runs) from showing each other's alerts.
 */
export function liveAlertChannel(redisUrl: string): string {
  let database = "0"
  try {
    const url = new URL(redisUrl)
    database = url.searchParams.get("db") || url.pathname.replace(/^\/+/, "") || "0"
  } catch {
    // Not a URL ioredis would take either: the connection reports it.
  }
  return `${LIVE_ALERT_CHANNEL}:${database}`
}

/**
 * Hands alerts to the admin pages connected to this process. Without Redis, the process that handles the
 * event is the one serving the pages. With Redis, Medusa may run subscribers in a worker and HTTP in a
 * server, so every alert goes through a Redis channel and each process delivers what it hears there to its
 * own pages; a process only listens once a page has connected to it.
 */
export class LiveAlertHub {
  private readonly local = new EventEmitter()
  private publisher: Redis | null = null
  private subscriber: Promise<Redis> | null = null
  private readonly channel: string

  constructor(
    private readonly redisUrl: string | null,
    private readonly warn: Warn = () => undefined
  ) {
    // Every open admin tab is a listener: there is no meaningful ceiling.
    this.local.setMaxListeners(0)
    this.channel = redisUrl ? liveAlertChannel(redisUrl) : LIVE_ALERT_CHANNEL
  }

  async publish(alert: LiveAlert): Promise<void> {
    if (!this.redisUrl) {
      this.local.emit("alert", alert)
      return
    }
    try {
      this.publisher ??= this.connect(this.redisUrl)
      await this.publisher.publish(this.channel, JSON.stringify(alert))
    } catch (error) {
      // The pages of this process still get it; the others find it in the alerts centre.
      this.warn(`Live staff alert not relayed through Redis: ${(error as Error).message}`)
      this.local.emit("alert", alert)
    }
  }

  /** Resolves once the alert will reach `listener`, so that nothing published afterwards is missed. */
  async subscribe(listener: Listener): Promise<() => void> {
    if (this.redisUrl) await this.listenToRedis(this.redisUrl)
    this.local.on("alert", listener)
    return () => this.local.off("alert", listener)
  }

  listenerCount(): number {
    return this.local.listenerCount("alert")
  }

  async close(): Promise<void> {
    const subscriber = this.subscriber
    this.subscriber = null
    const publisher = this.publisher
    this.publisher = null
    await Promise.all([publisher?.quit(), subscriber?.then((s) => s.quit()).catch(() => undefined)])
    this.local.removeAllListeners()
  }

  private listenToRedis(redisUrl: string): Promise<Redis> {
    this.subscriber ??= (async () => {
      const subscriber = this.connect(redisUrl)
      subscriber.on("message", (channel: string, message: string) => {
        if (channel !== this.channel) return
        try {
          this.local.emit("alert", JSON.parse(message) as LiveAlert)
        } catch (error) {
          this.warn(`Unreadable live staff alert ignored: ${(error as Error).message}`)
        }
      })
      await subscriber.subscribe(this.channel)
      return subscriber
    })().catch((error: Error) => {
      // Let the next page that connects try again rather than keeping a broken connection forever.
      this.subscriber = null
      throw error
    })
    return this.subscriber
  }

  private connect(redisUrl: string): Redis {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: 3 })
    // Without a listener, ioredis reports every reconnection attempt as an unhandled error.
    client.on("error", (error: Error) => this.warn(`Redis connection of the live staff alerts: ${error.message}`))
    return client
  }
}

const hubs = new Map<string, LiveAlertHub>()

/** The process's hub for a Redis URL (or none): one connection pair per process, shared by every page. */
export function liveAlertHub(redisUrl: string | null | undefined, warn?: Warn): LiveAlertHub {
  const key = redisUrl ?? ""
  let hub = hubs.get(key)
  if (!hub) {
    hub = new LiveAlertHub(redisUrl || null, warn)
    hubs.set(key, hub)
  }
  return hub
}
