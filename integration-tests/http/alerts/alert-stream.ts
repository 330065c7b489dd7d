/**
 * A minimal server-sent-events reader over fetch, like a browser's EventSource but with headers (the
 * tests authenticate with a bearer token). Yields the `alert` events' data in order.
 */
export async function openAlertStream(url: string, headers: Record<string, string>) {
  const controller = new AbortController()
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal })
  if (response.status !== 200 || !response.body) throw new Error(`stream answered ${response.status}`)
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const events: { id: string; data: unknown }[] = []
  let buffer = ""
  let lastEventId: string | null = null

  const readMore = async () => {
    const { value, done } = await reader.read()
    if (done) throw new Error("the stream ended")
    buffer += decoder.decode(value, { stream: true })
    let end: number
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const fields = Object.fromEntries(
        block
          .split("\n")
          .filter((line) => line && !line.startsWith(":"))
          .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()])
      )
      if (fields.event === "alert") events.push({ id: fields.id, data: JSON.parse(fields.data) })
    }
  }

  return {
    get lastEventId() {
      return lastEventId
    },
    /** The next alert event, or a failure after `timeoutMs`. */
    async next(timeoutMs: number): Promise<{ id: string; [key: string]: unknown }> {
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no alert within ${timeoutMs} ms`)), timeoutMs)
      })
      const read = (async () => {
        while (!events.length) await readMore()
        const event = events.shift()!
        lastEventId = event.id
        return event.data as { id: string }
      })()
      try {
        return await Promise.race([read, deadline])
      } finally {
        clearTimeout(timer)
      }
    },
    close: () => controller.abort(),
  }
}
