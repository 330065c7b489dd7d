import "server-only"
import { sdk } from "./client"
import { sessionHeaders } from "./portal"

/**
 * How many shared documents the member has not opened in their current version, for the dashboard
 * (GET /store/portal/documents?new=true answers `new_count`; see the support contract). Throws when the
 * documents library is not served: the dashboard then shows no tile for it.
 */
export async function countNewDocuments(): Promise<number> {
  const answer = await sdk.client.fetch<{ new_count: number }>("/store/portal/documents", {
    method: "GET",
    query: { new: "true", limit: 1, offset: 0 },
    headers: await sessionHeaders(),
    cache: "no-store",
  })
  return answer.new_count
}
