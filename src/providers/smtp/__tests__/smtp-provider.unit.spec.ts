import { createServer, type AddressInfo } from "net"
import { MedusaError } from "@medusajs/framework/utils"
import { SMTPServer } from "smtp-server"
import { SmtpNotificationService, type SmtpProviderOptions } from "../service"

const HOST = "127.0.0.1"
const USER = "portal"
const PASSWORD = "s3cret-Passw0rd"
const PORTAL_URL = "https://portal.example.com/fr/login?invite=abc123&lang=fr"
const ATTACHMENT_TEXT = "Devis Q-1001: 3 000,00 EUR"

interface ReceivedMail {
  from: string | undefined
  to: string[]
  raw: string
}

// A logger stand-in: the provider only reports through it, the assertions are on the SMTP server.
const logger = { debug: () => undefined, warn: () => undefined, info: () => undefined, error: () => undefined }

/** Splits a raw MIME message into decoded parts; enough of RFC 2045/2047 for nodemailer's output. */
function decodeQuotedPrintable(body: string): Buffer {
  const binary = body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return Buffer.from(binary, "latin1")
}

function decodeBody(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase()
  if (encoding === "base64") {
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
  }
  if (encoding === "quoted-printable") {
    return decodeQuotedPrintable(body).toString("utf8")
  }
  return body
}

function parseMail(raw: string): { subject: string; parts: Array<{ headers: string; body: string }> } {
  const [head] = raw.split("\r\n\r\n")
  const unfolded = head.replace(/\r\n[ \t]+/g, " ")
  const encodedSubject = /^subject: (.*)$/im.exec(unfolded)?.[1] ?? ""
  const subject = encodedSubject
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_match, kind: string, text: string) =>
      kind.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")).toString("utf8")
    )

  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/gi)].map((match) => match[1])
  const parts = boundaries
    .reduce<string[]>((chunks, boundary) => chunks.flatMap((chunk) => chunk.split(`--${boundary}`)), [raw])
    .map((chunk) => {
      const separator = chunk.indexOf("\r\n\r\n")
      const headers = separator === -1 ? chunk : chunk.slice(0, separator)
      return { headers, body: separator === -1 ? "" : decodeBody(headers, chunk.slice(separator + 4)) }
    })
    .filter(({ headers }) => /content-type:/i.test(headers) && !/multipart\//i.test(headers))
  return { subject, parts }
}

function listen(server: SMTPServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.on("error", reject)
    const netServer = server.listen(0, HOST, () => resolve((netServer.address() as AddressInfo).port))
  })
}

