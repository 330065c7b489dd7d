const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// TEST_TYPE picks one family of tests; scripts/test.mjs runs each family in turn.
const testMatchByType = {
  unit: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"],
  "integration:modules": ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
  "integration:http": ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
  multiprocess: ["<rootDir>/integration-tests/multiprocess/**/*.spec.[jt]s"],
}

module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true, tsx: true },
          transform: { react: { runtime: "automatic" } },
        },
        // The multi-process test drives the scripts' ES modules (bench/lib, scripts/lib): keep its import()
        // calls native instead of turning them into require().
        module: { type: "commonjs", ignoreDynamic: process.env.TEST_TYPE === "multiprocess" },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  // .data holds the bench's copy of the application, whose package.json would collide with ours.
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/storefront/", "<rootDir>/.data/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
  testMatch: testMatchByType[process.env.TEST_TYPE ?? "unit"],
}
