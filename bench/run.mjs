#!/usr/bin/env node
// `npm run bench`: a fresh database, migrations, the demo's store, bulk data at 1x, Medusa as in production,
// the load at 1x, nine tenths more data, the load at 10x (with REDIS_URL, again on Redis with Medusa's caching
// module off and on), then a table of figures with the targets of issue 10, and .data/bench/results.json.
// After the 10x load, the lines and races of interventions, rentals, support and billing (issues 12 to 15,
// bench/lib/domains.mjs), on their bulk data written in the 10x step.
// Stops everything it started.
//
//   --smoke          tiny data and 2-second runs: checks the harness, not the code
//   REDIS_URL=…      adds the caching comparison (Medusa's caching module off and on, on Redis)
//   --develop        measure `medusa develop` instead of a production build
//   --keep           keep the database (to EXPLAIN what was measured)
//   --only=a,b       measure only the lines whose names start with one of these (case ignored), e.g.
//                    --only="equipment list,support": the same data and server, the other lines, races and
//                    acceptances not run (`/store/regions` always opens and closes each size's lines)
//   --domain=NAME    one domain of issues 12 to 15 (interventions, rentals, support, billing): its bulk data and
//                    lines alone, on the same 10x accounts and fleets, without the 1x/10x load or the quotes
//   --duration=N --warmup=N --server-warmup=N --connections=N
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { databaseEnv, ensureDatabase, projectRoot } from "../scripts/lib/database.mjs"
import { buildProductionServer, startProductionServer } from "../scripts/lib/production.mjs"
import { createFreshDatabase, createShutdown, freePort, run, seedResultFrom, startMailCatcher, startMedusa } from "../scripts/lib/stack.mjs"
import { measureLoad } from "./lib/measures.mjs"
import { judge, printReport } from "./lib/report.mjs"
import { addSignedInMembers, seedAccounts, seedChartReadings, sizeOf, vacuumAnalyze } from "./lib/seed.mjs"
import { copyQuotesToAccounts, seedQuotes } from "./lib/quotes.mjs"
import { DOMAINS, DOMAIN_SCALE, measureDomains, ordersToInvoice, seedDomains } from "./lib/domains.mjs"

const flags = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, "").split("=")
    return [key, value ?? true]
  })
)
const smoke = Boolean(flags.smoke)
const domain = flags.domain ?? null
if (domain !== null && !DOMAINS.includes(domain)) {
  console.error(`--domain=${domain}: expected one of ${DOMAINS.join(", ")}`)
  process.exit(2)
}
const only = typeof flags.only === "string" ? flags.only.split(",").map((name) => name.trim().toLowerCase()).filter(Boolean) : null
/** Whether a line is measured in this run (every line without --only or --domain). */
const wanted = (name) =>
  (!domain || name.toLowerCase().startsWith(domain)) && (!only || only.some((prefix) => name.toLowerCase().startsWith(prefix)))
const SCALE = smoke
  ? { accounts: [20, 200], chart: [1_000, 10_000], signedIn: 5, quotesToAccept: 10 }
  : { accounts: [500, 5_000], chart: [10_000, 100_000], signedIn: 20, quotesToAccept: 100 }
const settings = {
  connections: Number(flags.connections ?? 10),
  warmup: Number(flags.warmup ?? (smoke ? 1 : 3)),
  server_warmup: Number(flags["server-warmup"] ?? (smoke ? 1 : 15)),
  duration: Number(flags.duration ?? (smoke ? 2 : 10)),
  accept_concurrency: 1,
}

// The caching comparison's lines: Medusa's own route, the store routes' floor and the portal's read routes.
const CACHING_COMPARED = ["no-op store route", "portal branding", "equipment list", "equipment detail", "quotes list"]
const comparisonWarmup = Number(flags["comparison-warmup"] ?? (smoke ? 1 : 5))
const redisUrl = process.env.REDIS_URL

const workDir = path.join(projectRoot, ".data", "bench")
const logs = path.join(workDir, "logs")
fs.rmSync(logs, { recursive: true, force: true })
fs.mkdirSync(logs, { recursive: true })
const shutdown = createShutdown()
const step = (text) => console.log(`▸ ${text}`)
const started = Date.now()

