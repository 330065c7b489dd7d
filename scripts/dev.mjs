#!/usr/bin/env node
// `npm run dev`: Medusa in watch mode with the plugin from src/ (restarting when src/ or the configuration
// change, not for the portal, .data or build folders) and the portal in Next.js development mode, on the
// demo's database and mail catcher. Unlike the demo it seeds nothing (run `npm run seed` for that).
import path from "node:path"
import { spawn } from "node:child_process"
import { projectRoot } from "./lib/database.mjs"
import {
  createShutdown,
  ensureStorefrontDependencies,
  findPublishableKey,
  localPorts,
  run,
  startLocalServices,
  startService,
  stopProcessGroup,
} from "./lib/stack.mjs"

const ports = localPorts()
const shutdown = createShutdown()

try {
  // Before anything is served: the portal's packages, written into the tree.
  await ensureStorefrontDependencies()
  const { db, env } = await startLocalServices(shutdown, ports)
  await run("npx", ["medusa", "db:migrate"], { env, logFile: path.join(projectRoot, ".data/logs/migrate.log") })
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY || (await findPublishableKey(db.url))

  const portal = await startService("Portal (next dev)", "npx", ["next", "dev", "-p", String(ports.portal)], {
    cwd: path.join(projectRoot, "storefront"),
    env: {
      MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL,
      MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
    },
    readyUrl: `http://localhost:${ports.portal}/en`,
    logFile: path.join(projectRoot, ".data/logs/portal-dev.log"),
  })
  shutdown.add(portal.stop)
  console.log(`Portal: http://localhost:${ports.portal} (log: .data/logs/portal-dev.log)`)
  console.log(`Mail inbox: http://localhost:${ports.mailWeb}`)
  if (!publishableKey) {
    console.log("No publishable key in the database yet: run `npm run seed`, then restart, for the portal to reach the store API.")
  }

  // Medusa in the foreground: its output is what a developer watches. develop-watch.cjs keeps the portal,
  // .data and build folders out of its file watch. Its own process group, so that stopping it also stops
  // the server it forks.
  const medusaCli = path.join(projectRoot, "node_modules", "@medusajs", "cli", "cli.js")
  const watchHook = path.join(projectRoot, "scripts", "lib", "develop-watch.cjs")
  const medusa = spawn(process.execPath, ["--require", watchHook, medusaCli, "develop"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
    detached: true,
  })
  medusa.on("exit", (code) => shutdown.stopAll(code ?? 0))
  shutdown.add(() => stopProcessGroup(medusa))
} catch (error) {
  console.error(`npm run dev could not start: ${error.message}`)
  await shutdown.stopAll(1)
}
