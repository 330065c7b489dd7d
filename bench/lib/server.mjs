// Medusa as it runs in production: `medusa build`, then `medusa start` inside `.medusa/server`. The build runs
// in a copy of the application under .data/bench/app, so it neither wipes the `.medusa/server` that
// `npm run build` (the plugin) writes nor sees files others are editing halfway through the run.
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import { projectRoot } from "../../scripts/lib/database.mjs"
import { run, startService } from "../../scripts/lib/stack.mjs"

const APP_FILES = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]

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
 * Builds the backend (the admin is switched off: it is not measured) and returns the folder to start
 * from. A build that reports type errors still emits JavaScript; it is used, and the caller is told.
 */
export async function buildProductionServer({ env, workDir, logFile }) {
  const appDir = path.join(workDir, "app")
  fs.rmSync(appDir, { recursive: true, force: true })
  fs.mkdirSync(appDir, { recursive: true })
  for (const entry of APP_FILES) {
    fs.cpSync(path.join(projectRoot, entry), path.join(appDir, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}__tests__`) && !source.startsWith(path.join(projectRoot, "src", "admin")),
    })
  }
  // Routes only the bench serves: the no-op routes in and outside /store that price Medusa's store middleware.
  fs.cpSync(path.join(projectRoot, "bench", "routes"), path.join(appDir, "src", "api"), { recursive: true })
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(appDir, "node_modules"))
  // The repository's tsconfig leaves medusa-config.ts out (the plugin build must not ship it); an
  // application's build needs it compiled.
  const tsconfigFile = path.join(appDir, "tsconfig.json")
  const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, "utf8"))
  tsconfig.exclude = tsconfig.exclude.filter((entry) => entry !== "medusa-config.ts")
  fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2))
  const serverDir = path.join(appDir, ".medusa", "server")
  let typeErrors = false
  try {
    await run("npx", ["medusa", "build"], { env, cwd: appDir, logFile })
  } catch (error) {
    if (!fs.existsSync(path.join(serverDir, "medusa-config.js"))) throw error
    typeErrors = true
  }
  return { serverDir, typeErrors }
}

export async function startProductionServer({ serverDir, port, env, logFile }) {
  return startService("Medusa (medusa start)", "npx", ["medusa", "start"], {
    cwd: serverDir,
    env: { ...env, NODE_ENV: "production", PORT: String(port) },
    readyUrl: `http://localhost:${port}/health`,
    logFile,
  })
}

export async function startDevelopServer({ port, env, logFile }) {
  return startService("Medusa (medusa develop)", "npx", ["medusa", "develop"], {
    env: { ...env, PORT: String(port) },
    readyUrl: `http://localhost:${port}/health`,
    logFile,
  })
}
