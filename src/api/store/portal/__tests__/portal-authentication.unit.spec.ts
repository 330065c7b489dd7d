import fs from "node:fs"
import path from "node:path"
import { PUBLIC_PORTAL_ROUTES, storePortalAuthMiddlewares } from "../middlewares"

const PORTAL_DIR = path.resolve(__dirname, "..")

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : routeFiles(full)
    return entry.name === "route.ts" ? [full] : []
  })
}

/** The route's URL path, with `[id]` segments turned into a sample value as a request would have. */
const urlOf = (file: string) =>
  "/store/portal" + path.dirname(path.relative(PORTAL_DIR, file)).replace(/^\.$/, "").split(path.sep).map((s) => (s.startsWith("[") ? "x_1" : s)).filter(Boolean).map((s) => `/${s}`).join("")

const isMatched = (url: string) =>
  storePortalAuthMiddlewares.some(({ matcher }) => {
    if (matcher instanceof RegExp) return matcher.test(url)
    const text = String(matcher)
    return text.endsWith("*") ? url.startsWith(text.slice(0, -1)) : url === text
  })

describe("portal route authentication", () => {
  const files = routeFiles(PORTAL_DIR)

  it("finds the portal's route files", () => {
    expect(files.length).toBeGreaterThan(10)
  })

  // A route that opts out of Medusa's store-wide verification must be authenticated by ours, or it would
  // answer without knowing who calls.
  it.each(files.map((file) => [urlOf(file), file]))("%s is authenticated exactly once", (url, file) => {
    const source = fs.readFileSync(file, "utf8")
    const optsOut = /export \{ AUTHENTICATE \} from "[./]+\/authenticate-client"/.test(source)
    if (PUBLIC_PORTAL_ROUTES.includes(url)) {
      expect(optsOut).toBe(false)
      expect(isMatched(url)).toBe(false)
    } else {
      expect(optsOut).toBe(true)
      expect(isMatched(url)).toBe(true)
    }
  })
})
