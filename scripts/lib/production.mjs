// Medusa as a merchant runs it: `medusa build`, then `medusa start` inside `.medusa/server`. Shared by the demo,
// the browser tests and the bench. The build runs in a copy of the application under a folder of .data, so it
// neither wipes the `.medusa/server` that `npm run build` (the plugin) writes nor sees files others are
// editing halfway through; the server started from it watches nothing, so whatever is written in the tree
// while it runs (an install, a build, a test run) leaves it alone.
import fs from "node:fs"
import path from "node:path"
import { projectRoot } from "./database.mjs"
import { newestMtime, run, startService } from "./stack.mjs"

const APP_FILES = ["src", "medusa-config.ts", "tsconfig.json", "package.json"]
// A change to any of these makes the next start build again; the installed packages count through the lockfile.
const BUILD_INPUTS = [...APP_FILES, "package-lock.json"]

/**
 * Builds the backend, with the admin or without it (the bench does not measure it), into `workDir/app`,
 * unless the build there was made from the same sources with the same admin choice. Returns the folder to
 * start from. `extraRoutes` are folders of API routes built in beside the plugin's (the bench's no-op routes).
 * A build that reports type errors still emits JavaScript; it is used, and the caller is told.
 */
export async function buildProductionServer({ env, workDir, logFile, admin = false, extraRoutes = [] }) {
  const appDir = path.join(workDir, "app")
  const serverDir = path.join(appDir, ".medusa", "server")
  const stampFile = path.join(workDir, "build.json")
  const inputs = [...BUILD_INPUTS.map((entry) => path.join(projectRoot, entry)), ...extraRoutes]
  const sources = Math.max(...inputs.map((entry) => newestMtime(entry)))
  const extras = extraRoutes.join(",")
  const previous = readStamp(stampFile)
  if (
    previous?.sources === sources &&
    previous.admin === admin &&
    previous.extras === extras &&
    fs.existsSync(path.join(serverDir, "medusa-config.js"))
  ) {
    return { serverDir, typeErrors: previous.typeErrors, built: false }
  }

  fs.rmSync(stampFile, { force: true })
  fs.rmSync(appDir, { recursive: true, force: true })
  fs.mkdirSync(appDir, { recursive: true })
  const adminSources = path.join(projectRoot, "src", "admin")
  for (const entry of APP_FILES) {
    fs.cpSync(path.join(projectRoot, entry), path.join(appDir, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}__tests__`) && (admin || !source.startsWith(adminSources)),
    })
  }
  for (const routes of extraRoutes) {
    fs.cpSync(routes, path.join(appDir, "src", "api"), { recursive: true })
  }
  fs.symlinkSync(path.join(projectRoot, "node_modules"), path.join(appDir, "node_modules"))
  // The repository's tsconfig leaves medusa-config.ts out (the plugin build must not ship it); an
  // application's build needs it compiled.
  const tsconfigFile = path.join(appDir, "tsconfig.json")
  const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, "utf8"))
  tsconfig.exclude = tsconfig.exclude.filter((entry) => entry !== "medusa-config.ts")
  fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2))

  let typeErrors = false
  try {
    await run("npx", ["medusa", "build"], {
      // The admin calls the server that serves it, whatever its port; see medusa-config.ts.
      env: { ...env, DISABLE_MEDUSA_ADMIN: admin ? "false" : "true", MEDUSA_ADMIN_BACKEND_URL: "/" },
      cwd: appDir,
      logFile,
    })
  } catch (error) {
    if (!fs.existsSync(path.join(serverDir, "medusa-config.js"))) throw error
    typeErrors = true
  }
  if (admin && !fs.existsSync(path.join(serverDir, "public", "admin", "index.html"))) {
    throw new Error(`medusa build made no admin; see ${logFile}`)
  }
  fs.writeFileSync(stampFile, JSON.stringify({ sources, admin, extras, typeErrors }))
  return { serverDir, typeErrors, built: true }
}

function readStamp(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return null
  }
}

/** `medusa start` in the built folder; ready once `/health` answers (and `/app` too when the admin is on). */
export async function startProductionServer({ serverDir, port, env, logFile, admin = false }) {
  const server = await startService("Medusa (medusa start)", "npx", ["medusa", "start"], {
    cwd: serverDir,
    env: { ...env, NODE_ENV: "production", PORT: String(port), DISABLE_MEDUSA_ADMIN: admin ? "false" : "true" },
    readyUrl: `http://localhost:${port}/health`,
    logFile,
  })
  if (admin) {
    const response = await fetch(`http://localhost:${port}/app/login`).catch((error) => ({ ok: false, status: String(error) }))
    if (!response.ok) {
      await server.stop()
      throw new Error(`Medusa answers /health but not its admin at /app (${response.status}); see ${logFile}`)
    }
  }
  return server
}