try {
  step("Database")
  const dbServer = await ensureDatabase("bench", { log: (l) => console.log(`  ${l}`) })
  shutdown.add(dbServer.stop)
  const db = await createFreshDatabase(dbServer, "medusa_portal_bench")
  if (!flags.keep) shutdown.add(db.drop)
  const mail = await startMailCatcher({
    smtpPort: await freePort(),
    webPort: await freePort(),
    mailDirectory: path.join(workDir, "mail"),
    fresh: true,
  })
  shutdown.add(mail.stop)
  const port = await freePort()
  const env = {
    ...databaseEnv({ ...dbServer, url: db.url }),
    JWT_SECRET: crypto.randomBytes(24).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(24).toString("hex"),
    SMTP_HOST: "localhost",
    SMTP_PORT: String(mail.smtpPort),
    DISABLE_MEDUSA_ADMIN: "true",
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    LOG_LEVEL: "error",
    // The main lines run with Medusa's in-process modules; Redis is only for the caching comparison.
    REDIS_URL: "",
  }

  let server = "medusa develop (development mode)"
  let build = null
  if (!flags.develop) {
    step("Production build (medusa build, admin off)")
    build = await buildProductionServer({
      env,
      workDir,
      logFile: path.join(logs, "build.log"),
      // The no-op routes in and outside /store that price Medusa's store middleware.
      extraRoutes: [path.join(projectRoot, "bench", "routes")],
    })
    server = "medusa start (production build)"
    if (build.typeErrors) {
      server += ", built with type errors (see .data/bench/logs/build.log)"
      console.log("  the build reported type errors; its JavaScript is used")
    }
  }

  step("Migrations and the demo's store")
  await run("npx", ["medusa", "db:migrate"], { env, logFile: path.join(logs, "migrate.log") })
  const seed = seedResultFrom(
    await run("npx", ["medusa", "exec", "./scripts/seed-demo.ts"], { env, logFile: path.join(logs, "seed-demo.log") })
  )

  // The races of issues 12 and 13 need up to 100 members of their own; the load spreads over the first ones.
  const domainScale = DOMAIN_SCALE[smoke ? "smoke" : "full"]
  const signingIn = Math.max(SCALE.signedIn, domainScale.bookingRace, domainScale.reservationRace)
  step(`${signingIn} signed-in members and a staff user`)
  const signInFile = path.join(workDir, "sign-in.json")
  await run("npx", ["medusa", "exec", "./bench/sign-in.ts"], {
    env: { ...env, BENCH_SIGNED_IN_MEMBERS: String(signingIn), BENCH_SIGN_IN_FILE: signInFile },
    logFile: path.join(logs, "sign-in.log"),
  })
  const { members: racers, staff } = JSON.parse(fs.readFileSync(signInFile, "utf8"))
  const members = racers.slice(0, SCALE.signedIn)

  const sizes = {
    "1x": sizeOf(SCALE.accounts[0], SCALE.chart[0]),
    "10x": sizeOf(SCALE.accounts[1], SCALE.chart[1]),
  }
  for (const size of Object.values(sizes)) {
    size.label = `${size.accounts.toLocaleString("en")} accounts, ${size.equipment.toLocaleString("en")} equipment, ${size.readings.toLocaleString("en")} readings (${size.chart_readings.toLocaleString("en")} on the chart's meter)`
  }

  const client = new pg.Client({ connectionString: db.url })
  await client.connect()
  shutdown.add(() => client.end())
  const log = (line) => console.log(line)

  step(`Bulk data, 1x: ${sizes["1x"].label}`)
  await seedAccounts(client, 0, SCALE.accounts[0], { log })
  await seedChartReadings(client, 0, SCALE.chart[0], { log })
  await addSignedInMembers(client, racers, { log })
  // The quotes are the invoice race's orders: a run of another domain alone does without them.
  const quotes = domain && domain !== "billing" ? null : await seedQuotes({ env, client, members, count: SCALE.quotesToAccept, workDir, logs, log })
  if (quotes) await copyQuotesToAccounts(client, quotes[0].id, members.length, SCALE.accounts[0], { log })
  await vacuumAnalyze(client, { log })

  step(`Medusa on :${port}`)
  const medusa = build
    ? await startProductionServer({ serverDir: build.serverDir, port, env, logFile: path.join(logs, "medusa.log") })
    : await startMedusa({ port, env, logFile: path.join(logs, "medusa.log") })
  shutdown.add(medusa.stop)

  const load = { baseUrl: `http://localhost:${port}`, publishableKey: seed.publishable_key, members, settings }
  const measures = []
  if (!domain) {
    step("Load at 1x")
    measures.push(...(await measureLoad({ ...load, data: "1x", chartReadings: SCALE.chart[0], quotes: null, only: only && wanted })))
  }

  step(`Bulk data, up to 10x: ${sizes["10x"].label}`)
  await seedAccounts(client, SCALE.accounts[0], SCALE.accounts[1], { log })
  await seedChartReadings(client, SCALE.chart[0], SCALE.chart[1], { log })
  if (quotes) await copyQuotesToAccounts(client, quotes[0].id, SCALE.accounts[0], SCALE.accounts[1], { log })
  log("  the domains of issues 12 to 15:")
  const domains = await seedDomains(client, { smoke, accounts: SCALE.accounts[1], loaded: members.length, only: domain, log })
  await vacuumAnalyze(client, { log })

  if (!domain) {
    step("Load at 10x")
    measures.push(...(await measureLoad({ ...load, data: "10x", chartReadings: SCALE.chart[1], quotes: wanted("quote acceptance") ? quotes : null, noOp: true, only: only && wanted })))
  }

  step(domain ? `${domain} at 10x` : "Interventions, rentals, support and billing at 10x (issues 12 to 15)")
  measures.push(
    ...(await measureDomains({
      ...load,
      racers,
      loaded: members,
      staff,
      seeded: domains,
      client,
      quoteOrders: quotes ? await ordersToInvoice(client, quotes.map((q) => q.id)) : [],
      projectRoot,
      smoke,
      log,
      wanted,
    }))
  )

  // Medusa's caching module needs Redis: the same production build on Redis (events, workflows, locking),
  // once with the cache switched off and once on, as medusa-config.ts runs in production.
  if (domain) {
    console.log(`  caching comparison: not measured (--domain=${domain})`)
  } else if (!redisUrl) {
    console.log("  caching comparison: not measured (REDIS_URL is not set)")
  } else if (build) {
    await medusa.stop()
    for (const [label, caching] of [["Redis, caching off", "false"], ["Redis, caching on", "true"]]) {
      const redisPort = await freePort()
      step(`Medusa on :${redisPort}, ${label}`)
      const redisServer = await startProductionServer({
        serverDir: build.serverDir,
        port: redisPort,
        env: { ...env, REDIS_URL: redisUrl, MEDUSA_FF_CACHING: caching, MEDUSA_BACKEND_URL: `http://localhost:${redisPort}` },
        logFile: path.join(logs, `medusa-caching-${caching === "true" ? "on" : "off"}.log`),
      })
      shutdown.add(redisServer.stop)
      measures.push(
        ...(await measureLoad({
          ...load,
          baseUrl: `http://localhost:${redisPort}`,
          settings: { ...settings, server_warmup: comparisonWarmup },
          data: "10x",
          chartReadings: SCALE.chart[1],
          quotes: null,
          only: (name) => CACHING_COMPARED.includes(name) && wanted(name),
          label,
        }))
      )
      await redisServer.stop()
    }
  }

  const checks = judge(measures)
  const context = {
    server,
    smoke,
    cpus: os.cpus().length,
    node: process.version,
    ...settings,
    sizes,
    seconds: Math.round((Date.now() - started) / 1000),
  }
  printReport({ measures, checks, context })
  const resultsFile = path.join(workDir, "results.json")
  fs.writeFileSync(resultsFile, JSON.stringify({ at: new Date().toISOString(), context, measures, checks }, null, 2))
  console.log(`\nFigures written to ${path.relative(projectRoot, resultsFile)} (${context.seconds} s in all).`)
  await shutdown.stopAll(0)
} catch (error) {
  console.error(`\nThe bench failed: ${error.stack ?? error.message}`)
  await shutdown.stopAll(1)
}
