// The published form of the plugin, not the development host's src/: scripts/verify-plugin-install.mjs packs
// it, installs it into a separate scratch Medusa application and checks that application over HTTP. It
// starts its own server, so this file does not use medusaIntegrationTestRunner.
import { spawn } from "node:child_process"
import path from "node:path"

const projectRoot = path.resolve(__dirname, "../..")
const SCRIPT = "scripts/verify-plugin-install.mjs"
// Build ~30 s, migrations ~30 s, boot ~15 s, the admin's first compile up to 3 min on a small machine.
const TIME_LIMIT_MS = 8 * 60 * 1000

jest.setTimeout(TIME_LIMIT_MS + 60 * 1000)

type Outcome = { code: number | null; signal: NodeJS.Signals | null; output: string; timedOut: boolean }

let running: { pid: number } | null = null

function stopGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

function runVerification(): Promise<Outcome> {
  // The scratch host should boot the way a merchant's does, not with the test runner's flags and mode.
  const env = { ...process.env }
  delete env.NODE_OPTIONS
  delete env.NODE_ENV
  delete env.TEST_TYPE
  delete env.JEST_WORKER_ID

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT], {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so a time-out can stop the script and the commands it is running.
      detached: true,
    })
    running = { pid: child.pid! }
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))

    let timedOut = false
    // SIGTERM first: the script's handler stops the Medusa server and the database it started.
    const timer = setTimeout(() => {
      timedOut = true
      stopGroup(child.pid!, "SIGTERM")
      setTimeout(() => stopGroup(child.pid!, "SIGKILL"), 30_000).unref()
    }, TIME_LIMIT_MS)

    child.on("error", reject)
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      running = null
      resolve({ code, signal, output, timedOut })
    })
  })
}

afterAll(() => {
  if (running) stopGroup(running.pid, "SIGTERM")
})

describe("the packed plugin in a separate Medusa application", () => {
  it("installs from its tarball, boots and serves its routes, options, e-mail provider and admin", async () => {
    const outcome = await runVerification()
    if (outcome.code !== 0) {
      const why = outcome.timedOut
        ? `timed out after ${TIME_LIMIT_MS / 60000} min`
        : `exited with ${outcome.code ?? outcome.signal}`
      throw new Error(`node ${SCRIPT} ${why}:\n\n${outcome.output}`)
    }
    expect(outcome.output).not.toContain("✘")
    expect(outcome.code).toBe(0)
  })
})
