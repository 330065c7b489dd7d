import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./i18n/request.ts")

// The repository root has its own lockfile (the Medusa plugin); pin the portal's root explicitly so Next
// does not guess. It is the repository, not this folder: the portal imports the domains' plain-TypeScript
// contracts (src/modules/<domain>/contract.ts, no server imports), and Turbopack resolves nothing outside its
// root. Packages still resolve from this folder's node_modules first, so the portal keeps its own React.
const projectRoot = path.resolve(__dirname, "..")

const development = process.env.NODE_ENV !== "production"

/**
 * Stripe's card form (components/billing/stripe-card-confirmation.tsx) runs Stripe.js from js.stripe.com, in its
 * frames (3-D Secure through hooks.stripe.com), talking to api.stripe.com: allowed only when the portal is built
 * with a Stripe publishable key, as Stripe's CSP guide lists them.
 */
const stripe = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
  ? { script: " https://js.stripe.com https://*.js.stripe.com", frame: " https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com", connect: " https://api.stripe.com" }
  : { script: "", frame: "", connect: "" }

/**
 * The pages' Content-Security-Policy: scripts, styles, frames and form posts from the portal itself only (and
 * Stripe's, see above), never embedded elsewhere. Next.js writes inline scripts (its page data), hence 'unsafe-inline' for
 * scripts; `next dev` also evaluates code and talks to its reloader over a WebSocket. Images may come from
 * anywhere (the merchant's logo is hosted where they put it); an image runs nothing. The file routes under
 * /api set their own, stricter policy.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}${stripe.script}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src * data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${development ? " ws: wss:" : ""}${stripe.connect}`,
  `frame-src 'self'${stripe.frame}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/((?!api/).*)",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ]
  },
  poweredByHeader: false,
  outputFileTracingRoot: projectRoot,
  turbopack: {
    root: projectRoot,
  },
  experimental: {
    // A meter reading may carry a phone photo, and a support message up to 20 MB of attachments
    // (components/support/attachment-rules.ts), sent through server actions (default limit 1 MB).
    serverActions: { bodySizeLimit: "21mb" },
  },
}

export default withNextIntl(nextConfig)
