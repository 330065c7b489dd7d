import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"

/** One client action staff were alerted to, as `/admin/portal/alerts` and the live stream give it. */
export type StaffAlert = {
  id: string
  event: string
  title: string
  resource_type: string
  resource_id: string
  /** The object's page, relative to the dashboard's root. */
  admin_path: string
  account: { id: string; name: string; number: string } | null
  actor_name: string | null
  created_at: string
}

export type StaffAlertList = { alerts: StaffAlert[]; count: number; offset: number; limit: number }

export const alertsQueryKey = ["client-portal", "alerts"] as const

export function useAlerts(query: { limit: number; offset: number }) {
  // The server writes each alert's line in the dashboard's language (its `lng` cookie).
  const { i18n } = useTranslation()
  return useQuery({
    queryKey: [...alertsQueryKey, i18n.language, query],
    queryFn: () => sdk.client.fetch<StaffAlertList>("/admin/portal/alerts", { query }),
    placeholderData: keepPreviousData,
  })
}
