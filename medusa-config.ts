// The development host: a Medusa application that runs the plugin straight from src/, so that the demo,
// `npm run dev` and the HTTP tests exercise the real code without publishing it. A merchant's own
// application loads the built plugin instead (see README, "Install the plugin").
import path from "node:path"
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

// Files: in S3 (or any S3-compatible store) when S3_BUCKET is set, so that every server and worker process
// reads the same files; otherwise on the local disk, which suits one process on one machine. Medusa's file
// module takes exactly one provider. The portal's private files are uploaded with a private ACL and only
// ever read back by the server (its file routes), so the bucket needs no public access for them.
const fileProvider = env.S3_BUCKET
  ? {
      resolve: "@medusajs/medusa/file-s3",
      id: "s3",
      options: {
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        file_url: env.S3_FILE_URL,
        endpoint: env.S3_ENDPOINT || undefined,
        prefix: env.S3_PREFIX || undefined,
        // Without keys, the AWS SDK's own chain (an instance or task role) signs the requests.
        ...(env.S3_ACCESS_KEY_ID
          ? { access_key_id: env.S3_ACCESS_KEY_ID, secret_access_key: env.S3_SECRET_ACCESS_KEY }
          : { authentication_method: "s3-iam-role" }),
        // MinIO and most S3-compatible stores want bucket-in-path addresses.
        additional_client_config: env.S3_FORCE_PATH_STYLE === "true" ? { forcePathStyle: true } : undefined,
      },
    }
  : {
      resolve: "@medusajs/medusa/file-local",
      id: "local",
      options: { private_upload_dir: env.PORTAL_PRIVATE_FILES_DIR || ".data/private-files", backend_url: `${adminUrl}/static` },
    }

// The HTTP test of paying with a browser step (integration-tests/http/billing/payments-confirm.spec.ts) sets
// PORTAL_TEST_PAYMENT_PROVIDER: it adds a test provider that, like Stripe's, waits for the payer's browser to
// confirm the card (Stripe's servers are out of reach in tests). Never set elsewhere; Medusa's system provider
// stays registered either way. An absolute path: Medusa reads "./x" as "./src/x".
const testPaymentModules =
  env.PORTAL_TEST_PAYMENT_PROVIDER === "true"
    ? [{ resolve: "@medusajs/medusa/payment", options: { providers: [{ resolve: path.join(__dirname, "integration-tests/helpers/browser-confirm-payment"), id: "test" }] } }]
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
    // A production build marks the staff session cookie Secure, and a browser never gets a Secure cookie
    // over plain http: the demo and the browser tests, served at http://localhost, could not sign in to
    // the admin. Behind https the cookie stays Secure.
    cookieOptions: adminUrl.startsWith("http://") ? { secure: false } : undefined,
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true",
    // Read twice: by `medusa build`, which bakes it into the admin (scripts/lib/production.mjs builds with
    // MEDUSA_ADMIN_BACKEND_URL="/", the server that serves the admin, so one build serves any port), and at
    // run time, where the staff alert mails make their absolute admin links from it.
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || adminUrl,
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
      // Locally, private files (equipment documents, meter photos) go outside `static/`, which Medusa serves to
      // anyone: clients reach them only through the portal's routes. Public uploads (product images) stay in
      // static.
      resolve: "@medusajs/medusa/file",
      options: { providers: [fileProvider] },
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
    ...testPaymentModules,
  ],
})
