import type { Logger } from "@medusajs/framework/types"
import { pluginOptionsFromConfig } from "../portal-options"

/**
 * Text messages (sign-in codes to a mobile). The portal needs only "send this text to this number", so the
 * interface is that; a merchant's SMS gateway is reached through the webhook sender, or a class of their
 * own implementing it.
 */
export interface SmsSender {
  readonly name: string
  send(message: { to: string; text: string }): Promise<void>
}

/** Development: the message goes to the server log instead of a phone. */
export class LoggingSmsSender implements SmsSender {
  readonly name = "log"
  constructor(private readonly logger: Pick<Logger, "info">) {}

  async send({ to, text }: { to: string; text: string }): Promise<void> {
    this.logger.info(`SMS to ${to} : ${text}`)
  }
}

export type WebhookSmsOptions = {
  url: string
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string
  /** Abort the call after this many milliseconds (default 10 s): a hung gateway must not hold requests. */
  timeoutMs?: number
}

/** Production: POSTs `{ to, text }` as JSON to the merchant's SMS gateway; any non-2xx answer is an error. */
export class WebhookSmsSender implements SmsSender {
  readonly name = "webhook"
  constructor(private readonly options: WebhookSmsOptions) {
    if (!/^https?:\/\//.test(options.url)) throw new Error(`SMS webhook URL must be http(s): ${options.url}`)
  }

  async send({ to, text }: { to: string; text: string }): Promise<void> {
    const headers: Record<string, string> = { "content-type": "application/json" }
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`
    let response: Response
    try {
      response = await fetch(this.options.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      })
    } catch (error) {
      // fetch rejects with a DOMException on timeout, which is not always `instanceof Error` (jest's VM).
      const name = (error as { name?: unknown } | null)?.name
      const reason = name === "TimeoutError" ? "timed out" : error instanceof Error ? error.message : String(error)
      throw new Error(`SMS webhook ${this.options.url} failed: ${reason}`)
    }
    if (!response.ok) {
      const body = (await response.text().catch(() => "")).slice(0, 200)
      throw new Error(`SMS webhook ${this.options.url} answered ${response.status}${body ? `: ${body}` : ""}`)
    }
  }
}

/** Plugin option `sms` (falls back to PORTAL_SMS_PROVIDER, PORTAL_SMS_WEBHOOK_URL, PORTAL_SMS_WEBHOOK_TOKEN, PORTAL_SMS_WEBHOOK_TIMEOUT_MS). */
export type SmsOptions = {
  provider?: "log" | "webhook"
  webhookUrl?: string
  webhookToken?: string
  webhookTimeoutMs?: number
}

/**
 * The configured sender, or null when SMS is not configured (codes then go by e-mail only). Environment
 * values are read at call time so that one build serves several environments.
 */
export function resolveSmsSender(
  options: SmsOptions | undefined,
  logger: Pick<Logger, "info">,
  env: NodeJS.ProcessEnv = process.env
): SmsSender | null {
  const provider = options?.provider ?? (env.PORTAL_SMS_PROVIDER?.trim() || undefined)
  if (provider === "log") return new LoggingSmsSender(logger)
  if (provider === "webhook") {
    const url = options?.webhookUrl ?? env.PORTAL_SMS_WEBHOOK_URL?.trim()
    if (!url) throw new Error("SMS provider 'webhook' needs a webhook URL (option sms.webhookUrl or PORTAL_SMS_WEBHOOK_URL)")
    const timeout = options?.webhookTimeoutMs ?? Number(env.PORTAL_SMS_WEBHOOK_TIMEOUT_MS || 10_000)
    return new WebhookSmsSender({
      url,
      token: options?.webhookToken ?? (env.PORTAL_SMS_WEBHOOK_TOKEN?.trim() || undefined),
      timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000,
    })
  }
  if (provider) throw new Error(`Unknown SMS provider "${provider}" (expected "log" or "webhook")`)
  return null
}

/** The `sms` option of this plugin's entry in medusa-config, if the merchant set one. */
export function smsOptionsFromConfig(config: Parameters<typeof pluginOptionsFromConfig>[0]): SmsOptions | undefined {
  return pluginOptionsFromConfig(config).sms
}
