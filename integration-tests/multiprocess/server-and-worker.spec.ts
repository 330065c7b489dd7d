// Medusa as it runs when one machine is not enough: one production build (`medusa build`), two processes
// started with MEDUSA_WORKER_MODE=server and one with MEDUSA_WORKER_MODE=worker, sharing one fresh PostgreSQL
// database and Redis. Run by `npm test` (family `multiprocess`): 5 to 8 minutes on a shared 2-core machine
// (the build 1-2, migrations, seed and boots 2-3, the killed worker's redelivered mail 1-2).
// Logs: .data/logs/multiprocess/. Redis: REDIS_URL, else database 13 of the local server; the test removes
// Medusa's queues, locks and caches from that database before and after it runs.
import { execFileSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { Queue } from "bullmq"
import Redis from "ioredis"
import pg from "pg"
import { signInWithCode } from "../helpers/actors"
import { openAlertStream } from "../http/alerts/alert-stream"
import { startSmtpServer, type SmtpCatcher } from "../helpers/smtp"

jest.setTimeout(15 * 60_000)

const root = path.resolve(__dirname, "../..")
const logs = path.join(root, ".data/logs/multiprocess")
const workDir = path.join(root, ".data/multiprocess")
const redisUrl = process.env.REDIS_URL || "redis://localhost:6379/13"
const ALERT_EMAIL = "alerts@staff.multiproc.test"
const CLIENT_EMAIL = "claire@acme.example"
/** What Medusa keeps in Redis: the event bus's and the workflow engine's queues, grouped events, locks, cache. */
/** An event job in one of these states is still to be handled (a stalled one stays active until recovered). */
const UNFINISHED = ["waiting", "prioritized", "active", "delayed", "waiting-children"] as const
const MEDUSA_KEY_PATTERNS = ["RedisEventBusService:*", "bull:*", "staging:*", "medusa*", "*lock*"]

type Service = { pid: number; stop: () => Promise<void> }
type Database = { url: string; drop: () => Promise<unknown> }
type Api = {
  post: (url: string, body?: unknown, config?: { headers?: Record<string, string> }) => Promise<{ status: number; data: unknown }>
  get: (url: string, config?: { headers?: Record<string, string> }) => Promise<{ status: number; data: unknown }>
}

// The scripts' helpers are ES modules: imported at run time by path, as the browser tests' setup does.
const importScript = (relative: string) => import(path.join(root, relative))

function httpClient(baseUrl: string): Api {
  const call = async (method: string, url: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const data = text ? JSON.parse(text) : null
    if (response.status >= 400) {
      throw Object.assign(new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`), {
        response: { status: response.status, data },
      })
    }
    return { status: response.status, data }
  }
  return {
    post: (url, body, config) => call("POST", url, body ?? {}, config?.headers),
    get: (url, config) => call("GET", url, undefined, config?.headers),
  }
}

type LiveEvent = { id: string; event: string; title: string }

/** An admin page's live stream: every alert event it receives, in order, collected in the background. */
async function openLiveAlerts(baseUrl: string, token: string) {
  // The stream answers once it is subscribed: nothing published afterwards is missed.
  const stream = await openAlertStream(`${baseUrl}/admin/portal/alerts/stream`, { authorization: `Bearer ${token}` })
  const events: LiveEvent[] = []
  void (async () => {
    try {
      for (;;) events.push((await stream.next(60 * 60_000)) as unknown as LiveEvent)
    } catch {
      // closed at the end of the test
    }
  })()
  return { events, close: stream.close }
}

async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 250) {
  const started = Date.now()
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

async function removeMedusaKeys(url: string) {
  const redis = new Redis(url)
  try {
    for (const pattern of MEDUSA_KEY_PATTERNS) {
      const keys = await redis.keys(pattern)
      for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500))
    }
  } finally {
    redis.disconnect()
  }
}

/** Resident memory of a started process and what it spawned (its process group), in MB. */
function residentMb(pid: number): number {
  const kb = execFileSync("ps", ["-eo", "pgid=,rss="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pgid]) => pgid === pid)
    .reduce((sum, [, rss]) => sum + rss, 0)
  return Math.round(kb / 1024)
}

const logOf = (name: string) => (fs.existsSync(path.join(logs, `${name}.log`)) ? fs.readFileSync(path.join(logs, `${name}.log`), "utf8") : "")
const report = (line: string) => process.stdout.write(`  [multiprocess] ${line}\n`)

describe("two server processes and one worker on Redis, from the production build", () => {
  const stoppers: (() => Promise<unknown>)[] = []
  const servers: { a: string; b: string } = { a: "", b: "" }
  const pids: { a: number; b: number } = { a: 0, b: 0 }
  let env: Record<string, string> = {}
  let serverDir = ""
  let workerPort = 0
  let worker: Service | null = null
  let smtp: SmtpCatcher
  let sql: pg.Client
  let events: Queue
  let adminToken = ""
  let client: Record<string, string> = {}
  let quoteId = ""
  let stream: Awaited<ReturnType<typeof openLiveAlerts>>
  let jobsBeforeWorker: string[] = []
  let jobsWithWorker: string[] = []
  let stack: {
    startProductionServer: (o: { serverDir: string; port: number; env: Record<string, string>; logFile: string }) => Promise<Service>
  }

  const startWorker = async (name: string) => {
    worker = await stack.startProductionServer({
      serverDir,
      port: workerPort,
      env: { ...env, MEDUSA_WORKER_MODE: "worker" },
      logFile: path.join(logs, `${name}.log`),
    })
    return worker
  }

  const scheduledJobs = async () => {
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null })
    const jobs = new Queue("medusa-workflows-jobs", { connection })
    try {
      return (await jobs.getRepeatableJobs()).map((job) => job.key).sort()
    } finally {
      await jobs.close()
      connection.disconnect()
    }
  }

  const alertsFor = async (resourceIds: string[]) =>
    (
      await sql.query<{ id: string; title: string; resource_id: string; mail_status: string }>(
        "select id, title, resource_id, mail_status from portal_staff_alert where resource_id = any($1) and deleted_at is null",
        [resourceIds]
      )
    ).rows

  const mailsAbout = (title: string) => smtp.mails.filter((mail) => mail.subject.includes(title))

  beforeAll(async () => {
    const started = Date.now()
    fs.rmSync(logs, { recursive: true, force: true })
    fs.mkdirSync(logs, { recursive: true })
    // One after the other: jest's module registry fails imports of ES modules made at the same time.
    const { ensureDatabase, databaseEnv } = await importScript("scripts/lib/database.mjs")
    const { createFreshDatabase, freePort, run, seedResultFrom } = await importScript("scripts/lib/stack.mjs")
    const server = await importScript("scripts/lib/production.mjs")
    stack = server
    await removeMedusaKeys(redisUrl)
    stoppers.push(() => removeMedusaKeys(redisUrl))

    const dbServer = await ensureDatabase("test", { log: () => undefined })
    stoppers.push(dbServer.stop)
    const db: Database = await createFreshDatabase(dbServer, `portal_multiproc_${Date.now().toString(36)}_${process.pid}`)
    stoppers.push(db.drop)
    smtp = await startSmtpServer()
    stoppers.push(() => smtp.close())

    const [portA, portB] = [await freePort(), await freePort()]
    workerPort = await freePort()
    servers.a = `http://localhost:${portA}`
    servers.b = `http://localhost:${portB}`
    const base = {
      ...databaseEnv({ ...dbServer, url: db.url }),
      NODE_ENV: "production",
      JWT_SECRET: crypto.randomBytes(24).toString("hex"),
      COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: "Portal <portal@multiproc.test>",
      PORTAL_ALERT_EMAIL: ALERT_EMAIL,
      DISABLE_MEDUSA_ADMIN: "true",
      MEDUSA_BACKEND_URL: servers.a,
      // The event bus logs each event it processes at info level: which process ran the subscribers.
      LOG_LEVEL: "info",
      // The one-off commands (migrations, seeds) run on Medusa's in-process modules: their events are not
      // the scenarios'.
      REDIS_URL: "",
    }
    env = { ...base, REDIS_URL: redisUrl }

    const build = await server.buildProductionServer({ env: base, workDir, logFile: path.join(logs, "build.log") })
    serverDir = build.serverDir
    const built = Date.now()
    await run("npx", ["medusa", "db:migrate"], { env: base, cwd: serverDir, logFile: path.join(logs, "migrate.log") })
    const seed = seedResultFrom(await run("npx", ["medusa", "exec", "./scripts/seed-demo.ts"], { env: base, logFile: path.join(logs, "seed.log") }))
    sql = new pg.Client({ connectionString: db.url })
    await sql.connect()
    stoppers.push(() => sql.end())
    // The quote the scenarios accept, made and sent by the quote workflows as the bench makes its own.
    const { rows } = await sql.query<{ account_id: string }>(
      "select m.account_id from account_member m join customer c on c.id = m.customer_id where c.email = $1",
      [CLIENT_EMAIL]
    )
    const quotesFile = path.join(workDir, "quotes.json")
    await run("npx", ["medusa", "exec", "./bench/quotes.ts"], {
      env: { ...base, BENCH_QUOTE_ACCOUNTS: JSON.stringify([rows[0].account_id]), BENCH_QUOTES_PER_ACCOUNT: "1", BENCH_QUOTES_FILE: quotesFile },
      logFile: path.join(logs, "quotes.log"),
    })
    quoteId = JSON.parse(fs.readFileSync(quotesFile, "utf8")).quotes[0].id

    const [a, b] = await Promise.all(
      (
        [
          ["server-a", portA],
          ["server-b", portB],
        ] as const
      ).map(([name, port]) =>
        server.startProductionServer({ serverDir, port, env: { ...env, MEDUSA_WORKER_MODE: "server" }, logFile: path.join(logs, `${name}.log`) })
      )
    )
    stoppers.push(a.stop, b.stop)
    Object.assign(pids, { a: a.pid, b: b.pid })
    jobsBeforeWorker = await scheduledJobs()
    await startWorker("worker")
    stoppers.push(() => worker?.stop() ?? Promise.resolve())
    jobsWithWorker = await waitUntil("the worker's scheduled jobs", async () => {
      const keys = await scheduledJobs()
      return keys.some((key) => key.includes("retry-staff-alert-mails")) && keys
    }, 30_000)
    const eventsConnection = new Redis(redisUrl, { maxRetriesPerRequest: null })
    events = new Queue("events-queue", { prefix: "RedisEventBusService", connection: eventsConnection })
    stoppers.push(async () => {
      await events.close()
      eventsConnection.disconnect()
    })

    const apiA = httpClient(servers.a)
    adminToken = ((await apiA.post("/auth/user/emailpass", seed.admin)).data as { token: string }).token
    const clientToken = await signInWithCode(apiA, smtp, CLIENT_EMAIL, 30_000)
    client = { "x-publishable-api-key": seed.publishable_key, authorization: `Bearer ${clientToken}` }
    stream = await openLiveAlerts(servers.b, adminToken)
    stoppers.push(async () => stream.close())
    report(`build ${Math.round((built - started) / 1000)} s; migrations, seed, 3 processes up ${Math.round((Date.now() - built) / 1000)} s`)
  })

  afterAll(async () => {
    for (const stop of stoppers.reverse()) {
      await stop().catch((error: unknown) => console.error(error))
    }
  })

  it("carries a client's action through server A to an admin live stream opened on server B", async () => {
    const email = "colleague-live@acme.example"
    const sent = Date.now()
    const { status, data } = await httpClient(servers.a).post(
      "/store/portal/invitations",
      { email, first_name: "Live", last_name: "Colleague", role: "viewer" },
      { headers: client }
    )
    expect(status).toBe(201)
    const invitationId = (data as { invitation: { id: string } }).invitation.id
    const [alert] = await waitUntil("the alert in the stream of server B", async () => {
      const live = stream.events.filter((e) => e.event === "portal.client_account.member_invited" && e.title.includes("Live Colleague"))
      return live.length > 0 && live
    }, 15_000, 20)
    report(`scenario 1: the invitation made on server A reached server B's live stream ${Date.now() - sent} ms after the request was sent`)
    const stored = await alertsFor([invitationId])
    expect(stored.map((s) => s.id)).toEqual([alert.id])
  })

  it("runs subscribers and scheduled jobs in the worker only, and mails each alert once", async () => {
    expect(jobsBeforeWorker).toEqual([])
    for (const job of ["portal-expire-quotes", "retry-staff-alert-mails", "refresh-fleet-next-due"]) {
      expect(jobsWithWorker.some((key) => key.includes(job))).toBe(true)
    }
    const email = "colleague-mail@acme.example"
    const { data } = await httpClient(servers.b).post(
      "/store/portal/invitations",
      { email, first_name: "Mail", last_name: "Colleague", role: "viewer" },
      { headers: client }
    )
    const invitationId = (data as { invitation: { id: string } }).invitation.id
    const [alert] = await waitUntil("the alert mailed", async () => {
      const rows = await alertsFor([invitationId])
      return rows.length > 0 && rows[0].mail_status === "sent" && rows
    }, 15_000)
    // Time for a second process to have sent it too, had one handled the event as well.
    await new Promise((r) => setTimeout(r, 3000))
    expect(await alertsFor([invitationId])).toHaveLength(1)
    expect(mailsAbout(alert.title).map((mail) => mail.to)).toEqual([[ALERT_EMAIL]])
    const handled = (name: string) => logOf(name).split("\n").filter((line) => line.includes("Processing portal.")).length
    const counts = { worker: handled("worker"), "server-a": handled("server-a"), "server-b": handled("server-b") }
    report(
      `scenario 2: scheduled jobs registered with the servers only: ${jobsBeforeWorker.length}, with the worker: ${jobsWithWorker.length}; ` +
        `portal events processed by worker / A / B: ${counts.worker} / ${counts["server-a"]} / ${counts["server-b"]}; mails of the alert: 1`
    )
    const workerUrl = `http://localhost:${workerPort}`
    expect((await fetch(`${workerUrl}/health`)).status).toBe(200)
    expect((await fetch(`${workerUrl}/store/portal/branding`)).status).toBe(404)
    expect((await fetch(`${servers.b}/store/portal/branding`)).status).not.toBe(404)
    report(`scenario 2: the worker answers /health and no route; resident memory A / B / worker: ${residentMb(pids.a)} / ${residentMb(pids.b)} / ${residentMb(worker!.pid)} MB`)
    expect(counts.worker).toBeGreaterThanOrEqual(2)
    expect(counts["server-a"]).toBe(0)
    expect(counts["server-b"]).toBe(0)
  })

  it("gives exactly one order for 50 concurrent acceptances of one quote spread over both servers", async () => {
    const apis = [httpClient(servers.a), httpClient(servers.b)]
    const started = Date.now()
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        apis[i % 2]
          .post(`/store/portal/quotes/${quoteId}/accept`, {}, { headers: client })
          .then(({ status, data }) => ({ status, order: (data as { order: { id: string } | null }).order?.id ?? null }))
          .catch((error: { response?: { status: number } }) => ({ status: error.response?.status ?? 0, order: null }))
      )
    )
    const seconds = (Date.now() - started) / 1000
    const statuses = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {})
    const orderIds = [...new Set(answers.map((a) => a.order).filter(Boolean))]
    const { rows } = await sql.query<{ id: string }>(
      `select id from "order" where metadata->>'quote_id' = $1 and deleted_at is null`,
      [quoteId]
    )
    report(`scenario 3: 50 acceptances in ${seconds.toFixed(1)} s, answers ${JSON.stringify(statuses)}, orders answered ${orderIds.length}, orders stored ${rows.length}`)
    expect(rows).toHaveLength(1)
    expect(orderIds).toEqual([rows[0].id])
    expect(statuses[200]).toBe(50)
    const accepted = await waitUntil("the acceptance alert mailed", async () => {
      const alerts = await alertsFor([quoteId])
      const acceptance = alerts.filter((a) => a.title.toLowerCase().includes("accepted"))
      return acceptance.length > 0 && acceptance.every((a) => a.mail_status === "sent") && acceptance
    }, 20_000)
    expect(accepted).toHaveLength(1)
    expect(mailsAbout(accepted[0].title)).toHaveLength(1)
  })

  it("delivers every alert queued when the worker is killed once it is back, none lost and none twice", async () => {
    const invitees = Array.from({ length: 8 }, (_, i) => ({ email: `queued-${i}@acme.example`, first_name: "Queued", last_name: `Colleague ${i}` }))
    const liveBefore = stream.events.length
    smtp.hold(1500)
    const apis = [httpClient(servers.a), httpClient(servers.b)]
    // All at once, so that the worker has a queue ahead of it (each invitation mails the invitee, held too).
    const answers = await Promise.all(
      invitees.map((invitee, i) => apis[i % 2].post("/store/portal/invitations", { ...invitee, role: "viewer" }, { headers: client }))
    )
    const invitationIds = answers.map(({ data }) => (data as { invitation: { id: string } }).invitation.id)
    // Killed in the middle of a mail: its alert is stored and the mail server has not taken the mail yet.
    await waitUntil("the worker mailing the second alert", async () => smtp.held > 0 && (await alertsFor(invitationIds)).length >= 2, 60_000, 20)
    process.kill(-worker!.pid, "SIGKILL")
    const atKill = { stored: (await alertsFor(invitationIds)).length, queued: await events.getJobCounts(...UNFINISHED) }
    await new Promise((r) => setTimeout(r, 3000))
    expect((await alertsFor(invitationIds)).length).toBe(atKill.stored)
    smtp.hold(0)
    const killedAt = Date.now()
    await startWorker("worker-restarted")
    const restarted = Date.now()
    let seen = ""
    const titles = await waitUntil("every queued alert stored and mailed, and the event queue empty", async () => {
      const alerts = await alertsFor(invitationIds)
      const counts = await events.getJobCounts(...UNFINISHED)
      const pending = Object.values(counts).reduce((sum, n) => sum + n, 0)
      seen = `alerts ${JSON.stringify(alerts.map((a) => a.mail_status))}, unfinished events ${pending}, mails ${smtp.mails.length}`
      const done = alerts.length >= invitees.length && alerts.every((a) => a.mail_status === "sent") && pending === 0
      return done && alerts.map((a) => a.title)
    }, 240_000, 500).catch((error: Error) => {
      throw new Error(`${error.message}; last seen: ${seen}`)
    })
    const delivered = Date.now()
    const alerts = await alertsFor(invitationIds)
    const mailsPerAlert = titles.map((title) => mailsAbout(title).length)
    const live = stream.events.slice(liveBefore).filter((e) => alerts.some((a) => a.id === e.id))
    report(
      `scenario 4: at the kill ${atKill.stored}/${invitees.length} alerts stored, queue ${JSON.stringify(atKill.queued)}; ` +
        `worker back in ${Math.round((restarted - killedAt) / 1000)} s, everything delivered ${Math.round((delivered - restarted) / 1000)} s later; ` +
        `alerts stored ${alerts.length}, mails per alert ${JSON.stringify(mailsPerAlert)}, live events on B ${live.length} (${new Set(live.map((e) => e.id)).size} distinct)`
    )
    expect(atKill.stored).toBeLessThan(invitees.length)
    expect(atKill.queued.active).toBe(1)
    expect(alerts).toHaveLength(invitees.length)
    expect(new Set(alerts.map((a) => a.resource_id)).size).toBe(invitees.length)
    expect(mailsPerAlert).toEqual(invitees.map(() => 1))
    expect(new Set(live.map((e) => e.id)).size).toBe(invitees.length)
  })
})
