import { BlockList, isIP } from "node:net"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pluginOptionsFromConfig } from "./portal-options"

/**
 * The address a request came from, for per-address limits, the access log and a quote's acceptance.
 *
 * Medusa sets Express's `trust proxy` to one hop, so `req.ip` is whatever the last `X-Forwarded-For` entry
 * says, even on a request that reached Medusa directly: anyone could rotate that header to escape the
 * limits or write any address into the log. Here a forwarded address counts only when the hop that
 * reported it is one of the configured trusted proxies (`trustedProxies`, else `PORTAL_TRUSTED_PROXIES`;
 * none by default): without any, the client is the socket's peer.
 */
export function clientAddress(req: MedusaRequest): string | null {
  const peer = req.socket?.remoteAddress
  if (!peer) return null
  const forwarded = req.headers["x-forwarded-for"]
  return resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trustedProxies(req))
}

/**
 * Walks the chain from the right (the peer, then `X-Forwarded-For` from its last entry): each trusted hop
 * hands over to the address it reported; the first address not trusted is the client. Entries left of it
 * were written by the client and are never read.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | undefined, trusted: BlockList | null): string {
  let address = normalizeAddress(peer) ?? peer
  if (!trusted || !forwardedFor) return address
  const hops = forwardedFor.split(",")
  while (hops.length && isTrusted(trusted, address)) {
    const reported = normalizeAddress(hops.pop()!)
    // A hop that is not an address (a proxy's "unknown") ends the walk at the last address we can name.
    if (!reported) break
    address = reported
  }
  return address
}

/** Parses a list of addresses and CIDR ranges ("10.0.0.0/8, 2001:db8::/32, 127.0.0.1"); throws naming a bad entry. */
export function parseTrustedProxies(entries: string[], source: string): BlockList | null {
  const list = new BlockList()
  let count = 0
  for (const raw of entries.map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix, extra] = raw.split("/")
    const family = isIP(address)
    const bits = prefix === undefined ? null : Number(prefix)
    const maxBits = family === 6 ? 128 : 32
    if (!family || extra !== undefined || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && /^\d+$/.test(prefix)))) {
      throw new Error(`${source}: "${raw}" is not an IP address or a CIDR range`)
    }
    const type = family === 6 ? "ipv6" : "ipv4"
    if (bits === null) list.addAddress(address, type)
    else list.addSubnet(address, bits, type)
    count++
  }
  return count ? list : null
}

/** "::ffff:192.0.2.1" → "192.0.2.1"; "192.0.2.1:5678" and "[2001:db8::1]:443" lose their port; anything else → null. */
export function normalizeAddress(value: string): string | null {
  let address = value.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"))
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address)
  if (mapped) address = mapped[1]
  return isIP(address) ? address.toLowerCase() : null
}

const isTrusted = (list: BlockList, address: string) => list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4")

const compiled = new Map<string, BlockList | null>()

/** The configured list, read at each request (an operator or a test may change the environment) and compiled once per value. */
function trustedProxies(req: MedusaRequest): BlockList | null {
  const option = pluginOptionsFromConfig(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)).trustedProxies
  const [entries, source] = option
    ? [typeof option === "string" ? option.split(",") : option, "trustedProxies"]
    : [(process.env.PORTAL_TRUSTED_PROXIES ?? "").split(","), "PORTAL_TRUSTED_PROXIES"]
  const key = `${source}=${entries.join(",")}`
  if (!compiled.has(key)) compiled.set(key, parseTrustedProxies(entries, source))
  return compiled.get(key)!
}
