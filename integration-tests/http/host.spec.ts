import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PORTAL_MODULES } from "../../src/lib/portal-modules"
import { createAdmin, createPublishableKey, type AdminActor } from "../helpers/actors"
import { useSmtpServer } from "../helpers/smtp"

jest.setTimeout(120_000)

const smtp = useSmtpServer({ PORTAL_BUSINESS_NAME: "Host Test Machines" })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: AdminActor

    beforeEach(async () => {
      admin = await createAdmin(getContainer(), api)
    })

    describe("the development host", () => {
      it("answers its health check", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })

      it("registers every module folder of the plugin, and only those", () => {
        const modulesDir = path.join(__dirname, "../../src/modules")
        const folders = fs.existsSync(modulesDir)
          ? fs.readdirSync(modulesDir).filter((name) => fs.existsSync(path.join(modulesDir, name, "index.ts")))
          : []
        expect([...PORTAL_MODULES].sort()).toEqual(folders.sort())
        for (const name of PORTAL_MODULES) {
          expect(getContainer().resolve(name)).toBeDefined()
        }
      })

      it("has migrated the tables of every plugin module", async () => {
        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const migrated = await db.raw<{ rows: { name: string }[] }>("select name from mikro_orm_migrations")
        for (const name of PORTAL_MODULES) {
          const migrationsDir = path.join(__dirname, "../../src/modules", name, "migrations")
          const expected = fs.readdirSync(migrationsDir).filter((f) => /^Migration\d+\.ts$/.test(f))
          expect(expected.length).toBeGreaterThan(0)
          for (const file of expected) {
            expect(migrated.rows.map((r) => r.name)).toContain(file.replace(/\.ts$/, ""))
          }
        }
      })
    })

    describe("notifications", () => {
      it("keeps the admin feed channel", async () => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const [feed] = await notifications.createNotifications([
          { to: "", channel: "feed", template: "admin-ui", data: { title: "Portal test", description: "Feed kept" } },
        ])
        expect(feed.status).toBe("success")
        const { data } = await api.get("/admin/notifications", { headers: admin.headers })
        expect(data.notifications.map((n: { id: string }) => n.id)).toContain(feed.id)
      })

      it("delivers e-mail through the SMTP provider to a real SMTP server, in the recipient's language", async () => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const [sent] = await notifications.createNotifications([
          {
            to: "claire@client.example",
            channel: "email",
            template: "portal-welcome",
            data: { locale: "fr", first_name: "Claire", account_name: "Acme", portal_url: "http://portal.test/fr" },
          },
        ])
        expect(sent.status).toBe("success")
        const mail = await smtp.waitFor("claire@client.example")
        expect(mail.from).toBe("portal@test.example")
        expect(mail.subject).toBe("Votre espace client est prêt")
        expect(mail.raw).toContain("http://portal.test/fr")
      })
    })

    describe("GET /store/portal/branding", () => {
      it("answers the business's name to anyone holding the publishable key", async () => {
        const key = await createPublishableKey(getContainer())
        const { data } = await api.get("/store/portal/branding", { headers: { "x-publishable-api-key": key } })
        expect(data.branding).toEqual({ name: "Host Test Machines", logo_url: null, support_email: null })
      })

      it("falls back to the store's name when the business name is not configured", async () => {
        const key = await createPublishableKey(getContainer())
        const stores = getContainer().resolve(Modules.STORE)
        const [store] = await stores.listStores({}, { take: 1 })
        await stores.updateStores(store.id, { name: "Atelier Rhône Machines" })
        const configured = process.env.PORTAL_BUSINESS_NAME
        delete process.env.PORTAL_BUSINESS_NAME
        try {
          const { data } = await api.get("/store/portal/branding", { headers: { "x-publishable-api-key": key } })
          expect(data.branding.name).toBe("Atelier Rhône Machines")
        } finally {
          process.env.PORTAL_BUSINESS_NAME = configured
        }
      })

      it("refuses a request without a publishable key", async () => {
        const error = await api.get("/store/portal/branding").catch((e: { response: unknown }) => e.response)
        expect(error.status).toBe(400)
      })
    })

    describe("admin: portal status and test e-mail", () => {
      it("shows the portal's address and the mail server, without credentials", async () => {
        const { data } = await api.get("/admin/portal/status", { headers: admin.headers })
        expect(data.status).toMatchObject({
          business_name: "Host Test Machines",
          portal_url: "http://localhost:8000",
          mail: { provider_id: "smtp", host: "127.0.0.1", port: smtp.port, from: "Portal tests <portal@test.example>" },
        })
        expect(JSON.stringify(data)).not.toMatch(/password/i)
      })

      it("refuses staff routes without a signed-in staff member", async () => {
        const error = await api.get("/admin/portal/status").catch((e: { response: unknown }) => e.response)
        expect(error.status).toBe(401)
      })

      it("sends a test e-mail to the signed-in staff member by default", async () => {
        const { data } = await api.post("/admin/portal/mail/test-email", { locale: "it" }, { headers: admin.headers })
        expect(data.notification).toMatchObject({ to: admin.email, status: "success" })
        const mail = await smtp.waitFor(admin.email)
        expect(mail.subject).toContain("Host Test Machines")
      })

      it("names the field of bad input and sends nothing", async () => {
        const before = smtp.mails.length
        const error = await api
          .post("/admin/portal/mail/test-email", { to: "not-an-address", locale: "de" }, { headers: admin.headers })
          .catch((e: { response: unknown }) => e.response)
        expect(error.status).toBe(400)
        expect(error.data.message).toMatch(/to/)
        expect(error.data.message).toMatch(/locale/)
        expect(smtp.mails.length).toBe(before)
      })

      it("tells staff when the mail server refuses the message", async () => {
        const error = await api
          .post("/admin/portal/mail/test-email", { to: "nobody@refused.example" }, { headers: admin.headers })
          .catch((e: { response: unknown }) => e.response)
        expect(error.status).toBe(502)
        expect(error.data).toMatchObject({ type: "mail_delivery_failed" })
        expect(error.data.message).toContain("nobody@refused.example")
      })
    })
  },
})
