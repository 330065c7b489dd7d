// Each test file boots modules anew; MikroORM keeps entity metadata in a global store that must start empty.
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// `npm test` migrates one database before the HTTP family (PORTAL_TEST_TEMPLATE_DB). Each HTTP file's
// database is then created as a copy of it, so the migrations the test runner still runs at boot find
// nothing left to do, instead of creating some 150 tables again in every file. The runner creates its
// database with this one statement (@medusajs/test-utils, postgres-template.js) and offers no option for it.
const template = process.env.PORTAL_TEST_TEMPLATE_DB
if (template) {
  const pg = require("pg")
  const RUNNER_DATABASE = /^CREATE DATABASE ("medusa-[a-z0-9]+-integration-\d+");$/
  const query = pg.Client.prototype.query
  pg.Client.prototype.query = function (statement, ...rest) {
    const created = typeof statement === "string" ? RUNNER_DATABASE.exec(statement) : null
    return query.call(this, created ? `CREATE DATABASE ${created[1]} TEMPLATE "${template}";` : statement, ...rest)
  }
}
