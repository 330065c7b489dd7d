// The load: autocannon with a fixed number of connections, a warm-up whose figures are thrown away, then a
// timed run whose every response time is kept so that percentiles are exact rather than read off buckets.
import autocannon from "autocannon"

export function percentile(sorted, p) {
  if (!sorted.length) return null
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]
}

function summarize(latencies, seconds, extra) {
  const sorted = [...latencies].sort((a, b) => a - b)
  const round = (n) => (n === null ? null : Math.round(n * 10) / 10)
  return {
    requests: sorted.length,
    seconds,
    rps: Math.round((sorted.length / seconds) * 10) / 10,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    p99_ms: round(percentile(sorted, 99)),
    ...extra,
  }
}

function fire({ baseUrl, targets, connections, duration, onLatency }) {
  return new Promise((resolve, reject) => {
    let next = 0
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration,
        // Each request takes the next target (a path and the caller's headers) in turn, so a run spreads
        // over many accounts and records instead of hitting one row the database keeps hot.
        requests: [
          {
            setupRequest: (request) => {
              const { path, headers } = targets[next++ % targets.length]
              return { ...request, method: "GET", path, headers: { ...request.headers, ...headers } }
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result))
    )
    instance.on("response", (_client, statusCode, _bytes, responseTime) => onLatency(statusCode, responseTime))
  })
}

/**
 * Measures GET requests over `targets` ({ path, headers }, taken in turn) with `connections` concurrent
 * keep-alive connections: `warmup` seconds whose figures are discarded, then `duration` seconds measured.
 */
export async function measureGets({ baseUrl, targets, connections, warmup, duration }) {
  if (warmup > 0) {
    await fire({ baseUrl, targets, connections, duration: warmup, onLatency: () => {} })
  }
  const latencies = []
  const statuses = {}
  const result = await fire({
    baseUrl,
    targets,
    connections,
    duration,
    onLatency: (status, ms) => {
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status >= 200 && status < 300) latencies.push(ms)
    },
  })
  const failed = Object.entries(statuses)
    .filter(([status]) => Number(status) >= 300)
    .reduce((sum, [, n]) => sum + n, 0)
  return summarize(latencies, duration, {
    connections,
    failed: failed + result.errors + result.timeouts,
    statuses,
  })
}

/**
 * Sends each POST once (a list of distinct targets, e.g. quotes to accept), `concurrency` at a time, and
 * keeps the latency of every answer. `check` reads an answer's body and returns an error message or null.
 */
export async function measurePosts({ baseUrl, requests, concurrency, check }) {
  const latencies = []
  const failures = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < requests.length) {
      const { path, headers, body } = requests[next++]
      const t0 = performance.now()
      try {
        const response = await fetch(`${baseUrl}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify(body),
        })
        const text = await response.text()
        const ms = performance.now() - t0
        const problem = response.ok ? check(JSON.parse(text)) : `${response.status} ${text.slice(0, 200)}`
        if (problem) failures.push(`${path}: ${problem}`)
        else latencies.push(ms)
      } catch (error) {
        failures.push(`${path}: ${error.message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  return summarize(latencies, Math.round(seconds * 10) / 10, {
    connections: concurrency,
    failed: failures.length,
    failures: failures.slice(0, 5),
  })
}
