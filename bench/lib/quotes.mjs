// Quotes for the acceptance measure: sent quotes of the accounts under load, made by the quote module's own
// workflows (bench/quotes.ts through `medusa exec`), so that accepting one turns real lines into a real
// order. The client ticks the optional line of each, as a client would.
import fs from "node:fs"
import path from "node:path"
import { run } from "../../scripts/lib/stack.mjs"
import { benchIds } from "./seed.mjs"

export async function seedQuotes({ env, client, members, count, workDir, logs, log }) {
  const { rows } = await client.query("select to_regclass('quote') as quote")
  if (!rows[0].quote) {
    log("    quotes: the quote module is not migrated; quotes are not measured")
    return null
  }
  const started = Date.now()
  const file = path.join(workDir, "quotes.json")
  await run("npx", ["medusa", "exec", "./bench/quotes.ts"], {
    env: {
      ...env,
      BENCH_QUOTE_ACCOUNTS: JSON.stringify(members.map((_, i) => benchIds.account(i))),
      BENCH_QUOTES_PER_ACCOUNT: String(Math.ceil(count / members.length)),
      BENCH_QUOTES_FILE: file,
    },
    logFile: path.join(logs, "quotes.log"),
  })
  const { quotes } = JSON.parse(fs.readFileSync(file, "utf8"))
  const optional = await client.query(
    `select v.quote_id, l.id from quote_line l join quote_version v on v.id = l.version_id
     where v.quote_id = any($1) and l.is_optional and l.deleted_at is null`,
    [quotes.map((q) => q.id)]
  )
  log(`    sent quotes (create and send workflows): ${quotes.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return quotes.map((q) => ({
    ...q,
    body: { selected_optional_line_ids: optional.rows.filter((r) => r.quote_id === q.id).map((r) => r.id) },
  }))
}

async function columnsOf(client, table) {
  const { rows } = await client.query(
    "select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 order by ordinal_position",
    [table]
  )
  return rows.map((r) => r.column_name)
}

/**
 * Copies rows of `table` matching `templateWhere` once per quote number g of the series, replacing the
 * columns in `overrides` (SQL over g and, for child rows, their rank `rn` among the template's rows); every
 * other column keeps the template's value, so the copies follow the schema whatever columns it has.
 */
export async function cloneRows(client, table, { templateWhere, params, overrides, series }) {
  const columns = await columnsOf(client, table)
  const select = columns.map((c) => (c in overrides ? `${overrides[c]} as "${c}"` : `t."${c}"`)).join(", ")
  const { rowCount } = await client.query(
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(", ")})
     select ${select}
     from (select *, row_number() over (order by id) - 1 as rn from "${table}" where ${templateWhere}) t, ${series}`,
    params
  )
  return rowCount
}

/**
 * The quotes of the other accounts, so that the quotes list runs over a table the size of the store's:
 * QUOTES_PER_ACCOUNT copies, for each account of [from, to), of the first quote the workflows sent (its
 * version, lines and history with it).
 */
const QUOTES_PER_ACCOUNT = 4

export async function copyQuotesToAccounts(client, template, from, to, { log }) {
  const started = Date.now()
  const Q = QUOTES_PER_ACCOUNT
  const series = `generate_series($2::int * ${Q}, $3::int * ${Q} - 1) g`
  const pad = (prefix, sql) => `'${prefix}_BENCH' || lpad((${sql})::text, 21, '0')`
  const account = pad("cacc", `g / ${Q}`)
  const range = { params: [template, from, to], series }
  const quotes = await cloneRows(client, "quote", {
    templateWhere: "id = $1",
    overrides: { id: pad("quo", "g"), number: `'BQ-' || g`, account_id: account },
    ...range,
  })
  await cloneRows(client, "quote_version", {
    templateWhere: "quote_id = $1",
    overrides: { id: pad("quover", "g * 10 + rn"), quote_id: pad("quo", "g"), account_id: account },
    ...range,
  })
  await cloneRows(client, "quote_line", {
    templateWhere: "version_id in (select id from quote_version where quote_id = $1)",
    overrides: { id: pad("quoline", "g * 100 + rn"), version_id: pad("quover", "g * 10"), account_id: account },
    ...range,
  })
  await cloneRows(client, "quote_status_change", {
    templateWhere: "quote_id = $1",
    overrides: { id: pad("quohist", "g * 10 + rn"), quote_id: pad("quo", "g"), account_id: account },
    ...range,
  })
  log(`    quotes of the other accounts (copies with their versions and lines): ${quotes.toLocaleString("en")} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
