import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ALERT_FIELDS, alertForReader, describeAlerts, liveAlertHubOf } from "../../../../../lib/alerts/presentation"
import { staffReaderLocale } from "../../../../../lib/alerts/staff-locale"
import type { LiveAlert } from "../../../../../lib/alerts/live-alert-hub"
import { STAFF_ALERT_MODULE } from "../../../../../modules/staffAlert"
import type StaffAlertModuleService from "../../../../../modules/staffAlert/service"

/** Often enough that proxies and load balancers (commonly 60 s idle) keep the stream open. */
export const HEARTBEAT_MS = 25_000
/** A page that reconnects is given at most this many alerts it missed. */
const CATCH_UP_LIMIT = 20

/**
 * Server-sent events: every new staff alert, as it happens, to an open admin page. Authenticated like
 * every /admin route (the dashboard's session cookie, sent by `EventSource` with `withCredentials`). A page
 * that reconnects sends `Last-Event-ID` and first receives the alerts it missed meanwhile.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const hub = liveAlertHubOf(req.scope)
  // Alerts that arrive while the catch-up is read wait here, so none falls between the two.
  const queued: LiveAlert[] = []
  let ready = false
  let closed = false
  let unsubscribe = () => {}
  const heartbeat = setInterval(() => {
    if (!ready) return
    res.write(`: heartbeat\n\n`)
    flush(res)
  }, HEARTBEAT_MS)
  res.on("close", () => {
    closed = true
    clearInterval(heartbeat)
    unsubscribe()
  })
  const locale = await staffReaderLocale(req)
  const send = (alert: LiveAlert) => {
    res.write(`id: ${alert.id}\nevent: alert\ndata: ${JSON.stringify(alertForReader(alert, locale))}\n\n`)
    flush(res)
  }
  unsubscribe = await hub.subscribe((alert) => (ready ? send(alert) : queued.push(alert)))
  if (closed) {
    // The page left while we subscribed: the close handler ran with the no-op.
    unsubscribe()
    return
  }
  const missed = await missedAlerts(req)
  if (closed) return
  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    // Nginx would otherwise hold the events in its buffer.
    "X-Accel-Buffering": "no",
  })
  res.write(`retry: 3000\n: connected\n\n`)
  const sent = new Set<string>()
  for (const alert of [...missed, ...queued.splice(0)]) {
    if (sent.has(alert.id)) continue
    sent.add(alert.id)
    send(alert)
  }
  ready = true
}

/** Alerts stored after the one the page last received, oldest first. */
async function missedAlerts(req: AuthenticatedMedusaRequest): Promise<LiveAlert[]> {
  const lastId = req.headers["last-event-id"]
  if (typeof lastId !== "string" || !lastId) return []
  const service = req.scope.resolve<StaffAlertModuleService>(STAFF_ALERT_MODULE)
  const [last] = await service.listStaffAlerts({ id: lastId }, { select: ["id", "created_at"] })
  if (!last) return []
  const missed = await service.listStaffAlerts(
    { created_at: { $gt: last.created_at } },
    { select: ALERT_FIELDS, take: CATCH_UP_LIMIT, order: { created_at: "ASC" } }
  )
  return describeAlerts(req.scope, missed)
}

/** Pushes through the compression middleware when the merchant enabled it; a no-op otherwise. */
function flush(res: MedusaResponse) {
  ;(res as unknown as { flush?: () => void }).flush?.()
}
