import { LiveAlertHub, type LiveAlert } from "../../../src/lib/alerts/live-alert-hub"

// The local Redis server of the machine, unless the environment names another one.
const redisUrl = process.env.REDIS_URL || "redis://localhost:6379"

const alert = (id: string): LiveAlert => ({
  id,
  event: "portal.client_account.member_invited",
  title: "Claire Martin invited Luca Bianchi to Acme Industrie",
  resource_type: "account_member",
  resource_id: "mem_1",
  admin_path: "/client-portal/accounts/cacc_1",
  account: { id: "cacc_1", name: "Acme Industrie", number: "A-1" },
  actor_name: "Claire Martin",
  created_at: new Date().toISOString(),
})

const nextAlert = (hub: LiveAlertHub) =>
  new Promise<LiveAlert>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no alert within 5 s")), 5_000)
    void hub.subscribe((received) => {
      clearTimeout(timer)
      resolve(received)
    })
  })

/**
 * With Redis, Medusa runs subscribers in a worker process and HTTP in a server process: the worker's hub
 * publishes, the server's hub (another connection pair, as in another process) delivers to its pages.
 */
describe("live staff alerts relayed through Redis", () => {
  const worker = new LiveAlertHub(redisUrl)
  const server = new LiveAlertHub(redisUrl)
  afterAll(() => Promise.all([worker.close(), server.close()]))

  it("reach the pages of another process, once", async () => {
    const received: LiveAlert[] = []
    const unsubscribe = await server.subscribe((a) => received.push(a))
    const first = nextAlert(server)
    await worker.publish(alert("salrt_1"))
    expect((await first).id).toBe("salrt_1")
    await new Promise((r) => setTimeout(r, 200))
    expect(received.map((a) => a.id)).toEqual(["salrt_1"])
    unsubscribe()
    expect(server.listenerCount()).toBe(1)
  })

  it("reach the publishing process's own pages through Redis too, without a duplicate", async () => {
    const received: LiveAlert[] = []
    const unsubscribe = await worker.subscribe((a) => received.push(a))
    await worker.publish(alert("salrt_2"))
    await new Promise((r) => setTimeout(r, 300))
    expect(received.map((a) => a.id)).toEqual(["salrt_2"])
    unsubscribe()
  })

  it("stay within the application: a hub on another Redis database of the same server hears nothing", async () => {
    // Redis pub/sub ignores the database a client selected; each Medusa application has its own database.
    const url = new URL(redisUrl)
    url.pathname = `/${(Number(url.pathname.slice(1) || 0) + 1) % 16}`
    const neighbour = new LiveAlertHub(url.toString())
    try {
      const heard: LiveAlert[] = []
      await neighbour.subscribe((a) => heard.push(a))
      const own = nextAlert(server)
      await worker.publish(alert("salrt_4"))
      expect((await own).id).toBe("salrt_4")
      await new Promise((r) => setTimeout(r, 300))
      expect(heard).toEqual([])
    } finally {
      await neighbour.close()
    }
  })

  it("publishing while Redis is down neither throws nor hangs: the alert waits in the alerts centre", async () => {
    const warnings: string[] = []
    const cut = new LiveAlertHub("redis://127.0.0.1:1", (m) => warnings.push(m))
    try {
      const started = Date.now()
      await cut.publish(alert("salrt_3"))
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(warnings.some((w) => w.startsWith("Live staff alert not relayed through Redis"))).toBe(true)
      await expect(cut.subscribe(() => undefined)).rejects.toThrow()
    } finally {
      await cut.close().catch(() => undefined)
    }
  })
})
