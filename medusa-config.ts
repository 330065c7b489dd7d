// The development host: a Medusa application that runs the plugin straight from src/, so that the demo,
// `npm run dev` and the HTTP tests exercise the real code without publishing it. A merchant's own
// application loads the built plugin instead (see README, "Install the plugin").
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { PORTAL_MODULES } from "./src/lib/portal-modules"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = process.env
const redisUrl = env.REDIS_URL
const portalUrl = env.PORTAL_URL || "http://localhost:8000"
const adminUrl = env.MEDUSA_BACKEND_URL || "http://localhost:9000"

const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
      {
        // Medusa's caching module keeps in Redis what Medusa's own code marks cacheable, above all the
        // publishable-key lookup every /store request makes (`npm run bench` measures it with and without).
        // 2.21 serves it behind the `caching` feature flag, switched on below with it.
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

module.exports = defineConfig({
  // MEDUSA_FF_CACHING=false in the environment switches the cache off again (the environment wins).
  featureFlags: { caching: !!redisUrl },
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseLogging: false,
    redisUrl,
    workerMode: (env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server" | undefined) ?? "shared",
    http: {
      storeCors: env.STORE_CORS || portalUrl,
      adminCors: env.ADMIN_CORS || adminUrl,
      authCors: env.AUTH_CORS || `${portalUrl},${adminUrl}`,
      jwtSecret: env.JWT_SECRET || "supersecret",
      cookieSecret: env.COOKIE_SECRET || "supersecret",
      // Invite-only: clients sign in with one-time codes and nothing else, so no one can register a
      // customer login of their own; staff keep e-mail and password.
      authMethodsPerActor: { user: ["emailpass"], customer: ["portal-otp"] },
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    backendUrl: adminUrl,
  },
  modules: [
    ...PORTAL_MODULES.map((name) => ({ resolve: `./src/modules/${name}` })),
    {
      // Configuring the auth module replaces Medusa's default: keep emailpass (staff sign in with it) and its
      // MFA key, and add the portal's one-time-code provider (clients sign in with it).
      resolve: "@medusajs/medusa/auth",
      options: {
        mfa: { encryption_key: env.AUTH_MFA_ENCRYPTION_KEY },
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass" },
          { resolve: "./src/providers/portal-otp", id: "portal-otp" },
        ],
      },
    },
    {
      // Private files (equipment documents, meter photos) go outside `static/`, which Medusa serves to anyone:
      // clients reach them only through the portal's routes. Public uploads (product images) stay in static.
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { private_upload_dir: env.PORTAL_PRIVATE_FILES_DIR || ".data/private-files", backend_url: `${adminUrl}/static` },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          // Configuring the notification module replaces Medusa's defaults: keep the admin's feed.
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { channels: ["feed"] },
          },
          {
            resolve: "./src/providers/smtp",
            id: "smtp",
            options: {
              channels: ["email"],
              host: env.SMTP_HOST || "localhost",
              port: Number(env.SMTP_PORT || 1025),
              secure: env.SMTP_SECURE === "true",
              requireTLS: env.SMTP_REQUIRE_TLS === "true",
              user: env.SMTP_USER || undefined,
              password: env.SMTP_PASSWORD || undefined,
              from: env.SMTP_FROM || "Client portal <portal@localhost>",
            },
          },
        ],
      },
    },
    ...redisModules,
  ],
})
