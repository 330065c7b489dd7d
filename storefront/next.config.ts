import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./i18n/request.ts")

// The repository root has its own lockfile (the Medusa plugin); pin the
// portal's root to this folder so Next does not pick the wrong workspace.
const storefrontRoot = path.resolve(__dirname)

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  outputFileTracingRoot: storefrontRoot,
  turbopack: {
    root: storefrontRoot,
  },
  experimental: {
    // A meter reading may carry a phone photo, sent through a server action (default limit 1 MB).
    serverActions: { bodySizeLimit: "10mb" },
  },
}

export default withNextIntl(nextConfig)
