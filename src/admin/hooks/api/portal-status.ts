import { FetchError } from "@medusajs/js-sdk"
import { useMutation, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type PortalStatus = {
  business_name: string
  logo_url: string | null
  support_email: string | null
  portal_url: string
  mail: { provider_id: string; host: string | null; port: number | null; from: string | null; secure: boolean } | null
}

export const portalStatusQueryKey = ["client-portal", "status"] as const

export function usePortalStatus() {
  return useQuery({
    queryKey: portalStatusQueryKey,
    queryFn: () => sdk.client.fetch<{ status: PortalStatus }>("/admin/portal/status"),
    select: (data) => data.status,
  })
}

export type SendTestEmailBody = { to?: string; locale: string }
export type SentTestEmail = { notification: { id: string; to: string; status: string } }

export function useSendTestEmail() {
  return useMutation<SentTestEmail, FetchError, SendTestEmailBody>({
    mutationFn: (body) => sdk.client.fetch<SentTestEmail>("/admin/portal/mail/test-email", { method: "POST", body }),
  })
}
