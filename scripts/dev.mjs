#!/usr/bin/env node
// `npm run dev`: Medusa in watch mode with the plugin from src/ and the portal in Next.js development mode,
// on the demo's database and mail catcher. Unlike the demo it seeds nothing (run `npm run seed` for that).
import path from "node:path"
import { spawn } from "node:child_process"
import { databaseEnv, ensureDatabase, projectRoot } from "./lib/database.mjs"
import { run, startMailCatcher, startService } from "./lib/stack.mjs"

const ports = {
  medusa: Number(process.env.PORT || 9000),
  portal: Number(process.env.PORTAL_PORT || 8000),
  smtp: Number(process.env.MAIL_SMTP_PORT || 1025),
  mailWeb: Number(process.env.MAIL_WEB_PORT || 1080),
}
const stoppers = []
const stopAll = async (code = 0) => {
  for (const stop of stoppers.reverse()) await stop().catch(() => {})
  process.exit(code)
}
process.on("SIGINT", () => stopAll(0))
process.on("SIGTERM", () => stopAll(0))

try {
  const db = await ensureDatabase("dev")
  stoppers.push(db.stop)
  const mail = await startMailCatcher({
    smtpPort: ports.smtp,
    webPort: ports.mailWeb,
    mailDirectory: path.join(projectRoot, ".data", "maildev"),
  })
  stoppers.push(mail.stop)
  const env = {
    ...databaseEnv(db),
    SMTP_HOST: "localhost",
    SMTP_PORT: String(ports.smtp),
    PORT: String(ports.medusa),
    PORTAL_URL: process.env.PORTAL_URL || `http://localhost:${ports.portal}`,
  }
  await run("npx", ["medusa", "db:migrate"], { env, logFile: path.join(projectRoot, ".data/logs/migrate.log") })

  const portal = await startService("Portal (next dev)", "npx", ["next", "dev", "-p", String(ports.portal)], {
    cwd: path.join(projectRoot, "storefront"),
    env: {
      MEDUSA_BACKEND_URL: `http://localhost:${ports.medusa}`,
      MEDUSA_PUBLISHABLE_KEY: process.env.MEDUSA_PUBLISHABLE_KEY || "",
    },
    readyUrl: `http://localhost:${ports.portal}/en`,
    logFile: path.join(projectRoot, ".data/logs/portal-dev.log"),
  })
  stoppers.push(portal.stop)
  console.log(`Portal: http://localhost:${ports.portal} (log: .data/logs/portal-dev.log)`)
  console.log(`Mail inbox: http://localhost:${ports.mailWeb}`)
  if (!process.env.MEDUSA_PUBLISHABLE_KEY) {
    console.log("Set MEDUSA_PUBLISHABLE_KEY (printed by `npm run demo`) for the portal to reach the store API.")
  }

  // Medusa in the foreground: its output is what a developer watches.
  const medusa = spawn("npx", ["medusa", "develop"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, ...env },
  })
  medusa.on("exit", (code) => stopAll(code ?? 0))
} catch (error) {
  console.error(`npm run dev could not start: ${error.message}`)
  await stopAll(1)
}
