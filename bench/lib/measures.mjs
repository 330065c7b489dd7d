// What is measured at each data size, beside Medusa's own GET /store/regions. Before a line is measured, one
// request checks that the route answers what it should for the caller (a load of 404s or of someone
// else's data would measure nothing worth printing); a line whose check fails is reported as such.
import { benchIds } from "./seed.mjs"
import { measureGets, measurePosts } from "./load.mjs"

const EQUIPMENT_PER_ACCOUNT = benchIds.equipmentOf(0).length

async function probe(baseUrl, { path, headers }, check) {
  const response = await fetch(`${baseUrl}${path}`, { headers })
  const text = await response.text()
  if (!response.ok) return `${response.status} ${text.replace(/\s+/g, " ").slice(0, 100)}`
  try {
    return check(JSON.parse(text))
  } catch (error) {
    return `unexpected answer: ${error.message}`
  }
}

/**
 * Measures, in this order, the lines whose names `only` accepts (a predicate; every line when absent, the
 * no-op routes only when `noOp`), then accepts `quotes` if given. `label` tells the caching comparison's runs apart from the main one.
 */
export async function measureLoad({ baseUrl, publishableKey, members, settings, data, chartReadings, quotes, noOp = false, only, label = null }) {
  const keyOnly = { "x-publishable-api-key": publishableKey }
  const as = (member) => ({ ...keyOnly, authorization: `Bearer ${member.token}` })
  const account0Equipment = benchIds.equipment(0)

  // Medusa's own route opens and closes each size's lines: the machine's other work drifts over a run,
  // and the portal's routes are compared with the mean of the two.
  const regions = (when) => ({
    name: `regions, ${when}`,
    route: "GET /store/regions",
    targets: [{ path: "/store/regions", headers: keyOnly }],
    check: (body) => (Array.isArray(body.regions) && body.regions.length ? null : "no regions"),
  })
  const lines = [
    regions("first"),
    {
      name: "equipment list",
      route: "GET /store/portal/equipment",
      targets: members.map((member) => ({ path: "/store/portal/equipment", headers: as(member) })),
      check: (body) =>
        body.count === EQUIPMENT_PER_ACCOUNT && body.equipment?.length
          ? null
          : `expected the account's ${EQUIPMENT_PER_ACCOUNT} machines, got count ${body.count}`,
    },
    {
      name: "equipment detail",
      route: "GET /store/portal/equipment/:id",
      targets: members.flatMap((member, i) =>
        benchIds.equipmentOf(i).map((n) => ({ path: `/store/portal/equipment/${benchIds.equipment(n)}`, headers: as(member) }))
      ),
      check: (body) => (body.equipment?.id && Array.isArray(body.equipment.meters) ? null : "no equipment with meters"),
    },
    {
      name: "chart, 500 points",
      route: "GET …/meters/:meterId/readings?points=500",
      readings_on_meter: chartReadings,
      // A latency target: one client opening the chart, not ten queued behind each other on two cores.
      connections: 1,
      targets: [
        {
          path: `/store/portal/equipment/${account0Equipment}/meters/${benchIds.chartMeter}/readings?points=500`,
          headers: as(members[0]),
        },
      ],
      check: (body) =>
        Array.isArray(body.readings) && body.readings.length > 1 && body.readings.length <= 500
          ? null
          : `expected 2 to 500 readings, got ${body.readings?.length}`,
    },
    {
      // The lightest route of the portal (public, one read of the settings): what any store route costs on
      // this machine, Medusa's own middleware included, before it does any work of its own.
      name: "portal branding",
      route: "GET /store/portal/branding",
      targets: [{ path: "/store/portal/branding", headers: keyOnly }],
      check: (body) => (body.branding && "name" in body.branding ? null : "no branding"),
    },
    {
      // The same route twice with nothing in it, in and outside /store: their difference is what Medusa's store
      // middleware (publishable key, locale, logging…) costs every store request (bench/routes).
      name: "no-op store route",
      route: "GET /store/bench/no-op",
      noOp: true,
      targets: [{ path: "/store/bench/no-op", headers: keyOnly }],
      check: (body) => (body.ok ? null : "no answer"),
    },
    {
      name: "no-op route outside /store",
      route: "GET /bench/no-op",
      noOp: true,
      targets: [{ path: "/bench/no-op", headers: {} }],
      check: (body) => (body.ok ? null : "no answer"),
    },
    {
      name: "quotes list",
      route: "GET /store/portal/quotes",
      targets: members.map((member) => ({ path: "/store/portal/quotes", headers: as(member) })),
      check: (body) => (Array.isArray(body.quotes) && typeof body.count === "number" ? null : "no quotes array"),
    },
    regions("last"),
  ].filter((line) => (only ? only(line.name) || line.name.startsWith("regions") : !line.noOp || noOp))

  // A server just started runs its first minute of requests slower (the JIT has not compiled the hot paths
  // yet), and whichever line came first would pay for it: every line's routes are loaded once, unmeasured.
  if (settings.server_warmup > 0) {
    for (const { targets, connections = settings.connections } of lines) {
      await measureGets({ baseUrl, targets, warmup: 0, duration: settings.server_warmup, connections })
    }
  }

  const results = []
  const measureLine = async (line) => {
    const { name, route, targets, check, connections = settings.connections, noOp: _noOp, ...extra } = line
    const tag = label ? `${data}, ${label}` : data
    const problem = await probe(baseUrl, targets[0], check)
    if (problem) {
      console.log(`  ${name} (${tag}): not measured: ${problem}`)
      results.push({ name, route, data, label, error: problem, ...extra })
      return
    }
    const figures = await measureGets({ baseUrl, targets, warmup: settings.warmup, duration: settings.duration, connections })
    console.log(`  ${name} (${tag}): ${figures.rps} req/s, p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms, ${figures.failed} failed`)
    results.push({ name, route, data, label, ...extra, ...figures })
  }
  for (const line of lines) await measureLine(line)

  if (quotes) {
    const figures = await measurePosts({
      baseUrl,
      concurrency: settings.accept_concurrency,
      requests: quotes.map((q) => ({
        path: `/store/portal/quotes/${q.id}/accept`,
        headers: as(members[q.member]),
        body: q.body,
      })),
      check: (body) => (body.order?.id && body.quote?.status === "accepted" ? null : "no order or quote not accepted"),
    })
    console.log(`  quote acceptance (${data}): p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, ${figures.failed} failed`)
    results.push({ name: "quote acceptance", route: "POST /store/portal/quotes/:id/accept", data, label, ...figures })
    // An accepted quote's list item carries its Medusa order (number and totals, through Query): the list
    // once every member has accepted quotes.
    const quotesList = lines.find((line) => line.name === "quotes list")
    if (quotesList) await measureLine({ ...quotesList, name: "quotes list, after the acceptances" })
  }
  return results
}
