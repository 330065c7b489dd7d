import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "../client-address"

describe("client address", () => {
  const proxies = parseTrustedProxies(["10.0.0.0/8", " 127.0.0.1", "::1", "2001:db8::/32"], "test")

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.5", "10.9.8.7", null)).toBe("203.0.113.5")
    expect(resolveClientAddress("::ffff:127.0.0.1", "10.9.8.7, 198.51.100.1", null)).toBe("127.0.0.1")
  })

  it("walks X-Forwarded-For from the right through trusted hops only", () => {
    // A client writing its own header: the entries left of the first untrusted address are never read.
    expect(resolveClientAddress("127.0.0.1", "10.9.8.7, 198.51.100.1", proxies)).toBe("198.51.100.1")
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1, 10.1.2.3", proxies)).toBe("198.51.100.1")
    expect(resolveClientAddress("::1", "[2001:db8::7]:443, 192.0.2.4:5678", proxies)).toBe("192.0.2.4")
    // A peer that is not a proxy is the client, even with a header.
    expect(resolveClientAddress("203.0.113.5", "10.9.8.7", proxies)).toBe("203.0.113.5")
    // Every hop trusted: the leftmost address is the client.
    expect(resolveClientAddress("127.0.0.1", "10.0.0.2, 10.0.0.3", proxies)).toBe("10.0.0.2")
    // A hop that names no address ends the walk at the last one named.
    expect(resolveClientAddress("127.0.0.1", "198.51.100.1, unknown", proxies)).toBe("127.0.0.1")
    expect(resolveClientAddress("127.0.0.1", undefined, proxies)).toBe("127.0.0.1")
  })

  it("reads addresses with ports, brackets and IPv4-mapped IPv6", () => {
    expect(normalizeAddress(" ::FFFF:192.0.2.1 ")).toBe("192.0.2.1")
    expect(normalizeAddress("192.0.2.1:8080")).toBe("192.0.2.1")
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1")
    expect(normalizeAddress("not-an-ip")).toBeNull()
  })

  it("refuses a list entry that is not an address or a range, naming it", () => {
    expect(() => parseTrustedProxies(["10.0.0.0/33"], "PORTAL_TRUSTED_PROXIES")).toThrow('PORTAL_TRUSTED_PROXIES: "10.0.0.0/33" is not an IP address or a CIDR range')
    expect(() => parseTrustedProxies(["loadbalancer"], "trustedProxies")).toThrow(/"loadbalancer"/)
    expect(parseTrustedProxies(["", " "], "x")).toBeNull()
  })
})
