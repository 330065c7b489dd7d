"use client"

import { useEffect, useRef } from "react"
import { markOpenedAction } from "./support-actions"

/**
 * Records that the member opened a ticket or a conversation, from the browser once the page is shown:
 * rendering (and so Next's prefetching from the inbox) never marks anything read. Renders nothing.
 */
export function MarkOpened({ target }: { target: { ticketId: string } | { threadId: string } }) {
  const key = "ticketId" in target ? `ticket:${target.ticketId}` : `thread:${target.threadId}`
  const sent = useRef<string | null>(null)
  useEffect(() => {
    // Once per page shown (React's development double effect included); the backend is idempotent anyway.
    if (sent.current === key) return
    sent.current = key
    void markOpenedAction("ticketId" in target ? { ticketId: target.ticketId } : { threadId: target.threadId })
  }, [key, target])
  return null
}
