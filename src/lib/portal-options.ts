import type { SmsOptions } from "./sms"

/**
 * Options a merchant passes in `plugins: [{ resolve: "medusa-plugin-client-portal", options }]`. Medusa hands
 * them to every module of the plugin; each falls back to an environment variable so that the same build
 * runs in several environments without a change to medusa-config.
 */
export type ClientPortalOptions = {
  /** The business's name as clients see it in the portal and in e-mails. */
  businessName?: string
  /** Absolute URL of the business's logo. */
  logoUrl?: string
  /** Address clients may write to for help with the portal. */
  supportEmail?: string
  /** Public address of the portal (the Next.js app), used in e-mail links. */
  portalUrl?: string
  /** How one-time codes reach members with a mobile number; without it, codes go by e-mail only. */
  sms?: SmsOptions
  /** Where staff alerts are mailed when the object has no responsible staff member; else `supportEmail`. */
  alertEmail?: string
  /**
   * Addresses or CIDR ranges of the proxies in front of Medusa (load balancer, the portal's server) whose
   * `X-Forwarded-For` is believed; a list or a comma-separated string. None by default: see client-address.ts.
   */
  trustedProxies?: string[] | string
}

export type ResolvedPortalOptions = {
  /** Null when neither option nor environment names it: the Medusa store's name is used then. */
  businessName: string | null
  logoUrl: string | null
  supportEmail: string | null
  portalUrl: string
  alertEmail: string | null
}

export const PLUGIN_NAME = "medusa-plugin-client-portal"

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

export function resolvePortalOptions(
  options: ClientPortalOptions = {},
  env: NodeJS.ProcessEnv = process.env
): ResolvedPortalOptions {
  return {
    businessName: clean(options.businessName) ?? clean(env.PORTAL_BUSINESS_NAME) ?? null,
    logoUrl: clean(options.logoUrl) ?? clean(env.PORTAL_LOGO_URL) ?? null,
    supportEmail: clean(options.supportEmail) ?? clean(env.PORTAL_SUPPORT_EMAIL) ?? null,
    alertEmail: clean(options.alertEmail) ?? clean(env.PORTAL_ALERT_EMAIL) ?? null,
    portalUrl: (clean(options.portalUrl) ?? clean(env.PORTAL_URL) ?? "http://localhost:8000").replace(/\/+$/, ""),
  }
}

type PluginEntry = string | { resolve?: string; options?: Record<string, unknown> }

/**
 * This plugin's options as the merchant wrote them in medusa-config. The development host runs the
 * plugin's code as application code, without a plugin entry, and so gets none (the environment fallbacks).
 */
export function pluginOptionsFromConfig(config: { plugins?: PluginEntry[] }): ClientPortalOptions {
  const entry = (config.plugins ?? []).find(
    (plugin) => typeof plugin !== "string" && plugin.resolve === PLUGIN_NAME
  )
  return (typeof entry === "object" ? (entry.options as ClientPortalOptions | undefined) : undefined) ?? {}
}

export function portalOptionsFromConfig(config: { plugins?: PluginEntry[] }): ResolvedPortalOptions {
  return resolvePortalOptions(pluginOptionsFromConfig(config))
}
