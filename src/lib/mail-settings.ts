import { Modules } from "@medusajs/framework/utils"

export type MailSettings = {
  provider_id: string
  host: string | null
  port: number | null
  from: string | null
  secure: boolean
}

type ProviderEntry = { id?: string; resolve?: unknown; options?: Record<string, unknown> }
type ModuleEntry = { resolve?: unknown; options?: { providers?: ProviderEntry[] } } | boolean | undefined

/**
 * The e-mail provider's settings as staff may see them (never the credentials), read from the notification
 * module's configuration: the provider that serves the `email` channel.
 */
export function mailSettingsFromConfig(config: { modules?: Record<string, ModuleEntry> }): MailSettings | null {
  const notification = config.modules?.[Modules.NOTIFICATION]
  const providers = typeof notification === "object" ? notification.options?.providers ?? [] : []
  const email = providers.find((p) => {
    const channels = p.options?.channels
    return Array.isArray(channels) && channels.includes("email")
  })
  if (!email) return null
  const options = email.options ?? {}
  return {
    provider_id: email.id ?? "email",
    host: typeof options.host === "string" ? options.host : null,
    port: options.port === undefined || options.port === null ? null : Number(options.port),
    from: typeof options.from === "string" ? options.from : null,
    secure: options.secure === true,
  }
}
