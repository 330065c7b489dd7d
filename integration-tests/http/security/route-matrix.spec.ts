import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import seedDemo from "../../../scripts/seed-demo"
import { PUBLIC_PORTAL_ROUTES, storePortalAuthMiddlewares } from "../../../src/api/store/portal/middlewares"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { FLEET_MODULE } from "../../../src/modules/fleet"
import type FleetModuleService from "../../../src/modules/fleet/service"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { issueCustomerToken } from "../../helpers/actors"
import {
  contractFor,
  fieldsOf,
  listRouteFiles,
  READ_METHODS,
  sampleBody,
  sampleValue,
  type HttpMethod,
  type RouteFile,
} from "../../helpers/route-catalogue"
import { useSmtpServer } from "../../helpers/smtp"

jest.setTimeout(600_000)

useSmtpServer()

/**
 * The route matrix (issue 11): every route file under src/api/store/portal and src/api/admin/portal, found on
 * the disk, called the ways a curious client or a stranger would. Ids come from the demo's own data, found
 * through the owner's list and detail answers by naming convention (`quotes/[id]` from GET /quotes,
 * `meters/[meterId]` from the machine's `meters`, `files/[fileId]` from any `url` ending in
 * `/files/<id>`), so a route added later is covered without editing this file.
 */

const SENTINEL_NOTE = "matrix-sentinel-staff-note"
const SENTINEL_AGENT = "matrix-sentinel-user-agent"
const SENTINEL_IP = "203.0.113.77"
const MISSING = "matrix_missing"
const DEMO_ADMIN = { email: process.env.PORTAL_ADMIN_EMAIL || "admin@portal.example", password: process.env.PORTAL_ADMIN_PASSWORD || "portal-demo" }
/** Relations and columns no client route may answer through `fields`. */
const FORBIDDEN_FIELDS = ["*account.access_log,*account.members", "account.notes,+account.notes", "*account,*customer,*versions,metadata,deleted_at"]

type Headers = Record<string, string>
type Answer = { status: number; text: string; data: { message?: string; type?: string; [key: string]: unknown } | null }
type Target = { url: string; site_id: string | null }
type Item = { id: string; site_id?: string | null; url?: string }

const isRead = (method: HttpMethod) => READ_METHODS.includes(method)
/** An error's message; a success answers no message. */
const messageOf = (answer: Answer) => (typeof answer.data?.message === "string" ? answer.data.message : "")
const fillParams = (template: string, value: string) => template.replace(/\[[^\]]+\]/g, value)

/** The plugin's tables (from its migrations) and Medusa's that a client action writes to. */
function writtenTables(): string[] {
  const modules = path.join(__dirname, "..", "..", "..", "src", "modules")
  const tables = fs.readdirSync(modules).flatMap((module) => {
    const dir = path.join(modules, module, "migrations")
    if (!fs.existsSync(dir)) return []
    return fs
      .readdirSync(dir)
      .flatMap((file) => [...fs.readFileSync(path.join(dir, file), "utf8").matchAll(/create table if not exists "(\w+)"/g)].map((m) => m[1]))
  })
  return [...new Set([...tables, "order", "customer"])]
}

