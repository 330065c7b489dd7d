#!/usr/bin/env node
// Runs a command (e.g. `medusa db:migrate`) against the project's database: the one the environment
// names, or the embedded one, started for the command and stopped after it.
import { spawn } from "node:child_process"
import { databaseEnv, ensureDatabase, projectRoot } from "./lib/database.mjs"

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error("usage: node scripts/with-database.mjs <command> [args...]")
  process.exit(2)
}

const db = await ensureDatabase("dev")
const child = spawn(command, args, {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, ...databaseEnv(db), PATH: `${projectRoot}/node_modules/.bin:${process.env.PATH}` },
})
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => child.kill(signal))
}
child.on("exit", async (code, signal) => {
  await db.stop()
  process.exit(code ?? (signal ? 1 : 0))
})
