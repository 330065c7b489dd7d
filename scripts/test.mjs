#!/usr/bin/env node
// `npm test`: every family of tests in turn (unit, module, HTTP, browser) against a real PostgreSQL
// (embedded unless the environment names one), then one line `N passed, N failed` summing them all.
// `npm test -- unit http` runs only the families named.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { databaseEnv, ensureDatabase, projectRoot } from "./lib/database.mjs"
import { createFreshDatabase, ensureStorefrontDependencies, run } from "./lib/stack.mjs"

const FAMILIES = {
  lint: { runner: "static", database: false },
  unit: { runner: "jest", testType: "unit", database: false },
  modules: { runner: "jest", testType: "integration:modules", database: true },
  http: { runner: "jest", testType: "integration:http", database: true, template: true },
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
      // One file at a time, in a worker that is replaced once a file leaves it above 1.5 GB: each HTTP file boots
      // Medusa, and one process running them all ran out of heap after about twenty files.
      ["jest", "--maxWorkers=1", "--workerIdleMemoryLimit=1536MB", "--forceExit", "--passWithNoTests", "--json", `--outputFile=${outputFile}`],
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

async function runJestFamily(name, family, env) {
  const template = family.template ? await migratedTemplate(env) : null
  try {
    return await runJest(name, family.testType, template ? { ...env, PORTAL_TEST_TEMPLATE_DB: template.name } : env)
  } finally {
    await template?.drop()
  }
}

// Static checks count one each: ESLint, and TypeScript over the plugin, the scripts and tests, the admin
// extension and the portal. TypeScript keeps what it learnt in .data/tsc, so that a second run rechecks
// only what changed.
const typeCheck = (project, name) => ["npx", ["tsc", "--noEmit", "--incremental", "--tsBuildInfoFile", `.data/tsc/${name}.tsbuildinfo`, "-p", project]]
const STATIC_CHECKS = [
  ["npx", ["eslint", "."]],
  typeCheck("tsconfig.json", "plugin"),
  typeCheck("tsconfig.check.json", "scripts-and-tests"),
  typeCheck("src/admin/tsconfig.json", "admin"),
  typeCheck("storefront/tsconfig.json", "portal"),
]

// Each check is one single-threaded process: two at a time use both cores of a small machine.
const STATIC_CHECKS_AT_ONCE = Math.max(2, Math.min(os.availableParallelism?.() ?? 2, STATIC_CHECKS.length))

async function runStaticChecks() {
  const result = { passed: 0, failed: 0, skipped: 0 }
  await ensureStorefrontDependencies()
  const pending = [...STATIC_CHECKS]
  const worker = async () => {
    for (let check = pending.shift(); check; check = pending.shift()) {
      const [command, args] = check
      const started = Date.now()
      try {
        await run(command, args)
        console.log(`✓ ${command} ${args.join(" ")} (${Math.round((Date.now() - started) / 1000)}s)`)
        result.passed += 1
      } catch (error) {
        console.log(`✗ ${error.message}`)
        result.failed += 1
      }
    }
  }
  await Promise.all(Array.from({ length: STATIC_CHECKS_AT_ONCE }, worker))
  return result
}

/**
 * One database migrated as the HTTP test runner migrates each file's (modules and links, no migration
 * scripts), from which integration-tests/setup.js creates every HTTP file's database. Without it, each of
 * the family's files spent its first 10–20 s creating the same tables. Null when it cannot be made: the
 * files then migrate their own databases, as before.
 */
async function migratedTemplate(env) {
  const started = Date.now()
  try {
    const template = await createFreshDatabase(db, `portal_http_template_${process.pid}`)
    await run("npx", ["medusa", "db:migrate", "--skip-scripts"], {
      env: { ...env, DATABASE_URL: template.url },
      logFile: path.join(projectRoot, ".data", "logs", "test-template-migrate.log"),
    })
    console.log(`Migrated the HTTP files' template database in ${Math.round((Date.now() - started) / 1000)}s`)
    return { name: new URL(template.url).pathname.slice(1), drop: template.drop }
  } catch (error) {
    console.log(`No template database (${error.message.split("\n")[0]}); each HTTP file migrates its own`)
    return null
  }
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
          ? await runJestFamily(name, family, env)
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
