import { createServer, type IncomingMessage, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { LoggingSmsSender, resolveSmsSender, WebhookSmsSender } from ".."

type Received = { headers: IncomingMessage["headers"]; body: string }

describe("SMS senders", () => {
  let server: Server
  let url: string
  let received: Received[]
  let answer: { status: number; delayMs?: number }

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => (body += chunk))
      req.on("end", () => {
        received.push({ headers: req.headers, body })
        setTimeout(() => res.writeHead(answer.status).end(answer.status >= 300 ? "gateway says no" : "ok"), answer.delayMs ?? 0)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  beforeEach(() => {
    received = []
    answer = { status: 202 }
  })

  it("posts { to, text } as JSON with the bearer token to the webhook", async () => {
    await new WebhookSmsSender({ url, token: "s3cret" }).send({ to: "+393331234567", text: "123456" })
    expect(received).toHaveLength(1)
    expect(JSON.parse(received[0].body)).toEqual({ to: "+393331234567", text: "123456" })
    expect(received[0].headers.authorization).toBe("Bearer s3cret")
    expect(received[0].headers["content-type"]).toBe("application/json")
  })

  it("sends no authorization header without a token", async () => {
    await new WebhookSmsSender({ url }).send({ to: "+1", text: "x" })
    expect(received[0].headers.authorization).toBeUndefined()
  })

  it("fails on a non-2xx answer, with the status and the gateway's words", async () => {
    answer = { status: 503 }
    await expect(new WebhookSmsSender({ url }).send({ to: "+1", text: "x" })).rejects.toThrow(/answered 503: gateway says no/)
  })

  it("fails when the gateway does not answer in time", async () => {
    answer = { status: 200, delayMs: 500 }
    await expect(new WebhookSmsSender({ url, timeoutMs: 100 }).send({ to: "+1", text: "x" })).rejects.toThrow(/timed out/)
  })

  it("logs the message with the logging sender", async () => {
    const info = jest.fn()
    await new LoggingSmsSender({ info }).send({ to: "+393331234567", text: "code 123456" })
    expect(info).toHaveBeenCalledWith("SMS to +393331234567 : code 123456")
  })

  it("is chosen by options, then environment; none without configuration", () => {
    const logger = { info: jest.fn() }
    expect(resolveSmsSender(undefined, logger, {})).toBeNull()
    expect(resolveSmsSender(undefined, logger, { PORTAL_SMS_PROVIDER: "log" })?.name).toBe("log")
    expect(resolveSmsSender({ provider: "webhook", webhookUrl: url }, logger, { PORTAL_SMS_PROVIDER: "log" })?.name).toBe("webhook")
    expect(() => resolveSmsSender(undefined, logger, { PORTAL_SMS_PROVIDER: "webhook" })).toThrow(/webhook URL/)
    expect(() => resolveSmsSender(undefined, logger, { PORTAL_SMS_PROVIDER: "pigeon" })).toThrow(/Unknown SMS provider/)
  })
})
