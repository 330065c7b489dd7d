import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { QUOTE_MODULE } from "../../src/modules/quote"
import type QuoteModuleService from "../../src/modules/quote/service"
import { acceptQuoteWorkflow } from "../../src/workflows/quote/accept-quote"
import { createQuoteWorkflow } from "../../src/workflows/quote/create-quote"
import { expireQuotesWorkflow } from "../../src/workflows/quote/expire-quotes"
import { markQuoteViewedWorkflow } from "../../src/workflows/quote/mark-quote-viewed"
import { rejectQuoteWorkflow } from "../../src/workflows/quote/reject-quote"
import { sendQuoteWorkflow } from "../../src/workflows/quote/send-quote"
import type { DemoCompany } from "./catalog"

const DAY = 24 * 60 * 60 * 1000

type Locale = DemoCompany["locale"]
type DemoLine = { sku?: string; title?: Record<Locale, string>; quantity: number; unit_price?: number; discount_percent?: number; optional?: boolean }
type DemoQuote = {
  key: string
  state: "draft" | "sent" | "viewed" | "accepted" | "rejected" | "expired"
  title: Record<Locale, string>
  lines: DemoLine[]
  requires_signature?: boolean
}

const t = (en: string, fr: string, it: string, sk: string): Record<Locale, string> => ({ en, fr, it, sk })

/** Quotes in every state a client meets: several awaiting an answer (with optional lines), and one of each other. */
const DEMO_QUOTES: DemoQuote[] = [
  {
    key: "pump",
    state: "sent",
    title: t("Hydraulic power pack replacement", "Remplacement du groupe hydraulique", "Sostituzione della centralina idraulica", "Výmena hydraulického agregátu"),
    lines: [
      { sku: "MACH-HP200", quantity: 1, discount_percent: 5 },
      { sku: "SERV-HOUR", quantity: 4 },
      { sku: "PART-HF12", quantity: 2, optional: true },
    ],
    requires_signature: true,
  },
  {
    key: "maintenance",
    state: "sent",
    title: t("Yearly maintenance contract", "Contrat de maintenance annuel", "Contratto di manutenzione annuale", "Ročná zmluva o údržbe"),
    lines: [
      { sku: "SERV-PM", quantity: 4, discount_percent: 10 },
      { sku: "SERV-EMG", quantity: 2, optional: true },
      { title: t("Travel costs (flat rate)", "Frais de déplacement (forfait)", "Spese di trasferta (forfait)", "Cestovné náklady (paušál)"), quantity: 4, unit_price: 45 },
    ],
  },
  {
    key: "generator",
    state: "viewed",
    title: t("Backup generator for the plant", "Groupe électrogène de secours", "Gruppo elettrogeno di emergenza", "Záložný generátor pre prevádzku"),
    lines: [
      { sku: "MACH-G60", quantity: 1 },
      { sku: "PART-OIL20", quantity: 2, optional: true },
      { sku: "SERV-HOUR", quantity: 6 },
    ],
  },
  {
    key: "service-visit",
    state: "accepted",
    title: t("Two preventive maintenance visits", "Deux visites de maintenance préventive", "Due visite di manutenzione preventiva", "Dve preventívne servisné prehliadky"),
    lines: [
      { sku: "SERV-PM", quantity: 2 },
      { title: t("Travel costs (flat rate)", "Frais de déplacement (forfait)", "Spese di trasferta (forfait)", "Cestovné náklady (paušál)"), quantity: 2, unit_price: 45 },
    ],
  },
  {
    key: "filters",
    state: "expired",
    title: t("Air filters, spring stock", "Filtres à air, stock de printemps", "Filtri aria, scorta primaverile", "Vzduchové filtre, jarné zásoby"),
    lines: [{ sku: "PART-AF90", quantity: 5 }],
  },
  {
    key: "compressor",
    state: "draft",
    title: t("Air compressor upgrade", "Remplacement du compresseur", "Aggiornamento del compressore", "Modernizácia kompresora"),
    lines: [{ sku: "MACH-AC90", quantity: 1 }, { sku: "SERV-HOUR", quantity: 8 }],
  },
  {
    key: "lighting",
    state: "rejected",
    title: t("Lighting tower rental, 10 days", "Location de tours d'éclairage, 10 jours", "Noleggio torri faro, 10 giorni", "Prenájom osvetľovacích veží, 10 dní"),
    lines: [{ sku: "RENT-SL8", quantity: 10 }],
  },
]

const SALESPEOPLE: Record<string, { email: string; first_name: string; last_name: string }> = {
  "Acme Industrie": { email: "luc.bernard@portal.example", first_name: "Luc", last_name: "Bernard" },
  "Rossi Impianti": { email: "sara.conti@portal.example", first_name: "Sara", last_name: "Conti" },
  "Tatra Energy": { email: "martin.novak@portal.example", first_name: "Martin", last_name: "Novák" },
}

