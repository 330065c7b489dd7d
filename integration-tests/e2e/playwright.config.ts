import path from "node:path"
import { defineConfig } from "@playwright/test"
import { chromiumLaunchOptions } from "./chromium"

const root = path.resolve(__dirname, "../..")

export default defineConfig({
  testDir: __dirname,
  testMatch: /.*\.e2e\.ts$/,
  outputDir: path.join(root, ".data/test-results/e2e-artifacts"),
  // One stack (database, Medusa, portal, mail catcher) serves every test; they run one after another.
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 20_000 },
  globalSetup: path.join(__dirname, "global-setup.ts"),
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE || path.join(root, ".data/test-results/e2e.json") }],
  ],
  use: {
    browserName: "chromium",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
})
