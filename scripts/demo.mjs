#!/usr/bin/env node
// `npm run demo`: the portal's packages, a database (embedded unless one is configured), the mail catcher,
// migrations and demo data, then Medusa with the plugin and its admin as a merchant runs it (a production
// build, rebuilt only when a source changed, started with `medusa start`) and the portal's production build.
// Nothing it serves watches files, so installs, builds and test runs in the tree leave it up. The banner
// prints once the API, the admin and the portal answer. Ctrl-C stops everything it started.
import path from "node:path"
import { projectRoot } from "./lib/database.mjs"
import { buildProductionServer, startProductionServer } from "./lib/production.mjs"
import {
  buildStorefrontIfStale,
  createShutdown,
  ensureStorefrontDependencies,
  localPorts,
  run,
  seedResultFrom,
  startLocalServices,
  startStorefront,
} from "./lib/stack.mjs"

const ports = localPorts()
const logs = path.join(projectRoot, ".data", "logs")
const shutdown = createShutdown()
const started = Date.now()

const step = (text) => console.log(`\n▸ ${text}  (${Math.round((Date.now() - started) / 1000)}s)`)

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
    return response.ok
  } catch {
    return false
  }
}

try {
  step("The portal's packages (storefront/)")
  const installed = await ensureStorefrontDependencies({ logFile: path.join(logs, "storefront-install.log") })
  console.log(installed ? "  installed" : "  up to date")

  const { db, env: localEnv } = await startLocalServices(shutdown, ports, { log: step })
  const env = {
    ...localEnv,
    PORTAL_BUSINESS_NAME: process.env.PORTAL_BUSINESS_NAME || "Demo Machines & Services",
    // The server runs inside its build folder: private files stay in .data, where the seed writes them too.
    PORTAL_PRIVATE_FILES_DIR: process.env.PORTAL_PRIVATE_FILES_DIR || path.join(projectRoot, ".data", "private-files"),
  }

  // Three independent pieces of work, run side by side: they are what a first start waits for.
  step("Medusa's production build (with the admin), migrations and demo data, the portal's build")
  const [build, seed, portalRebuilt] = await Promise.all([
    buildProductionServer({ env, workDir: path.join(projectRoot, ".data", "demo"), admin: true, logFile: path.join(logs, "medusa-build.log") }),
    (async () => {
      await run("npx", ["medusa", "db:migrate"], { env, logFile: path.join(logs, "migrate.log") })
      return seedResultFrom(
        await run("npx", ["medusa", "exec", "./scripts/seed-demo.ts"], { env, logFile: path.join(logs, "seed.log") })
      )
    })(),
    buildStorefrontIfStale({ logFile: path.join(logs, "storefront-build.log") }),
  ])
  console.log(`  Medusa ${build.built ? "built" : "build up to date"}${build.typeErrors ? " (with type errors, see .data/logs/medusa-build.log)" : ""}; portal ${portalRebuilt ? "built" : "build up to date"}`)

  step(`Medusa on :${ports.medusa} (medusa start; log: .data/logs/medusa.log)`)
  const medusa = await startProductionServer({
    serverDir: build.serverDir,
    port: ports.medusa,
    env,
    admin: true,
    logFile: path.join(logs, "medusa.log"),
  })
  shutdown.add(medusa.stop)

  step(`Portal on :${ports.portal} (log: .data/logs/portal.log)`)
  const portal = await startStorefront({
    port: ports.portal,
    env: { MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY: seed.publishable_key },
    logFile: path.join(logs, "portal.log"),
  })
  shutdown.add(portal.stop)

  const addresses = {
    "Medusa /health": `http://localhost:${ports.medusa}/health`,
    "the admin": `http://localhost:${ports.medusa}/app/login`,
    "the portal": `http://localhost:${ports.portal}/en`,
    "the mail inbox": `http://localhost:${ports.mailWeb}/`,
  }
  for (const [what, url] of Object.entries(addresses)) {
    if (!(await answers(url))) throw new Error(`${what} does not answer at ${url}`)
  }

  console.log(`
  ┌───────────────────────────────────────────────────────────────
  │ Client portal demo is running (ready in ${Math.round((Date.now() - started) / 1000)} s)
  │
  │ Portal          http://localhost:${ports.portal}
  │ Medusa admin    http://localhost:${ports.medusa}/app
  │   login         ${seed.admin.email} / ${seed.admin.password}
  │ Mail inbox      http://localhost:${ports.mailWeb}  (SMTP :${ports.smtp})
  │ Publishable key ${seed.publishable_key}
  │ Database        ${db.embedded ? `embedded PostgreSQL on :${db.port} (.data/postgres)` : `${db.host}:${db.port}/${db.database}`}
  │
  │ Demo clients
${seed.clients.map((c) => `  │   ${c.company.padEnd(16)} (${c.locale}) ${c.emails.join(", ")}`).join("\n")}
  │
  │ Ctrl-C stops everything.
  └───────────────────────────────────────────────────────────────`)
} catch (error) {
  console.error(`\nThe demo could not start: ${error.message}`)
  await shutdown.stopAll(1)
}