const REJECTION: Record<Locale, string> = {
  en: "We will use our own equipment this season.",
  fr: "Nous utiliserons notre propre matériel cette saison.",
  it: "Useremo la nostra attrezzatura questa stagione.",
  sk: "Túto sezónu použijeme vlastné vybavenie.",
}

/**
 * A salesperson per demo company (a Medusa user who signs in with the demo password) and the company's quotes
 * in every state, through the same workflows staff and clients use: the accepted one has its real Medusa
 * order. Each quote carries a demo key, so a re-run creates nothing twice.
 */
export async function seedQuotes(container: MedusaContainer, companies: DemoCompany[], password: string): Promise<number> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await stockQuotedParts(container)
  const skus = [...new Set(DEMO_QUOTES.flatMap((q) => q.lines.map((l) => l.sku).filter((s): s is string => !!s)))]
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
  const variantOf = (sku: string) => (variants as { id: string; sku: string }[]).find((v) => v.sku === sku)?.id
  let created = 0

  for (const company of companies) {
    const [account] = await accounts.listClientAccounts({ name: company.name })
    if (!account) continue
    const salesperson = await ensureSalesperson(container, SALESPEOPLE[company.name], password)
    const existing = await quotes.listQuotes({ account_id: account.id }, { select: ["id", "metadata"] })
    const [admin] = await accounts.listAccountMembers({ account_id: account.id, role: "admin" })
    const customer = admin ? await container.resolve(Modules.CUSTOMER).retrieveCustomer(admin.customer_id) : null
    const client = customer && {
      account_id: account.id,
      customer_id: customer.id,
      name: `${[customer.first_name, customer.last_name].filter(Boolean).join(" ")} (${account.name})`,
    }
    for (const demo of DEMO_QUOTES) {
      if (existing.some((q) => (q.metadata as { demo_key?: string } | null)?.demo_key === demo.key)) continue
      if (demo.lines.some((l) => l.sku && !variantOf(l.sku))) continue
      const by = { id: salesperson.id, name: `${salesperson.first_name} ${salesperson.last_name}` }
      const { result: quote } = await createQuoteWorkflow(container).run({
        input: {
          account_id: account.id,
          title: demo.title[company.locale],
          valid_until: new Date(Date.now() + 30 * DAY),
          salesperson_id: salesperson.id,
          requires_signature: demo.requires_signature ?? false,
          metadata: { demo_key: demo.key },
          lines: demo.lines.map((l) => ({
            variant_id: l.sku ? variantOf(l.sku) : null,
            title: l.title?.[company.locale] ?? null,
            quantity: l.quantity,
            unit_price: l.unit_price ?? null,
            discount_percent: l.discount_percent ?? null,
            is_optional: l.optional ?? false,
            selected: false,
          })),
          created_by: by,
        },
      })
      created++
      if (demo.state === "draft") continue
      await sendQuoteWorkflow(container).run({ input: { id: quote.id, sent_by: by } })
      if (!client) continue
      if (demo.state === "viewed") await markQuoteViewedWorkflow(container).run({ input: { id: quote.id, actor: client } })
      if (demo.state === "rejected") {
        await rejectQuoteWorkflow(container).run({ input: { id: quote.id, reason: REJECTION[company.locale], actor: client } })
      }
      if (demo.state === "accepted") {
        await acceptQuoteWorkflow(container).run({
          input: { id: quote.id, actor: client, can_approve: true, selected_optional_line_ids: [], ip: null, lock_owner: randomUUID() },
        })
      }
      if (demo.state === "expired") {
        await quotes.updateQuotes({ id: quote.id, valid_until: new Date(Date.now() - 2 * DAY) })
        await expireQuotesWorkflow(container).run({ input: {} })
      }
    }
  }
  return created
}

async function ensureSalesperson(container: MedusaContainer, person: { email: string; first_name: string; last_name: string }, password: string) {
  const [user] = await container.resolve(Modules.USER).listUsers({ email: person.email })
  if (user) return { ...person, id: user.id }
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email: person.email, password } })
  if (error || !authIdentity) throw new Error(`Could not create the salesperson ${person.email}: ${error}`)
  const { result } = await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: person } })
  return { ...person, id: result.id }
}

/** The machines and parts the demo quotes offer are stocked in the main warehouse, so accepting them makes an order. */
async function stockQuotedParts(container: MedusaContainer) {
  const skus = DEMO_QUOTES.flatMap((q) => q.lines.map((l) => l.sku)).filter((s): s is string => !!s)
  const [warehouse] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: "Main warehouse" })
  if (!warehouse) return
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: skus })
  const levels = items.length ? await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.id), location_id: warehouse.id }) : []
  const missing = items.filter((i) => !levels.some((l) => l.inventory_item_id === i.id))
  if (!missing.length) return
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: missing.map((i) => ({ inventory_item_id: i.id, location_id: warehouse.id, stocked_quantity: 25 })) },
  })
}
