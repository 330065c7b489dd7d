// The figures as a table, and each target of issue 10 judged PASS or MISS from them, with the caching
// comparison and the price of Medusa's store middleware beside them.

const fmt = (n, digits = 0) => (n === null || n === undefined ? "—" : n.toLocaleString("en", { maximumFractionDigits: digits }))

/** A ceiling on every GET line's p99 at 10 connections (issue 10). */
const P99_CEILING_MS = 250

/**
 * The targets. Ratios are to `/store/regions` in the same run and server (the mean of its first and last
 * line, since the machine's other work drifts over a run). "Latency within 20% at 1x and 10x" compares
 * medians (p50): the p95 of a 10-second run on a shared 2-core machine moves more than 20% between two runs.
 */
export function judge(measures) {
  const get = (name, data, label = null) => measures.find((m) => m.name === name && m.data === data && (m.label ?? null) === label && !m.error)
  const checks = []
  const add = (target, figure, ok) => checks.push({ target, figure, result: ok === null ? "n/a" : ok ? "PASS" : "MISS" })

  const regionsOf = (data, label = null) => {
    const runs = [get("regions, first", data, label), get("regions, last", data, label)].filter(Boolean)
    return runs.length ? { rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length } : null
  }
  const ratio = (m, regions) => `${fmt(m.rps, 1)} vs ${fmt(regions.rps, 1)} (${(m.rps / regions.rps).toFixed(2)}×)`
  const atLeast = (name, data, factor, label = null) => {
    const m = get(name, data, label)
    const regions = regionsOf(data, label)
    add(
      `${name} req/s ≥ ${factor.toFixed(1)} × /store/regions (${data})`,
      m && regions ? ratio(m, regions) : "not measured",
      m && regions ? m.rps >= factor * regions.rps : null
    )
  }

  atLeast("equipment list", "10x", 1.0)
  atLeast("equipment detail", "10x", 1.0)
  atLeast("portal branding", "10x", 1.3)
  const chart = get("chart, 500 points", "10x")
  add(
    `chart p95 < 50 ms over ${chart ? fmt(chart.readings_on_meter) : "100,000"} readings (10x, 1 connection)`,
    chart ? `${fmt(chart.p95_ms, 1)} ms` : "not measured",
    chart ? chart.p95_ms < 50 : null
  )
  const loaded = measures.filter((m) => m.data === "10x" && !m.label && !m.error && m.connections >= 10 && m.route.startsWith("GET"))
  const worst = loaded.reduce((a, b) => (!a || b.p99_ms > a.p99_ms ? b : a), null)
  add(
    `no route's p99 over ${P99_CEILING_MS} ms at 10 connections (10x)`,
    worst ? `highest: ${worst.name} ${fmt(worst.p99_ms, 1)} ms (${loaded.length} lines)` : "not measured",
    worst ? worst.p99_ms <= P99_CEILING_MS : null
  )
  atLeast("quotes list", "10x", 1.0)
  const quotes = get("quotes list", "10x")
  add(`quotes list p99 < ${P99_CEILING_MS} ms (10x)`, quotes ? `${fmt(quotes.p99_ms, 1)} ms` : "not measured", quotes ? quotes.p99_ms < P99_CEILING_MS : null)
  const afterAcceptances = get("quotes list, after the acceptances", "10x")
  const regions10x = regionsOf("10x")
  add(
    "quotes list once its quotes are accepted (each item with its order): req/s beside /store/regions, p99 (10x; reference)",
    afterAcceptances && regions10x ? `${ratio(afterAcceptances, regions10x)}, p99 ${fmt(afterAcceptances.p99_ms, 1)} ms` : "not measured",
    null
  )

  for (const name of ["equipment list", "chart, 500 points"]) {
    const one = get(name, "1x")
    const ten = get(name, "10x")
    add(
      `${name} latency 10x within 20% of 1x (p50)`,
      one && ten
        ? `p50 ${fmt(one.p50_ms, 1)} → ${fmt(ten.p50_ms, 1)} ms (${((ten.p50_ms / one.p50_ms - 1) * 100).toFixed(0)}%); ` +
            `p95 ${fmt(one.p95_ms, 1)} → ${fmt(ten.p95_ms, 1)} ms`
        : "not measured",
      one && ten ? ten.p50_ms <= one.p50_ms * 1.2 : null
    )
  }
  for (const name of ["equipment list", "equipment detail", "portal branding", "quotes list"]) {
    const m = get(name, "1x")
    const regions = regionsOf("1x")
    add(`${name} req/s beside /store/regions (1x; reference)`, m && regions ? ratio(m, regions) : "not measured", null)
  }

  // What Medusa's store middleware costs a request: on a server bound by its CPU, the time a request takes
  // of it is 1 / (requests per second), so the difference of the two no-op routes is that middleware's share.
  const store = get("no-op store route", "10x")
  const plain = get("no-op route outside /store", "10x")
  const branding = get("portal branding", "10x")
  add(
    "store middleware: no-op route in /store vs outside (CPU ms per request = 1000 / req/s)",
    store && plain
      ? `${fmt(store.rps, 1)} vs ${fmt(plain.rps, 1)} req/s: ${fmt(1000 / store.rps, 2)} vs ${fmt(1000 / plain.rps, 2)} ms, ` +
          `the middleware ${fmt(1000 / store.rps - 1000 / plain.rps, 2)} ms` +
          (branding ? ` of the lightest portal route's ${fmt(1000 / branding.rps, 2)} ms` : "")
      : "not measured",
    null
  )

  // The caching comparison: the same lines on Redis with Medusa's caching module off, then on.
  const off = "Redis, caching off"
  const on = "Redis, caching on"
  for (const name of ["regions, first", "no-op store route", "portal branding", "equipment list", "equipment detail", "quotes list", "regions, last"]) {
    const a = get(name, "10x", off)
    const b = get(name, "10x", on)
    add(
      `caching module, ${name}: req/s and p99 off → on (10x, Redis)`,
      a && b
        ? `${fmt(a.rps, 1)} → ${fmt(b.rps, 1)} req/s (${b.rps >= a.rps ? "+" : ""}${((b.rps / a.rps - 1) * 100).toFixed(0)}%), p99 ${fmt(a.p99_ms, 1)} → ${fmt(b.p99_ms, 1)} ms`
        : "not measured",
      null
    )
  }
  const accept = get("quote acceptance", "10x")
  add(
    "quote acceptance p50 / p95 (no target set)",
    accept ? `${fmt(accept.p50_ms)} / ${fmt(accept.p95_ms)} ms over ${accept.requests} quotes` : "not measured",
    null
  )

  // Issues 12 to 15: latency targets (p95 under a ceiling, one client) and p95 beside the fleet list's at 10x.
  const byPrefix = (prefix, data = "10x") => measures.find((m) => m.name.startsWith(prefix) && m.data === data && !m.error)
  const under = (prefix, data, ceiling, what) => {
    const m = byPrefix(prefix, data)
    add(
      `${what}: p95 < ${ceiling} ms`,
      m ? `p50 ${fmt(m.p50_ms, 1)}, p95 ${fmt(m.p95_ms, 1)} ms (${m.data === "engine" ? `${m.requests} searches` : `${m.connections} connection`})` : "not measured",
      m ? m.p95_ms < ceiling : null
    )
  }
  under("interventions: slot search (engine)", "engine", 100, "interventions: slot search, 14 days × 30 technicians × 300 appointments, engine (aim < 30 ms)")
  under("interventions: slot search (HTTP)", "10x", 100, "interventions: the same slot search through its route (HTTP)")
  under("rentals: availability", "10x", 50, "rentals: one model's availability over 90 days, 1,000 units, 50,000 reservations")
  under("rentals: catalogue", "10x", 100, "rentals: catalogue for a date range over 200 models")
  const fleet = get("equipment list", "10x")
  for (const [prefix, what] of [
    ["support: inbox", "support: inbox with unread counts (1,000 threads, 50,000 messages)"],
    ["billing: invoices list", "billing: invoices list (500,000 invoices)"],
    ["billing: amount due", "billing: amount due (500,000 invoices)"],
  ]) {
    const m = byPrefix(prefix)
    add(
      `${what}: p95 ≤ 1.2 × the equipment list's (10x)`,
      m && fleet ? `p95 ${fmt(m.p95_ms, 1)} vs ${fmt(fleet.p95_ms, 1)} ms (${(m.p95_ms / fleet.p95_ms).toFixed(2)}×)` : "not measured",
      m && fleet ? m.p95_ms <= 1.2 * fleet.p95_ms : null
    )
  }
  for (const [prefix, target] of [
    ["interventions: ", "interventions: concurrent bookings of one slot → exactly 1, the rest 409"],
    ["rentals: ", "rentals: concurrent reservations of the last free unit → exactly 1, the rest 409"],
    ["billing: ", "billing: concurrent invoice issues → consecutive numbers, no gap, no duplicate"],
  ]) {
    const m = measures.find((x) => x.name.startsWith(prefix) && x.race)
    const failed = measures.find((x) => x.name.startsWith(prefix) && x.error && x.route.startsWith("POST"))
    const r = m?.race
    const ok = r
      ? r.expected_ok === 1
        ? r.ok === 1 && r.in_database === 1 && r.conflicts === m.requests - 1
        : r.ok === m.requests && r.consecutive
      : null
    add(
      `${target} (${m ? m.requests : "—"} at once)`,
      m ? `${m.verdict}; ${fmt(m.seconds, 2)} s in all, p50 ${fmt(m.p50_ms)} / p95 ${fmt(m.p95_ms)} ms` : failed ? `not measured: ${failed.error.slice(0, 80)}` : "not measured",
      ok
    )
  }
  return checks
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ")
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n")
}

export function printReport({ measures, checks, context }) {
  console.log(`\nServer: ${context.server}. Load: autocannon, ${context.warmup} s warm-up then ${context.duration} s measured per line, over the connections in "conn"; acceptance: each quote once, ${context.accept_concurrency} at a time.`)
  console.log(`Machine: ${context.cpus} CPUs, Node ${context.node}. Data: 1x = ${context.sizes["1x"].label}; 10x = ${context.sizes["10x"].label}.\n`)
  console.log(
    table(
      ["measure", "data", "route", "conn", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "failed"],
      measures.map((m) => {
        const data = m.label ? `${m.data}, ${m.label}` : m.data
        return m.error
          ? [m.name, data, m.route, "—", "—", "—", "—", "—", "—", m.error.slice(0, 60)]
          : [m.name, data, m.route, m.connections, fmt(m.rps, 1), fmt(m.p50_ms, 1), fmt(m.p95_ms, 1), fmt(m.p99_ms, 1), fmt(m.requests), fmt(m.failed)]
      })
    )
  )
  console.log("")
  console.log(table(["target", "measured", "result"], checks.map((c) => [c.target, c.figure, c.result])))
}
