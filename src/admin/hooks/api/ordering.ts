import { useQuery } from "@tanstack/react-query"
import type { AccountOrdering } from "../../../modules/billing/contract"
import { sdk } from "../../lib/sdk"
import { useRoutedMutation } from "./routed-mutation"

const KEY = "client-portal-account-ordering"

export type { AccountOrdering }

/** An account's ordering terms: approval threshold of portal orders and the salesperson told of them. */
export const useAccountOrdering = (accountId: string) =>
  useQuery({
    queryKey: [KEY, accountId],
    queryFn: () => sdk.client.fetch<{ ordering: AccountOrdering }>(`/admin/portal/accounts/${accountId}/ordering`),
    select: (data) => data.ordering,
  })

export const useSaveAccountOrdering = (accountId: string) =>
  useRoutedMutation<{ approval_threshold: number | null; salesperson_id: string | null }, { ordering: AccountOrdering }>(KEY, () => `/admin/portal/accounts/${accountId}/ordering`)
