// The figures as a table, and each target of issues 4 and 5 judged PASS or MISS from them.

const fmt = (n, digits = 0) => (n === null || n === undefined ? "—" : n.toLocaleString("en", { maximumFractionDigits: digits }))

/**
 * The targets. "Latency within 20% at 1x and 10x" compares medians (p50): the p95 of a 10-second run on a
 * shared 2-core machine moves more between two runs of the same thing than 20%; the p95 ratio is printed
 * beside it.
 */
export function judge(measures) {
  const get = (name, data) => measures.find((m) => m.name === name && m.data === data && !m.error)
  const checks = []
  const add = (target, figure, ok) => checks.push({ target, figure, result: ok === null ? "n/a" : ok ? "PASS" : "MISS" })

  const regionsOf = (data) => {
    const runs = [get("regions, first", data), get("regions, last", data)].filter(Boolean)
    return runs.length ? { rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length } : null
  }
  for (const data of ["1x", "10x"]) {
    const regions = regionsOf(data)
    for (const name of ["equipment list", "equipment detail"]) {
      const m = get(name, data)
      add(
        `${name} req/s ≥ 1.5 × /store/regions (${data}; regions: mean of first and last)`,
        m && regions ? `${fmt(m.rps)} vs ${fmt(regions.rps)} (${(m.rps / regions.rps).toFixed(2)}×)` : "not measured",
        m && regions ? m.rps >= 1.5 * regions.rps : null
      )
    }
  }
  const chart = get("chart, 500 points", "10x")
  add(
    `chart p95 < 50 ms over ${chart ? fmt(chart.readings_on_meter) : "100,000"} readings`,
    chart ? `${fmt(chart.p95_ms, 1)} ms` : "not measured",
    chart ? chart.p95_ms < 50 : null
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
  for (const data of ["1x", "10x"]) {
    const branding = get("portal branding", data)
    const regions = regionsOf(data)
    add(
      `lightest store route (portal branding) req/s beside /store/regions (${data}; reference, no target)`,
      branding && regions ? `${fmt(branding.rps)} vs ${fmt(regions.rps)} (${(branding.rps / regions.rps).toFixed(2)}×)` : "not measured",
      null
    )
  }
  const quotes = get("quotes list", "10x")
  const regions = regionsOf("10x")
  add(
    "quotes list req/s beside /store/regions (no target set)",
    quotes && regions ? `${fmt(quotes.rps)} vs ${fmt(regions.rps)} (${(quotes.rps / regions.rps).toFixed(2)}×)` : "not measured",
    null
  )
  const accept = get("quote acceptance", "10x")
  add(
    "quote acceptance p50 / p95 (no target set)",
    accept ? `${fmt(accept.p50_ms)} / ${fmt(accept.p95_ms)} ms over ${accept.requests} quotes` : "not measured",
    null
  )
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
      measures.map((m) =>
        m.error
          ? [m.name, m.data, m.route, "—", "—", "—", "—", "—", "—", m.error.slice(0, 60)]
          : [m.name, m.data, m.route, m.connections, fmt(m.rps, 1), fmt(m.p50_ms, 1), fmt(m.p95_ms, 1), fmt(m.p99_ms, 1), fmt(m.requests), fmt(m.failed)]
      )
    )
  )
  console.log("")
  console.log(table(["target", "measured", "result"], checks.map((c) => [c.target, c.figure, c.result])))
}
