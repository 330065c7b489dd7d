// Preloaded into `medusa develop` by `npm run dev` (node --require). Medusa's develop command watches the
// whole project with chokidar and ignores only a fixed list (dot folders, the root node_modules, dist,
// static, private, src/admin, .medusa) that no setting extends: any other file created or changed restarts
// the server, so installing the portal's packages restarted it once per file. This adds the portal
// (storefront/, with its own packages and builds), runtime data (.data/), every node_modules and the build
// and test output folders to that list; the server still restarts when src/ or medusa-config.ts change.
const path = require("node:path")
const { createRequire } = require("node:module")

const root = process.cwd()
const OUTSIDE_THE_WATCH = ["storefront", ".data", "build", "dist", "coverage", "test-results", "playwright-report", "bench/results"]

// The chokidar that Medusa's develop command itself requires.
const chokidar = createRequire(require.resolve("@medusajs/medusa/package.json", { paths: [root] }))("chokidar")

function outsideTheWatch(file) {
  const relative = path.relative(root, path.resolve(root, file))
  return (
    OUTSIDE_THE_WATCH.some((folder) => relative === folder || relative.startsWith(`${folder}${path.sep}`)) ||
    relative.split(path.sep).includes("node_modules")
  )
}

const watch = chokidar.watch
function watchWithoutOutside(paths, options = {}) {
  return watch(paths, { ...options, ignored: [...[options.ignored ?? []].flat(), outsideTheWatch] })
}
chokidar.watch = watchWithoutOutside
if (chokidar.default) chokidar.default.watch = watchWithoutOutside
