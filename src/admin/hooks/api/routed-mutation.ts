import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/**
 * One write of the client-portal admin API. Body fields named with a leading underscore (`_id`, `_meterId`)
 * only build the URL and are not sent, because the routes refuse unknown fields. Every success refreshes
 * every query under `queryKey`, so lists, detail pages and counters show the write at once.
 */
export function useRoutedMutation<TBody, TResult>(queryKey: string, path: (body: TBody) => string, method: "POST" | "DELETE" = "POST") {
  const queryClient = useQueryClient()
  return useMutation<TResult, FetchError, TBody>({
    mutationFn: (body) => sdk.client.fetch<TResult>(path(body), method === "DELETE" ? { method } : { method, body: withoutRouting(body) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [queryKey] }),
  })
}

function withoutRouting<T>(body: T): Record<string, unknown> | undefined {
  if (!body || typeof body !== "object") return undefined
  return Object.fromEntries(Object.entries(body).filter(([key]) => !key.startsWith("_")))
}
