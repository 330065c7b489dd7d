import { AddressInfo } from "node:net"
import { SMTPServer } from "smtp-server"

export type ReceivedMail = { from: string; to: string[]; raw: string; subject: string }

export type SmtpCatcher = Awaited<ReturnType<typeof startSmtpServer>>

/**
 * Starts an SMTP server for a test file and points the development host's mail provider at it, with any
 * other variables given. Call it at the top of the file, before `medusaIntegrationTestRunner`: the runner
 * reads medusa-config.ts (and so the environment) in its own beforeAll, which must come after this one.
 */
export function useSmtpServer(env: Record<string, string> = {}) {
  let server: SmtpCatcher | null = null
  const started = () => {
    if (!server) throw new Error("the SMTP server is not started yet: use it inside a test or hook")
    return server
  }
  beforeAll(async () => {
    server = await startSmtpServer()
    Object.assign(process.env, {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(server.port),
      SMTP_FROM: "Portal tests <portal@test.example>",
      ...env,
    })
  })
  afterAll(() => server?.close())
  return {
    get port() {
      return started().port
    },
    get mails() {
      return started().mails
    },
    waitFor: (to: string, timeoutMs?: number) => started().waitFor(to, timeoutMs),
  }
}

/**
 * A real SMTP server on a free local port (or on `port`, to bring a stopped server back) that keeps what it
 * receives. Recipients at `refused.example` are turned away, so that a test can watch a delivery fail.
 * `holdMs` makes it slow: it waits that long before taking each message, and a message whose sender hangs
 * up meanwhile was never taken (the sender heard no "250 OK"), so it is not kept.
 */
export async function startSmtpServer(port = 0) {
  const mails: ReceivedMail[] = []
  const hangUps = new Set<string>()
  let holdMs = 0
  let held = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onClose(session) {
      hangUps.add(session.id)
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refused.example")) {
        callback(new Error("Mailbox unavailable"))
        return
      }
      callback()
    },
    onData(stream, session, callback) {
      let raw = ""
      stream.setEncoding("utf8")
      stream.on("data", (chunk: string) => (raw += chunk))
      stream.on("end", () => {
        const take = () => {
          if (!hangUps.has(session.id)) {
            mails.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              raw,
              subject: decodeSubject(raw),
            })
          }
          callback()
        }
        if (!holdMs) return take()
        held += 1
        setTimeout(() => {
          held -= 1
          take()
        }, holdMs)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    port: (server.server.address() as AddressInfo).port,
    mails,
    /** Every message from now on waits `ms` before it is taken (0: at once). */
    hold(ms: number) {
      holdMs = ms
    },
    /** Messages received and not yet taken (their senders wait for the answer). */
    get held() {
      return held
    },
    /** Waits until a mail to `to` has arrived (delivery is asynchronous to the caller in some flows). */
    async waitFor(to: string, timeoutMs = 10_000): Promise<ReceivedMail> {
      const started = Date.now()
      while (Date.now() - started < timeoutMs) {
        const mail = mails.find((m) => m.to.includes(to))
        if (mail) return mail
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`No mail to ${to} within ${timeoutMs} ms; received: ${mails.map((m) => m.to.join(",")).join("; ")}`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The Subject header, with RFC 2047 encoded words decoded (subjects in fr/it/sk are not ASCII). */
function decodeSubject(raw: string): string {
  const header = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, " ")
  const line = header.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? ""
  return line
    .replace(/^subject:\s*/i, "")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([bqBQ])\?([^?]*)\?=/g, (_m, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1"
          ).toString("utf8")
    )
}
