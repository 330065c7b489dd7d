"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"
import type { QuoteFormState } from "./quote-state"

/**
 * Re-renders the quote page from the backend after a form succeeded, so the new status, order or message
 * shows at once (the server action's revalidation alone did not always reach the page already open).
 */
export function useRefreshOnDone(state: QuoteFormState, then?: () => void): void {
  const router = useRouter()
  useEffect(() => {
    if (!state.done) return
    then?.()
    router.refresh()
    // Once per answer (`version` changes on every answer); `then` and the router are stable enough to leave out.
  }, [state.version, state.done])
}
