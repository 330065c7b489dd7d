#!/usr/bin/env node
// `npm test`: every family of tests in turn (unit, module, HTTP, browser) against a real PostgreSQL
// (embedded unless the environment names one), then one line `N passed, N failed` summing them all.
// `npm test -- unit http` runs only the families named.
import fs from "node:fs"
import path from "node:path"
import { databaseEnv, ensureDatabase, projectRoot } from "./lib/database.mjs"
import { ensureStorefrontDependencies, run } from "./lib/stack.mjs"

const FAMILIES = {
  lint: { runner: "static", database: false },
  unit: { runner: "jest", testType: "unit", database: false },
  modules: { runner: "jest", testType: "integration:modules", database: true },
  http: { runner: "jest", testType: "integration:http", database: true },
  multiprocess: { runner: "jest", testType: "multiprocess", database: true },
  e2e: { runner: "playwright", database: true },
}

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("-"))
const unknown = requested.filter((name) => !FAMILIES[name])
if (unknown.length) {
  console.error(`Unknown test family: ${unknown.join(", ")}. Known: ${Object.keys(FAMILIES).join(", ")}`)
  process.exit(2)
}
const families = requested.length ? requested : Object.keys(FAMILIES)
const resultsDir = path.join(projectRoot, ".data", "test-results")
fs.rmSync(resultsDir, { recursive: true, force: true })
fs.mkdirSync(resultsDir, { recursive: true })

let db = null
const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []

async function runJest(name, testType, env) {
  const outputFile = path.join(resultsDir, `${name}.json`)
  try {
    await run(
      "npx",
      ["jest", "--runInBand", "--forceExit", "--passWithNoTests", "--json", `--outputFile=${outputFile}`],
      {
        // Medusa logs every migration and request at info level; errors are what a test run needs.
        env: { LOG_LEVEL: "error", ...env, TEST_TYPE: testType, NODE_OPTIONS: "--experimental-vm-modules" },
        echo: true,
      }
    )
  } catch {
    // Failures are counted from the report below; a crash without one counts as a failure.
  }
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1, skipped: 0 }
  const report = JSON.parse(fs.readFileSync(outputFile, "utf8"))
  // A file that fails before any test runs (a syntax error, a boot failure) has no failed test to count.
  const brokenFiles = report.testResults.filter((file) => file.status === "failed" && file.assertionResults.length === 0).length
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  }
}

// Static checks count one each: ESLint, and TypeScript over the plugin, the scripts and tests, the admin
// extension and the portal.
const STATIC_CHECKS = [
  ["npx", ["eslint", "."]],
  ["npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["npx", ["tsc", "--noEmit", "-p", "tsconfig.check.json"]],
  ["npx", ["tsc", "--noEmit", "-p", "src/admin/tsconfig.json"]],
  ["npx", ["tsc", "--noEmit", "-p", "storefront/tsconfig.json"]],
]

async function runStaticChecks() {
  const result = { passed: 0, failed: 0, skipped: 0 }
  await ensureStorefrontDependencies()
  for (const [command, args] of STATIC_CHECKS) {
    try {
      await run(command, args)
      console.log(`✓ ${command} ${args.join(" ")}`)
      result.passed += 1
    } catch (error) {
      console.log(`✗ ${error.message}`)
      result.failed += 1
    }
  }
  return result
}

async function runPlaywright(env) {
  const outputFile = path.join(resultsDir, "e2e.json")
  try {
    await run("npx", ["playwright", "test", "--config", "integration-tests/e2e/playwright.config.ts"], {
      env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: outputFile },
      echo: true,
    })
  } catch {
    // counted below
  }
  if (!fs.existsSync(outputFile)) return { passed: 0, failed: 1, skipped: 0 }
  const { stats, errors = [] } = JSON.parse(fs.readFileSync(outputFile, "utf8"))
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (stats.expected + stats.unexpected === 0 && errors.length ? 1 : 0),
    skipped: stats.skipped,
  }
}

try {
  if (families.some((name) => FAMILIES[name].database)) {
    db = await ensureDatabase("test")
  }
  const env = db ? databaseEnv(db) : {}
  // The test runners create a database per test file; DATABASE_URL would point them elsewhere.
  delete env.DATABASE_URL
  for (const name of families) {
    const family = FAMILIES[name]
    console.log(`\n━━ ${name} tests ━━`)
    const started = Date.now()
    const result =
      family.runner === "static"
        ? await runStaticChecks()
        : family.runner === "jest"
          ? await runJest(name, family.testType, env)
          : await runPlaywright(env)
    const seconds = Math.round((Date.now() - started) / 1000)
    lines.push(`${name.padEnd(8)} ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped (${seconds}s)`)
    totals.passed += result.passed
    totals.failed += result.failed
    totals.skipped += result.skipped
  }
} catch (error) {
  console.error(String(error?.stack ?? error))
  totals.failed += 1
} finally {
  await db?.stop()
}

console.log(`\n${lines.join("\n")}`)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1)
