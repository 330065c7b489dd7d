import { StatusBadge, toast } from "@medusajs/ui"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { alertsQueryKey } from "../../hooks/api/alerts"
import { subscribeToLiveAlerts, subscribeToLiveAlertStatus, type LiveAlertStatus } from "./live-alert-stream"

/** Alerts already toasted on this page: several mounted LiveAlerts show each alert once. */
const toasted = new Set<string>()

/**
 * Shows a toast the moment a client acts on the portal, with a link to the object, and refreshes the alerts
 * centre's list. Renders nothing: mount it once on any admin page (widgets on Medusa's pages, and every
 * client-portal page). Mounting it twice is harmless.
 */
export function LiveAlerts() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  useEffect(
    () =>
      subscribeToLiveAlerts((alert) => {
        void queryClient.invalidateQueries({ queryKey: alertsQueryKey })
        if (toasted.has(alert.id)) return
        toasted.add(alert.id)
        toast.info(alert.title, {
          id: alert.id,
          description: alert.account ? `${alert.account.name} · ${t("clientPortal.alerts.toastSource")}` : t("clientPortal.alerts.toastSource"),
          duration: 15_000,
          action: {
            label: t("clientPortal.alerts.open"),
            altText: t("clientPortal.alerts.openAlt", { title: alert.title }),
            onClick: () => navigate(alert.admin_path),
          },
        })
      }),
    [navigate, queryClient, t]
  )
  return null
}

export function useLiveAlertStatus(): LiveAlertStatus {
  const [status, setStatus] = useState<LiveAlertStatus>("connecting")
  useEffect(() => subscribeToLiveAlertStatus(setStatus), [])
  return status
}

/** Whether alerts arrive live right now, for the alerts centre's header. */
export function LiveAlertStatusBadge() {
  const { t } = useTranslation()
  const status = useLiveAlertStatus()
  const color = status === "live" ? "green" : status === "connecting" ? "grey" : "orange"
  return (
    <StatusBadge color={color} data-testid="live-alert-status" data-status={status}>
      {t(`clientPortal.alerts.status.${status}`)}
    </StatusBadge>
  )
}
