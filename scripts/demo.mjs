#!/usr/bin/env node
// `npm run demo`: database (embedded unless one is configured), mail catcher, migrations, demo data, Medusa
// with the plugin and its admin, and the portal. Ctrl-C stops everything it started.
import path from "node:path"
import { projectRoot } from "./lib/database.mjs"
import {
  buildStorefrontIfStale,
  createShutdown,
  localPorts,
  run,
  seedResultFrom,
  startLocalServices,
  startMedusa,
  startStorefront,
} from "./lib/stack.mjs"

const ports = localPorts()
const logs = path.join(projectRoot, ".data", "logs")
const shutdown = createShutdown()

const step = (text) => console.log(`\n▸ ${text}`)

try {
  const { db, env: localEnv } = await startLocalServices(shutdown, ports, { log: step })
  const env = {
    ...localEnv,
    PORTAL_BUSINESS_NAME: process.env.PORTAL_BUSINESS_NAME || "Demo Machines & Services",
  }

  step("Migrations")
  await run("npx", ["medusa", "db:migrate"], { env, logFile: path.join(logs, "migrate.log") })

  step("Demo data")
  const seed = seedResultFrom(
    await run("npx", ["medusa", "exec", "./scripts/seed-demo.ts"], { env, logFile: path.join(logs, "seed.log") })
  )

  step(`Medusa on :${ports.medusa} (log: .data/logs/medusa.log)`)
  const medusa = await startMedusa({ port: ports.medusa, env, logFile: path.join(logs, "medusa.log") })
  shutdown.add(medusa.stop)

  step("Portal build")
  const storefrontEnv = {
    MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL,
    MEDUSA_PUBLISHABLE_KEY: seed.publishable_key,
  }
  const rebuilt = await buildStorefrontIfStale({ logFile: path.join(logs, "storefront-build.log") })
  console.log(rebuilt ? "  built" : "  up to date")

  step(`Portal on :${ports.portal} (log: .data/logs/portal.log)`)
  const portal = await startStorefront({ port: ports.portal, env: storefrontEnv, logFile: path.join(logs, "portal.log") })
  shutdown.add(portal.stop)

  console.log(`
  ┌───────────────────────────────────────────────────────────────
  │ Client portal demo is running
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
