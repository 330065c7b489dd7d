// The Chromium the browser tests drive. Debian's when the machine has one (CHROMIUM_PATH, else
// /usr/bin/chromium); otherwise the build that the @sparticuz/chromium package ships inside itself, so that
// `npm install` is all a machine needs: no apt-get, no browser download.
import fs from "node:fs"

export type ChromiumChoice = { executablePath: string; args: string[]; origin: string }

const QUIET = ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]

// The packaged build is made for serverless functions, one page per browser. Left out: --single-process
// (the browser dies when the first test's context closes) and the two flags that turn the browser's own
// protections off, since the tests check pages as a person's browser shows them.
const LEFT_OUT = new Set(["--single-process", "--disable-web-security", "--allow-running-insecure-content"])

export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const system = env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (fs.existsSync(system)) {
    return { executablePath: system, args: ["--no-sandbox", "--disable-gpu", ...QUIET], origin: system }
  }
  // ESM only; the first call unpacks the browser into the temp directory (about 3 s).
  const { default: packaged } = await import("@sparticuz/chromium")
  return {
    executablePath: await packaged.executablePath(),
    args: [...packaged.args.filter((arg) => !LEFT_OUT.has(arg)), ...QUIET],
    origin: `@sparticuz/chromium (no Chromium at ${system})`,
  }
}

const CHOICE_VARIABLE = "E2E_CHROMIUM"

/** Hands the choice made in the global setup to the workers, which inherit its environment. */
export function shareChromium(choice: ChromiumChoice): void {
  process.env[CHOICE_VARIABLE] = JSON.stringify(choice)
}

/** The launch options of the workers; before the global setup has chosen, Debian's (nothing is launched yet). */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  const shared = process.env[CHOICE_VARIABLE]
  if (shared) {
    const { executablePath, args } = JSON.parse(shared) as ChromiumChoice
    return { executablePath, args }
  }
  return { executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", ...QUIET] }
}
