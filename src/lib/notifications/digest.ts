import { createHash } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import { loadBranding } from "../branding"
import { resolveEmailLocale } from "../email"
import { findClientEvent } from "./declarations"
import { afterMail, lastLineOf, portalPageUrl } from "./deliver"

export const DIGEST_LOCK_KEY = "medusa-plugin-client-portal:client-notification-digest"

type PendingRow = { id: string; account_id: string; member_id: string; event: string; title: string; body: string | null; data: Record<string, unknown> | null; created_at: Date }

export type DigestRunResult = { mailed: number; failed: number; items: number; skipped: boolean }

/**
 * Mails each member who chose the digest for some events one e-mail listing what is pending for them, then
 * marks those notifications mailed. Run twice, it sends nothing twice: the lock keeps two runs apart, the
 * items leave the digest once the mail server took the mail, and the mail's idempotency key (the items it
 * lists) stops a resend if marking them failed. A member whose mail fails keeps the items for the next run.
 */
export async function sendNotificationDigests(scope: MedusaContainer, { batch = 2000 }: { batch?: number } = {}): Promise<DigestRunResult> {
  const run = async (): Promise<DigestRunResult> => {
    const support = scope.resolve<SupportModuleService>(SUPPORT_MODULE)
    const pending = (await support.listClientNotifications(
      { digest_pending: true },
      { select: ["id", "account_id", "member_id", "event", "title", "body", "data", "created_at"], take: batch, order: { created_at: "ASC" } }
    )) as PendingRow[]
    const result: DigestRunResult = { mailed: 0, failed: 0, items: 0, skipped: false }
    if (!pending.length) return result
    const byMember = new Map<string, PendingRow[]>()
    for (const row of pending) byMember.set(row.member_id, [...(byMember.get(row.member_id) ?? []), row])
    const accounts = scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const members = await accounts.listAccountMembers({ id: [...byMember.keys()] }, { select: ["id", "customer_id", "account_id"] })
    const accountLocales = new Map(
      (await accounts.listClientAccounts({ id: [...new Set(members.map((m) => m.account_id as string))] }, { select: ["id", "locale"] })).map((a) => [a.id, a.locale])
    )
    const customers = new Map(
      (await scope.resolve(Modules.CUSTOMER).listCustomers({ id: members.map((m) => m.customer_id) }, { select: ["id", "email", "first_name", "metadata"] })).map((c) => [c.id, c])
    )
    const branding = await loadBranding(scope)
    const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
    for (const [memberId, rows] of byMember) {
      const member = members.find((m) => m.id === memberId)
      const customer = member ? customers.get(member.customer_id) : undefined
      const ids = rows.map((r) => r.id)
      if (!customer?.email) {
        // Nobody to mail (a removed member, a customer without address): the centre still shows them.
        await support.updateClientNotifications({ selector: { id: ids }, data: { digest_pending: false } })
        continue
      }
      const locale = resolveEmailLocale(customer.metadata?.locale ?? accountLocales.get(member!.account_id as string))
      const key = createHash("sha256").update(ids.sort().join(",")).digest("hex").slice(0, 32)
      try {
        await scope.resolve(Modules.NOTIFICATION).createNotifications([
          {
            to: customer.email,
            channel: "email",
            template: "portal-notification-digest",
            idempotency_key: `portal-notification-digest:${memberId}:${key}`,
            data: {
              locale,
              first_name: customer.first_name ?? "",
              items: rows.map((r) => ({ title: r.title, text: r.body ?? "" })),
              portal_url: portalPageUrl(branding.portal_url, locale, "/notifications"),
              business_name: branding.name,
              logo_url: branding.logo_url,
            },
          },
        ])
      } catch (error) {
        logger.warn(`Notification digest not mailed to ${customer.email} (${rows.length} items), kept for the next run: ${lastLineOf(error)}`)
        result.failed += 1
        continue
      }
      await support.updateClientNotifications({ selector: { id: ids }, data: { digest_pending: false, emailed_at: new Date() } })
      result.mailed += 1
      result.items += rows.length
      for (const row of rows) {
        const declaration = findClientEvent(row.event)
        if (declaration) await afterMail(scope, declaration, { member_id: memberId, data: row.data ?? {}, via: "digest" })
      }
    }
    return result
  }
  try {
    return await scope.resolve(Modules.LOCKING).execute(DIGEST_LOCK_KEY, run, { timeout: 1 })
  } catch (error) {
    if (/acquir/i.test((error as Error).message)) return { mailed: 0, failed: 0, items: 0, skipped: true }
    throw error
  }
}
