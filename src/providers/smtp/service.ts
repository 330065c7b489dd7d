import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import nodemailer, { type Transporter } from "nodemailer"
import type Mail from "nodemailer/lib/mailer"
import type SMTPTransport from "nodemailer/lib/smtp-transport"
import { renderEmail } from "../../lib/email"

export interface SmtpProviderOptions {
  host: string
  /** Defaults to 465 when `secure`, 587 otherwise. */
  port?: number | string
  /** TLS from the first byte (usually port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean | "true" | "false"
  /** Refuse to send unless the server upgrades the connection with STARTTLS. */
  requireTLS?: boolean | "true" | "false"
  /** Authentication is attempted only when a user is set. */
  user?: string
  password?: string
  /** Default sender, e.g. `"Acme Service <service@acme.example>"`. */
  from: string
  replyTo?: string
}

interface ResolvedSmtpOptions {
  host: string
  port: number
  secure: boolean
  requireTLS: boolean
  auth?: { user: string; pass: string }
  from: string
  replyTo?: string
}

type InjectedDependencies = {
  // Only what the provider uses, so it can be built outside a Medusa container.
  logger: Pick<Logger, "debug" | "warn">
}

function invalidOption(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, `SMTP notification provider: ${message}`)
}

function optionalString(options: Record<string, unknown>, name: string): string | undefined {
  const value = options[name]
  if (value === undefined || value === null || value === "") {
    return undefined
  }
  if (typeof value !== "string") {
    throw invalidOption(`option "${name}" must be a string`)
  }
  return value.trim() === "" ? undefined : value
}

function requiredString(options: Record<string, unknown>, name: string): string {
  const value = optionalString(options, name)
  if (value === undefined) {
    throw invalidOption(`option "${name}" is required`)
  }
  return value
}

/** Strings are accepted because merchants often pass `process.env` values straight through. */
function optionalBoolean(options: Record<string, unknown>, name: string): boolean | undefined {
  const value = options[name]
  if (value === undefined || value === null || value === "") {
    return undefined
  }
  if (typeof value === "boolean") {
    return value
  }
  if (value === "true" || value === "false") {
    return value === "true"
  }
  throw invalidOption(`option "${name}" must be true or false`)
}

function optionalPort(options: Record<string, unknown>): number | undefined {
  const value = options.port
  if (value === undefined || value === null || value === "") {
    return undefined
  }
  const port = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value
  if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw invalidOption(`option "port" must be an integer between 1 and 65535`)
  }
  return port
}

function resolveOptions(raw: unknown): ResolvedSmtpOptions {
  if (typeof raw !== "object" || raw === null) {
    throw invalidOption(`options are required (at least "host" and "from")`)
  }
  const options = raw as Record<string, unknown>
  const host = requiredString(options, "host")
  const from = requiredString(options, "from")
  const secure = optionalBoolean(options, "secure") ?? false
  const user = optionalString(options, "user")
  const password = optionalString(options, "password")
  if (password !== undefined && user === undefined) {
    // Sending unauthenticated while a password is configured is almost always a typo in the config.
    throw invalidOption(`option "password" is set but "user" is not`)
  }
  return {
    host,
    port: optionalPort(options) ?? (secure ? 465 : 587),
    secure,
    requireTLS: optionalBoolean(options, "requireTLS") ?? false,
    auth: user === undefined ? undefined : { user, pass: password ?? "" },
    from,
    replyTo: optionalString(options, "replyTo"),
  }
}

function toNodemailerAttachment(attachment: NotificationTypes.Attachment): Mail.Attachment {
  return {
    filename: attachment.filename,
    content: attachment.content,
    encoding: "base64",
    contentType: attachment.content_type,
    contentDisposition: attachment.disposition === "inline" ? "inline" : "attachment",
    cid: attachment.id,
  }
}

/**
 * Sends the portal's e-mails, rendered by `lib/email` in the recipient's language, through any SMTP server.
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "smtp"

  protected readonly logger_: InjectedDependencies["logger"]
  protected readonly options_: ResolvedSmtpOptions
  protected readonly transporter_: Transporter<SMTPTransport.SentMessageInfo>

  static validateOptions(options: Record<string, unknown>): void {
    resolveOptions(options)
  }

  constructor({ logger }: InjectedDependencies, options: SmtpProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = resolveOptions(options)
    this.transporter_ = nodemailer.createTransport({
      host: this.options_.host,
      port: this.options_.port,
      secure: this.options_.secure,
      requireTLS: this.options_.requireTLS,
      auth: this.options_.auth,
      // A mail server that stops answering fails the try in seconds rather than nodemailer's minutes: the
      // portal retries later, and a staff alert's mail is held by one sender for a minute only (MAIL_CLAIM_MS).
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const email = renderEmail(notification.template, notification.data)
    const { host, port } = this.options_

    let info: SMTPTransport.SentMessageInfo
    try {
      info = await this.transporter_.sendMail({
        from: notification.from?.trim() || this.options_.from,
        replyTo: this.options_.replyTo,
        to: notification.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        attachments: notification.attachments?.map(toNodemailerAttachment),
      })
    } catch (error) {
      // Rethrown so the notification is marked failed and can be retried; the original error is
      // dropped rather than wrapped because it may carry the SMTP conversation.
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `SMTP server ${host}:${port} could not send e-mail "${notification.template}": ${this.describe(error)}`
      )
    }

    if (info.rejected.length > 0) {
      // Not thrown: the others received the mail, and a retry would send it to them again.
      this.logger_.warn(
        `SMTP server ${host}:${port} rejected ${info.rejected.length} recipient(s) of e-mail "${notification.template}" (message ${info.messageId})`
      )
    }
    this.logger_.debug(
      `SMTP server ${host}:${port} accepted e-mail "${notification.template}" as ${info.messageId}`
    )
    return { id: info.messageId }
  }

  private describe(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error)
    const code =
      error instanceof Error && "code" in error && typeof error.code === "string" ? ` (${error.code})` : ""
    const password = this.options_.auth?.pass
    const safe = password ? message.split(password).join("[redacted]") : message
    return `${safe}${code}`
  }
}