/** A port nothing listens on: bound by the OS, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on("error", reject)
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

describe("SmtpNotificationService", () => {
  const received: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    // No certificate: without this nodemailer would upgrade to smtp-server's self-signed one and refuse it.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) {
        callback(null, { user: USER })
      } else {
        callback(new Error("Invalid username or password"))
      }
    },
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refused.example")) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }))
      } else {
        callback()
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map(({ address }) => address),
          raw: Buffer.concat(chunks).toString("utf8"),
        })
        callback()
      })
    },
  })
  let port: number

  const build = (options: Partial<SmtpProviderOptions> = {}) =>
    new SmtpNotificationService(
      { logger },
      { host: HOST, port, from: "Acme Service <service@acme.example>", ...options }
    )

  beforeAll(async () => {
    port = await listen(server)
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(resolve))
  })

  beforeEach(() => {
    received.length = 0
  })

  it("sends a French portal-welcome with its attachment", async () => {
    const service = build({ user: USER, password: PASSWORD, replyTo: "help@acme.example" })

    const result = await service.send({
      to: "marie@durand-btp.example",
      channel: "email",
      template: "portal-welcome",
      data: {
        locale: "fr-FR",
        business_name: "Acme Machines",
        first_name: "Marie",
        account_name: "Durand BTP",
        portal_url: PORTAL_URL,
      },
      attachments: [
        {
          filename: "devis-Q-1001.txt",
          content: Buffer.from(ATTACHMENT_TEXT).toString("base64"),
          content_type: "text/plain",
        },
      ],
    })

    expect(received).toHaveLength(1)
    const [mail] = received
    expect(mail.to).toEqual(["marie@durand-btp.example"])
    expect(mail.from).toBe("service@acme.example")
    expect(result.id).toMatch(/^<.+@.+>$/)
    expect(mail.raw).toContain(`Message-ID: ${result.id}`)
    expect(mail.raw).toMatch(/^Reply-To: help@acme\.example$/m)

    const { subject, parts } = parseMail(mail.raw)
    expect(subject).toBe("Votre espace client est prêt")
    const isAttachment = (headers: string) => /content-disposition: attachment/i.test(headers)
    const text = parts.find(({ headers }) => /content-type: text\/plain/i.test(headers) && !isAttachment(headers))
    const html = parts.find(({ headers }) => /content-type: text\/html/i.test(headers))
    expect(text?.body).toContain("Bonjour Marie,")
    expect(text?.body).toContain(PORTAL_URL)
    expect(html?.body).toContain(`href="${PORTAL_URL.replace(/&/g, "&amp;")}"`)

    const attachment = parts.find(({ headers }) => isAttachment(headers))
    expect(attachment?.headers).toMatch(/filename="?devis-Q-1001\.txt"?/)
    expect(attachment?.body).toBe(ATTACHMENT_TEXT)
  })

  it("uses the notification's own sender when it has one", async () => {
    await build().send({
      to: "ops@acme.example",
      from: "alerts@acme.example",
      channel: "email",
      template: "portal-test",
      data: { business_name: "Acme Machines" },
    })

    expect(received.map(({ from }) => from)).toEqual(["alerts@acme.example"])
    expect(parseMail(received[0].raw).subject).toBe("Test e-mail from Acme Machines")
  })

  it("rejects an unknown template with INVALID_DATA before contacting the server", async () => {
    const sending = build().send({ to: "a@b.example", channel: "email", template: "nope", data: {} })

    await expect(sending).rejects.toBeInstanceOf(MedusaError)
    await expect(sending).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    await expect(sending).rejects.toThrow('"nope"')
    expect(received).toHaveLength(0)
  })

  it("fails naming the server when it refuses the recipient", async () => {
    const sending = build().send({
      to: "someone@refused.example",
      channel: "email",
      template: "portal-test",
      data: {},
    })

    await expect(sending).rejects.toThrow(`SMTP server ${HOST}:${port}`)
    await expect(sending).rejects.toThrow(/Mailbox unavailable/)
    expect(received).toHaveLength(0)
  })

  it("fails naming the server when nothing listens on the port", async () => {
    const deadPort = await closedPort()
    const sending = build({ port: deadPort }).send({
      to: "a@b.example",
      channel: "email",
      template: "portal-test",
      data: {},
    })

    await expect(sending).rejects.toThrow(`SMTP server ${HOST}:${deadPort}`)
    await expect(sending).rejects.toThrow(/ECONNREFUSED/)
  })

  it("never puts the password in the error of a failed login", async () => {
    const wrongPassword = "wr0ng-S3cret"
    const sending = build({ user: USER, password: wrongPassword }).send({
      to: "a@b.example",
      channel: "email",
      template: "portal-test",
      data: {},
    })

    await expect(sending).rejects.toThrow(`SMTP server ${HOST}:${port}`)
    const error: unknown = await sending.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/Invalid login/)
    expect((error as Error).message).not.toContain(wrongPassword)
    expect(JSON.stringify(error)).not.toContain(wrongPassword)
  })

  describe("validateOptions", () => {
    const valid = { host: "smtp.acme.example", from: "service@acme.example", channels: ["email"] }

    it("accepts the minimal options and Medusa's channels", () => {
      expect(() => SmtpNotificationService.validateOptions(valid)).not.toThrow()
      expect(() =>
        SmtpNotificationService.validateOptions({ ...valid, port: "465", secure: "true", user: "u", password: "p" })
      ).not.toThrow()
    })

    it("rejects a missing from, naming it", () => {
      const { from: _from, ...withoutFrom } = valid
      expect(() => SmtpNotificationService.validateOptions(withoutFrom)).toThrow(/"from" is required/)
      expect(() => SmtpNotificationService.validateOptions({ ...valid, from: "  " })).toThrow(/"from"/)
    })

    it("rejects a missing host, a bad port, a non-boolean secure and a password without user", () => {
      const { host: _host, ...withoutHost } = valid
      expect(() => SmtpNotificationService.validateOptions(withoutHost)).toThrow(/"host" is required/)
      expect(() => SmtpNotificationService.validateOptions({ ...valid, port: 70000 })).toThrow(/"port"/)
      expect(() => SmtpNotificationService.validateOptions({ ...valid, secure: "yes" })).toThrow(/"secure"/)
      expect(() => SmtpNotificationService.validateOptions({ ...valid, password: "p" })).toThrow(/"user"/)
    })
  })
})
