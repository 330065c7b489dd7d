import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"
import { loadBranding } from "./branding"
import { createTranslator, resolveEmailLocale } from "./email/i18n"
import { resolveSmsSender, smsOptionsFromConfig } from "./sms"

export type AccessCodeDelivery = {
  channel: "email" | "sms"
  to: string
  code: string
  locale: string
  first_name: string | null
}

const EXPIRES_MINUTES = 10

/**
 * Sends a sign-in code by e-mail (notification module, template `portal-access-code`) or SMS. Called after
 * the client has been answered, and never throws: the answer to a code request must not depend on whether
 * a message went out (that would tell who is a client, and how long a mail server takes). A failure is
 * logged as an error and written on the request's access-log entry (`details.delivery = "failed"`), where
 * staff see it; the client simply asks again.
 */
export async function deliverAccessCode(
  container: MedusaContainer,
  delivery: AccessCodeDelivery,
  logEntryId: string
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  let outcome: Record<string, unknown>
  try {
    const branding = await loadBranding(container)
    if (delivery.channel === "sms") {
      const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
      const sender = resolveSmsSender(smsOptionsFromConfig(config), logger)
      if (!sender) throw new Error("SMS is no longer configured")
      const t = createTranslator(resolveEmailLocale(delivery.locale))
      await sender.send({
        to: delivery.to,
        text: `${branding.name}: ${t("portalAccessCode.subject", { code: delivery.code })} (${EXPIRES_MINUTES} min)`,
      })
      outcome = { delivery: "sent", sms_provider: sender.name }
    } else {
      const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
        {
          to: delivery.to,
          channel: "email",
          template: "portal-access-code",
          data: {
            locale: delivery.locale,
            code: delivery.code,
            expires_minutes: EXPIRES_MINUTES,
            first_name: delivery.first_name,
            business_name: branding.name,
            logo_url: branding.logo_url,
          },
        },
      ])
      outcome = { delivery: "sent", notification_id: notification?.id ?? null }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    logger.error(`Client portal: the sign-in code for ${delivery.to} (${delivery.channel}) could not be sent: ${message}`)
    outcome = { delivery: "failed", error: message.slice(0, 500) }
  }
  try {
    const entry = await accounts.retrieveAccessLogEntry(logEntryId)
    await accounts.updateAccessLogEntries({ id: logEntryId, details: { ...(entry.details ?? {}), ...outcome } })
  } catch (error) {
    logger.error(`Client portal: could not record the delivery of a sign-in code: ${String(error)}`)
  }
}