/** Every key path of a JSON answer, arrays flattened (`quotes.lines.id`). */
function keyPaths(value: unknown, prefix = "", into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keyPaths(v, prefix, into))
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const at = prefix ? `${prefix}.${key}` : key
      into.add(at)
      keyPaths(inner, at, into)
    }
  }
  return into
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const started = Date.now()
    const routes = listRouteFiles()
    const tables = writtenTables()
    const counts = { cases: 0, notApplicable: 0 }
    const problems: string[] = []

    let publishableKey = ""
    let admin: Headers = {}
    const as: Record<"claire" | "paul" | "marco" | "acmeSiteLink" | "rossiLink" | "readOnlyLink" | "viewAs", Headers> = {
      claire: {},
      paul: {},
      marco: {},
      acmeSiteLink: {},
      rossiLink: {},
      readOnlyLink: {},
      viewAs: {},
    }
    let paulSite = ""
    /** Per client route with ids: the owner's (Claire's) records to call it with. */
    const targets = new Map<string, Target[]>()

    const call = async (method: HttpMethod, url: string, headers: Headers, body?: unknown, raw?: string): Promise<Answer> => {
      counts.cases++
      const response = await api.request({
        method,
        url,
        headers: { ...headers, ...(raw !== undefined ? { "content-type": "application/json" } : {}) },
        data: raw ?? body,
        validateStatus: () => true,
        responseType: "text",
        transformResponse: (text: string) => text,
      })
      const text = typeof response.data === "string" ? response.data : String(response.data ?? "")
      let data: Answer["data"] = null
      try {
        data = JSON.parse(text)
      } catch {
        data = null
      }
      return { status: response.status, text, data }
    }

    const rowCounts = async (): Promise<Record<string, number>> => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sql = tables.map((t) => `select '${t}' as name, count(*)::int as rows from "${t}"`).join(" union all ")
      const { rows } = await pg.raw(sql)
      return Object.fromEntries((rows as { name: string; rows: number }[]).map((r) => [r.name, r.rows]))
    }
    const changed = (before: Record<string, number>, after: Record<string, number>) =>
      Object.keys(after).filter((t) => after[t] !== before[t]).map((t) => `${t} ${before[t]} -> ${after[t]}`)

    const signedIn = (url: string) => storePortalAuthMiddlewares.some((m) => (m.matcher instanceof RegExp ? m.matcher.test(url) : url.startsWith(String(m.matcher))))
    const storeRoutes = () => routes.filter((r) => r.side === "store")
    const signedInRoutes = () => storeRoutes().filter((r) => signedIn(fillParams(r.template, MISSING)))
    const adminRoutes = () => routes.filter((r) => r.side === "admin")
    const ownerUrl = (route: RouteFile, pick: (t: Target) => boolean = () => true) =>
      route.params.length ? (targets.get(route.template) ?? []).find(pick)?.url ?? null : route.template

    /**
     * The owner's records for a route template, by naming convention: the first id from the list of the
     * segment before it, a nested id from the parent's detail answer (its array named like the segment, or
     * any object whose `url` is the nested route's).
     */
    async function discover(template: string): Promise<Target[]> {
      const segments = template.split("/").filter(Boolean)
      let partial: (Target & { parent: string | null })[] = [{ url: "", site_id: null, parent: null }]
      for (const [index, segment] of segments.entries()) {
        const param = /^\[.+\]$/.test(segment)
        if (!param) {
          partial = partial.map((t) => ({ ...t, url: `${t.url}/${segment}` }))
          continue
        }
        const collection = segments[index - 1]
        const next: typeof partial = []
        for (const t of partial.slice(0, 40)) {
          let items: Item[] = []
          if (!t.parent) {
            const list = await call("GET", `${t.url}?limit=100`, as.claire)
            const array = Object.values(list.data ?? {}).find(Array.isArray) as Item[] | undefined
            items = array ?? []
          } else {
            const detail = await call("GET", t.parent, as.claire)
            const record = Object.values(detail.data ?? {}).find((v) => v && typeof v === "object" && !Array.isArray(v)) as Record<string, unknown> | undefined
            const named = record?.[collection.replace(/-/g, "_")]
            items = Array.isArray(named)
              ? (named as Item[])
              : [...JSON.stringify(record ?? {}).matchAll(new RegExp(`"url":"${t.url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/([^"/]+)"`, "g"))].map((m) => ({ id: m[1] }))
          }
          for (const item of items.filter((i) => typeof i?.id === "string")) {
            const site_id = item.site_id ?? (collection === "sites" ? item.id : t.site_id)
            next.push({ url: `${t.url}/${item.id}`, site_id, parent: `${t.url}/${item.id}` })
          }
        }
        partial = next
      }
      return partial.map(({ url, site_id }) => ({ url, site_id }))
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedDemo({ container, args: [] } as unknown as ExecArgs)
      const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable", title: "Client portal" })
      publishableKey = key.token
      const store = { "x-publishable-api-key": publishableKey }
      const signIn = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      admin = { authorization: `Bearer ${signIn.data.token}` }

      const [acme] = await accounts.listClientAccounts({ number: "C-1001" })
      const [rossi] = await accounts.listClientAccounts({ number: "C-1002" })
      const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ email: ["claire@acme.example", "paul@acme.example", "marco@rossi.example"] })
      const customer = (email: string) => customers.find((c) => c.email === email)!
      for (const [name, email] of [["claire", "claire@acme.example"], ["paul", "paul@acme.example"], ["marco", "marco@rossi.example"]] as const) {
        as[name] = { ...store, authorization: `Bearer ${await issueCustomerToken(container, customer(email))}` }
      }
      const [paulMember] = await accounts.listAccountMembers({ customer_id: customer("paul@acme.example").id })
      const [claireMember] = await accounts.listAccountMembers({ customer_id: customer("claire@acme.example").id })
      paulSite = paulMember.site_ids![0]
      const acmeSites = await accounts.listSites({ account_id: acme.id }, { order: { created_at: "ASC" } })
      const otherSite = acmeSites.find((s) => s.id !== paulSite)!

      // What no client may ever read: staff's notes and the access log (identifiers, addresses, user agents).
      await accounts.updateClientAccounts({ id: acme.id, notes: SENTINEL_NOTE })
      await accounts.createAccessLogEntries({ account_id: acme.id, event: "code_requested", identifier: "matrix@acme.example", ip: SENTINEL_IP, user_agent: SENTINEL_AGENT })

      // The demo has no quote on a site and no machine file: give Acme one of each, away from Paul's site.
      const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
      const [sentQuote] = await quotes.listQuotes({ account_id: acme.id, status: ["sent", "viewed"] }, { take: 1 })
      await quotes.updateQuotes({ id: sentQuote.id, site_id: otherSite.id })
      const machines = await container.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ account_id: acme.id, site_id: otherSite.id }, { take: 1 })
      await api.post(
        `/admin/portal/equipment/${machines[0].id}/files`,
        { filename: "manual.pdf", mime_type: "application/pdf", content: Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64"), kind: "document" },
        { headers: admin }
      )

      const link = async (accountId: string, body: Record<string, unknown>) => {
        const { data } = await api.post(
          `/admin/portal/accounts/${accountId}/secure-links`,
          { expires_at: new Date(Date.now() + 86_400_000).toISOString(), ...body },
          { headers: admin }
        )
        const opened = await api.post("/store/portal/links/exchange", { token: data.secure_link.token }, { headers: { ...store, "user-agent": SENTINEL_AGENT } })
        return { ...store, authorization: `Bearer ${opened.data.token}` }
      }
      as.acmeSiteLink = await link(acme.id, { scope: "site", site_id: paulSite, allow_actions: true })
      as.rossiLink = await link(rossi.id, { scope: "account", allow_actions: true })
      as.readOnlyLink = await link(acme.id, { scope: "account", allow_actions: false })
      const viewAs = await api.post(`/admin/portal/accounts/${acme.id}/members/${claireMember.id}/impersonate`, {}, { headers: admin })
      // The view-as URL carries a one-time code, which the portal exchanges server-side for the session's token.
      const code = new URL(viewAs.data.impersonation.url).searchParams.get("code")
      const { data: viewAsSession } = await api.post("/store/portal/view-as/exchange", { code }, { headers: store })
      as.viewAs = { ...store, authorization: `Bearer ${viewAsSession.token}` }
      // A session that reads is what makes its refusals to write mean something.
      expect((await api.get("/store/portal/me", { headers: as.viewAs })).status).toBe(200)
      expect((await api.get("/store/portal/me", { headers: as.readOnlyLink })).status).toBe(200)

      for (const route of storeRoutes().filter((r) => r.params.length)) {
        const found = await discover(route.template)
        if (!found.length) problems.push(`${route.template}: no record of the demo's to call it with (its ids are not in the owner's list or detail answers)`)
        targets.set(route.template, found)
      }
    })

    afterAll(() => {
      const methods = routes.reduce((sum, r) => sum + r.methods.length, 0)
      console.log(
        `Route matrix: ${routes.length} routes (${storeRoutes().length} client, ${adminRoutes().length} staff), ${methods} methods, ` +
          `${counts.cases} cases (${counts.notApplicable} not applicable) in ${Math.round((Date.now() - started) / 1000)} s`
      )
    })

    it("classifies every route file: client or staff, public or signed in, and finds a record for every id", () => {
      for (const route of storeRoutes()) {
        const url = fillParams(route.template, MISSING)
        const isPublic = PUBLIC_PORTAL_ROUTES.includes(url)
        if (isPublic === signedIn(url)) problems.push(`${route.template}: neither public nor behind the portal's authentication`)
        if (isPublic && route.params.length) problems.push(`${route.template}: a public route with an id`)
      }
      for (const route of routes) {
        for (const param of route.params) {
          if (!/^(id|[a-z]+Id)$/.test(param)) problems.push(`${route.template}: parameter [${param}] does not follow the [id] / [<name>Id] convention`)
        }
      }
      expect(problems).toEqual([])
      expect(routes.length).toBeGreaterThan(0)
    })

    it("answers 401 to every signed-in client route and every staff route without a token", async () => {
      const failures: string[] = []
      for (const route of signedInRoutes()) {
        for (const method of route.methods) {
          const url = ownerUrl(route) ?? fillParams(route.template, MISSING)
          const answer = await call(method, url, { "x-publishable-api-key": publishableKey })
          if (answer.status !== 401) failures.push(`${method} ${url}: ${answer.status}`)
        }
      }
      for (const route of adminRoutes()) {
        for (const method of route.methods) {
          const url = fillParams(route.template, MISSING)
          const answer = await call(method, url, {})
          if (answer.status !== 401) failures.push(`${method} ${url}: ${answer.status}`)
        }
      }
      expect(failures).toEqual([])
    })

    it("answers 404 on every client route with an id to another account, a member of another site and a link of another scope", async () => {
      const failures: string[] = []
      for (const route of signedInRoutes().filter((r) => r.params.length)) {
        const anyRecord = ownerUrl(route)
        const offSite = ownerUrl(route, (t) => !!t.site_id && t.site_id !== paulSite)
        for (const method of route.methods) {
          const contract = contractFor(method, anyRecord ?? fillParams(route.template, MISSING))
          const body = contract.body ? sampleBody(contract.body) : undefined
          const intruders: [string, Headers, string | null][] = [
            ["a member of another account", as.marco, anyRecord],
            ["a secure link of another account", as.rossiLink, anyRecord],
            ["a member limited to another site", as.paul, offSite],
            ["a secure link of another site", as.acmeSiteLink, offSite],
          ]
          for (const [who, headers, url] of intruders) {
            if (!url) {
              counts.notApplicable++
              continue
            }
            const answer = await call(method, url, headers, body)
            if (answer.status !== 404) failures.push(`${method} ${url} by ${who}: ${answer.status} ${messageOf(answer)}`.trim())
          }
        }
      }
      expect(failures).toEqual([])
    })

    it("refuses every client mutation to a read-only session (view as client, read-only link) and writes nothing", async () => {
      const failures: string[] = []
      for (const route of signedInRoutes()) {
        for (const method of route.methods.filter((m) => !isRead(m))) {
          const url = ownerUrl(route)
          if (!url) continue
          const contract = contractFor(method, url)
          const body = contract.body ? sampleBody(contract.body) : undefined
          for (const [who, headers] of [["a view-as session", as.viewAs], ["a read-only link", as.readOnlyLink]] as const) {
            const before = await rowCounts()
            const answer = await call(method, url, headers, body)
            const wrote = changed(before, await rowCounts())
            if (![401, 403].includes(answer.status) || wrote.length) {
              failures.push(`${method} ${url} by ${who}: ${answer.status} ${messageOf(answer)} ${wrote.join(", ")}`.trim())
            }
          }
        }
      }
      expect(failures).toEqual([])
    })

    it("never answers a relation or field outside a client route's allowed list", async () => {
      const failures: string[] = []
      for (const route of signedInRoutes()) {
        if (!route.methods.includes("GET")) continue
        const url = ownerUrl(route)
        if (!url) continue
        const baseline = await call("GET", url, as.claire)
        const allowed = baseline.data ? keyPaths(baseline.data) : null
        for (const fields of FORBIDDEN_FIELDS) {
          const answer = await call("GET", `${url}${url.includes("?") ? "&" : "?"}fields=${encodeURIComponent(fields)}`, as.claire)
          if (answer.status >= 500) failures.push(`GET ${url}?fields=${fields}: ${answer.status}`)
          if (answer.status >= 400) continue
          const leaked = [SENTINEL_NOTE, SENTINEL_AGENT, SENTINEL_IP].filter((s) => answer.text.includes(s))
          const extra = answer.data && allowed ? [...keyPaths(answer.data)].filter((k) => !allowed.has(k)) : []
          if (leaked.length || extra.length) failures.push(`GET ${url}?fields=${fields} answered ${[...leaked, ...extra].join(", ")}`)
        }
      }
      expect(failures).toEqual([])
    })

    /** Query strings: each parameter a route validates, with what must be refused and what must only not fail. */
    it("answers every malformed query string with a 4xx naming the field, never a 5xx", async () => {
      const failures: string[] = []
      const gets: [RouteFile, string, Headers][] = [
        ...storeRoutes().map((r): [RouteFile, string, Headers] => [r, ownerUrl(r) ?? fillParams(r.template, MISSING), as.claire]),
        ...adminRoutes().map((r): [RouteFile, string, Headers] => [r, fillParams(r.template, MISSING), admin]),
      ].filter(([r]) => r.methods.includes("GET") && !r.streams)
      for (const [, url, headers] of gets) {
        const contract = contractFor("GET", url)
        const declared = contract.query ? fieldsOf(contract.query as z.ZodType).map((f) => f.name) : []
        const params = declared.length ? declared : ["limit", "offset", "order", "q", "fields"]
        const cases: { query: string; field: string; refuse: boolean }[] = params.flatMap((p) => [
          { query: `${p}=%00`, field: p, refuse: !!declared.length },
          { query: `${p}=a%07b%1B`, field: p, refuse: !!declared.length },
          { query: `${p}=${"x".repeat(10_000)}`, field: p, refuse: !!declared.length },
          { query: `${p}[a]=1`, field: p, refuse: !!declared.length },
          { query: `${p}=-1`, field: p, refuse: false },
          { query: `${p}=99999999999999999999`, field: p, refuse: false },
          { query: `${p}=(select%201)`, field: p, refuse: false },
          { query: `${p}=%E2%80%AE%F0%9F%98%80e%CC%81`, field: p, refuse: false },
        ])
        if (declared.length) cases.push({ query: "matrix_unknown=1", field: "matrix_unknown", refuse: true })
        await inBatches(cases, 6, async ({ query, field, refuse }) => {
          const answer = await call("GET", `${url}?${query}`, headers)
          const message = messageOf(answer)
          // A value that may be valid can still be refused for another parameter the route requires.
          const named = answer.status === 404 || message.includes(field) || declared.some((d) => message.includes(d))
          if (answer.status >= 500) failures.push(`GET ${url}?${query.slice(0, 40)}: ${answer.status} ${message}`)
          else if (refuse && (answer.status < 400 || !message.includes(field))) failures.push(`GET ${url}?${query.slice(0, 40)}: ${answer.status} ${message} (must be refused naming ${field})`)
          else if (answer.status >= 400 && !named && ![401, 403].includes(answer.status)) failures.push(`GET ${url}?${query.slice(0, 40)}: ${answer.status} "${message}" does not name ${field}`)
        })
      }
      console.log(`Route matrix: query strings of ${gets.length} GET routes checked`)
      expect(failures).toEqual([])
    })

    it("answers every malformed body with a 4xx naming the field, never a 5xx, and writes nothing", async () => {
      const failures: string[] = []
      const mutations: [RouteFile, HttpMethod, string, string, Headers][] = [
        ...storeRoutes().flatMap((r) =>
          r.methods.filter((m) => !isRead(m)).map((m): [RouteFile, HttpMethod, string, string, Headers] => [r, m, ownerUrl(r) ?? fillParams(r.template, MISSING), fillParams(r.template, MISSING), as.claire])
        ),
        ...adminRoutes().flatMap((r) =>
          r.methods.filter((m) => !isRead(m)).map((m): [RouteFile, HttpMethod, string, string, Headers] => [r, m, fillParams(r.template, MISSING), fillParams(r.template, MISSING), admin])
        ),
      ]
      type BodyCase = { label: string; field: string | null; body?: unknown; raw?: string }
      const later: [string, string, Headers, HttpMethod, BodyCase][] = []
      for (const [, method, url, missingUrl, headers] of mutations) {
        const contract = contractFor(method, url)
        const refused: BodyCase[] = [{ label: "malformed JSON", field: null, raw: '{"broken": ' }]
        // A route that reads no body is only ever called on a missing record: a valid JSON would run it.
        const target = contract.body ? url : missingUrl
        if (contract.body) {
          refused.push({ label: "a JSON list", field: null, raw: "[1, 2]" })
          const base = sampleBody(contract.body as z.ZodType)
          refused.push({ label: "an unknown field", field: "matrix_unknown", body: { ...base, matrix_unknown: 1 } })
          for (const { name, schema } of fieldsOf(contract.body as z.ZodType)) {
            const sample = sampleValue(name, schema)
            const typed = !!(schema.type || schema.anyOf || schema.enum)
            const type = !typed ? "untyped" : Array.isArray(sample) ? "array" : typeof sample
            const maxLength = schema.maxLength ?? schema.anyOf?.find((s) => s.type === "string")?.maxLength
            // An untyped field is a date or a number sent as text: a number or an object is wrong for both.
            const wrong =
              type === "string" ? 12345 : type === "number" ? "abc" : type === "boolean" ? "yes" : type === "array" ? "not a list" : type === "object" ? "not an object" : true
            const variants: [string, unknown, boolean][] = [
              ["a wrong type", wrong, true],
              ["a NUL character", "a\u0000b", true],
              ["control characters", "a\u0007b\u001b", true],
              ["a lone surrogate", "a\ud800b", true],
              ["a 100,000-character text", "x".repeat(100_000), maxLength !== undefined && maxLength < 100_000],
              ["a huge number", 1e20, type === "number" || type === "untyped"],
              ["a huge negative number", -1e20, type === "number" || type === "untyped"],
              ["a negative number", -1, false],
              ["odd Unicode", "\u202eÅ\u200d😀e\u0301", false],
            ]
            for (const [label, value, refuse] of variants) {
              const c: BodyCase = { label: `${name}: ${label}`, field: name, body: { ...base, [name]: value } }
              if (refuse) refused.push(c)
              else later.push([missingUrl, url, headers, method, c])
            }
          }
        } else {
          later.push([missingUrl, url, headers, method, { label: "an unknown field", field: "matrix_unknown", body: { matrix_unknown: "a\u0000b" } }])
        }
        const before = await rowCounts()
        await inBatches(refused, 6, async (c) => {
          const answer = await call(method, target, headers, c.body, c.raw)
          const message = messageOf(answer)
          if (answer.status < 400 || answer.status >= 500 || (c.field && !message.includes(c.field))) {
            failures.push(`${method} ${target} with ${c.label}: ${answer.status} ${message.slice(0, 160)}`)
          }
        })
        const wrote = changed(before, await rowCounts())
        if (wrote.length) failures.push(`${method} ${target}: malformed bodies wrote ${wrote.join(", ")}`)
      }
      // Input that may be valid (a negative number, odd but real Unicode) goes to missing records only, so it
      // changes nothing it may be allowed to change; it must never fail with a 5xx (a 4xx may be about the
      // sample's other fields: an account the sample names does not exist).
      await inBatches(later, 6, async ([missingUrl, , headers, method, c]) => {
        const answer = await call(method, missingUrl, headers, c.body, c.raw)
        const message = messageOf(answer)
        if (answer.status >= 500) failures.push(`${method} ${missingUrl} with ${c.label}: ${answer.status} ${message.slice(0, 160)}`)
      })
      console.log(`Route matrix: bodies of ${mutations.length} mutations checked`)
      expect(failures).toEqual([])
    })
  },
})
