import type { StaffAlert } from "../../hooks/api/alerts"

export type LiveAlertStatus = "connecting" | "live" | "reconnecting"

type AlertListener = (alert: StaffAlert) => void
type StatusListener = (status: LiveAlertStatus) => void

/** Navigating between admin pages unmounts and remounts the widgets: keep the stream open across that. */
const CLOSE_AFTER_MS = 5_000

const STREAM_URL = `${(import.meta.env.VITE_BACKEND_URL || "").replace(/\/+$/, "")}/admin/portal/alerts/stream`

const alertListeners = new Set<AlertListener>()
const statusListeners = new Set<StatusListener>()
/** Ids already handed out: a reconnection's catch-up repeats none of them. */
const delivered = new Set<string>()
let source: EventSource | null = null
let status: LiveAlertStatus = "connecting"
let closeTimer: ReturnType<typeof setTimeout> | undefined

function setStatus(next: LiveAlertStatus) {
  status = next
  statusListeners.forEach((listener) => listener(next))
}

function open() {
  setStatus("connecting")
  // The staff session cookie authenticates the stream, like every other call of the dashboard.
  const stream = new EventSource(STREAM_URL, { withCredentials: true })
  stream.onopen = () => setStatus("live")
  // EventSource reconnects by itself (sending Last-Event-ID, so the server replays what was missed).
  stream.onerror = () => setStatus("reconnecting")
  stream.addEventListener("alert", (event) => {
    const alert = JSON.parse((event as MessageEvent<string>).data) as StaffAlert
    if (delivered.has(alert.id)) return
    delivered.add(alert.id)
    alertListeners.forEach((listener) => listener(alert))
  })
  source = stream
}

function release() {
  if (alertListeners.size || statusListeners.size) return
  clearTimeout(closeTimer)
  closeTimer = setTimeout(() => {
    if (alertListeners.size || statusListeners.size) return
    source?.close()
    source = null
  }, CLOSE_AFTER_MS)
}

function hold() {
  clearTimeout(closeTimer)
  if (!source) open()
}

/**
 * One EventSource per admin page, however many widgets and pages listen: each listener is called once per
 * alert. Returns the unsubscribe function.
 */
export function subscribeToLiveAlerts(listener: AlertListener): () => void {
  alertListeners.add(listener)
  hold()
  return () => {
    alertListeners.delete(listener)
    release()
  }
}

export function subscribeToLiveAlertStatus(listener: StatusListener): () => void {
  statusListeners.add(listener)
  hold()
  listener(status)
  return () => {
    statusListeners.delete(listener)
    release()
  }
}
