import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { createDepositScheduleWorkflow } from "../../src/workflows/billing/create-deposit-schedule"
import { issueInvoiceWorkflow } from "../../src/workflows/billing/issue-invoice"
import { recordInvoicePaymentsWorkflow } from "../../src/workflows/billing/record-invoice-payments"
import type { InvoiceSource } from "../../src/workflows/billing/steps/plan-invoice"
import type { DemoCompany } from "./catalog"
import { recordDeliveryNote } from "./delivery-notes"

const DAY = 86_400_000

type DemoOrder = {
  key: string
  lines: { sku: string; quantity: number }[]
  /** Which of the account's sites (0: the first, 1: the second) the goods go to. */
  site: 0 | 1
  delivery: "none" | "partial" | "shipped" | "delivered"
  /** What happens to its invoice. */
  invoice: "none" | "open" | "paid" | "partly_paid" | "overdue" | "credited"
}

/** Orders in several states, each with its invoice in another state, on both sites (the second is the site-limited member's). */
const DEMO_ORDERS: DemoOrder[] = [
  { key: "filters", lines: [{ sku: "PART-HF12", quantity: 6 }, { sku: "PART-AF90", quantity: 4 }], site: 0, delivery: "delivered", invoice: "paid" },
  { key: "oil", lines: [{ sku: "PART-OIL20", quantity: 10 }], site: 1, delivery: "shipped", invoice: "partly_paid" },
  { key: "belts", lines: [{ sku: "PART-VBG60", quantity: 3 }, { sku: "SERV-HOUR", quantity: 4 }], site: 0, delivery: "partial", invoice: "overdue" },
  { key: "maintenance", lines: [{ sku: "SERV-PM", quantity: 1 }], site: 1, delivery: "delivered", invoice: "credited" },
  { key: "generator", lines: [{ sku: "MACH-G60", quantity: 1 }], site: 0, delivery: "none", invoice: "open" },
  { key: "spares", lines: [{ sku: "PART-HF12", quantity: 2 }], site: 1, delivery: "none", invoice: "none" },
]

/**
 * Each demo company's sales documents: Medusa orders placed by its admin with delivery notes, invoices open,
 * paid, partly paid, overdue and credited, and a deposit schedule with deposits issued and paid. Everything
 * goes through the workflows staff and clients use; a company that already has invoices is left as it is.
 */
export async function seedBilling(container: MedusaContainer, companies: DemoCompany[], regionId: string, salesChannelId: string): Promise<number> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = [...new Set(DEMO_ORDERS.flatMap((o) => o.lines.map((l) => l.sku)))]
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "title", "product.title", "prices.amount", "prices.currency_code"], filters: { sku: skus } })
  type Variant = { id: string; sku: string; title: string; product: { title: string }; prices: { amount: number; currency_code: string }[] }
  const variantOf = (sku: string) => (variants as unknown as Variant[]).find((v) => v.sku === sku)
  await stockOrderedParts(container, skus)
  let issued = 0

  for (const company of companies) {
    const [account] = await accounts.listClientAccounts({ name: company.name })
    if (!account) continue
    const [already] = await billing.listInvoices({ account_id: account.id }, { select: ["id"], take: 1 })
    if (already) continue
    const sites = await accounts.listSites({ account_id: account.id }, { order: { created_at: "ASC" } })
    const [admin] = await accounts.listAccountMembers({ account_id: account.id, role: "admin" })
    if (!admin || sites.length < 2) continue
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(admin.customer_id)
    const issue = async (source: InvoiceSource) => {
      const { result } = await issueInvoiceWorkflow(container).run({ input: { source, lock_owner: randomUUID() } })
      issued++
      return result
    }
    const pay = (accountId: string, invoiceId: string, amount: number, daysAgo: number) =>
      recordInvoicePaymentsWorkflow(container).run({
        input: { account_id: accountId, payments: [{ invoice_id: invoiceId, amount, method: "bank_transfer", reference: `DEMO-${invoiceId.slice(-6)}`, paid_at: new Date(Date.now() - daysAgo * DAY) }] },
      })

    for (const [index, demo] of DEMO_ORDERS.entries()) {
      const lines = demo.lines.map((l) => ({ line: l, variant: variantOf(l.sku) })).filter((l): l is { line: DemoOrder["lines"][number]; variant: Variant } => !!l.variant)
      if (!lines.length) continue
      const site = sites[demo.site]
      const { result: created } = await createOrderWorkflow(container).run({
        input: {
          region_id: regionId,
          sales_channel_id: salesChannelId,
          currency_code: "eur",
          customer_id: customer.id,
          email: customer.email,
          shipping_address: { first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", company: account.name, address_1: site.address_1 ?? account.address_1 ?? "", city: site.city ?? account.city ?? "", postal_code: site.postal_code ?? account.postal_code ?? "", country_code: company.country },
          metadata: { site_id: site.id, demo_key: demo.key },
          items: lines.map(({ line, variant }) => ({
            variant_id: variant.id,
            title: variant.product?.title ?? variant.title,
            quantity: line.quantity,
            unit_price: variant.prices.find((p) => p.currency_code === "eur")?.amount ?? 0,
          })),
        },
      })
      const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.title", "items.variant_sku", "items.quantity"], filters: { id: created.id } })
      const found = data[0] as unknown as { id: string; items: { id: string; title: string; variant_sku: string | null; quantity: unknown }[] }
      // Query may answer an order line without its quantity (kept on the order's item detail): the demo's own is the same.
      const order = { id: found.id, items: found.items.map((i) => ({ ...i, quantity: Number(i.quantity) || (demo.lines.find((l) => l.sku === i.variant_sku)?.quantity ?? 1) })) }
      const shipped = new Date(Date.now() - (40 - index * 5) * DAY)
      if (demo.delivery === "partial") {
        await recordDeliveryNote(container, order, { lines: [{ line: order.items[0], quantity: Math.max(1, Math.floor(Number(order.items[0].quantity) / 2)) }], shipped_at: shipped, tracking: `DEMO${index}A` })
      } else if (demo.delivery !== "none") {
        await recordDeliveryNote(container, order, { shipped_at: shipped, delivered_at: demo.delivery === "delivered" ? new Date(shipped.getTime() + 2 * DAY) : null, tracking: `DEMO${index}` })
      }
      if (demo.invoice === "none") continue
      const invoice = await issue({ type: "order", order_id: order.id })
      if (demo.invoice === "paid") await pay(account.id, invoice.id, invoice.total, 10)
      if (demo.invoice === "partly_paid") await pay(account.id, invoice.id, Math.round(invoice.total * 40) / 100, 5)
      if (demo.invoice === "credited") await issue({ type: "credit", invoice_id: invoice.id, amount: Math.round(invoice.total * 20) / 100, reason: "Goodwill: visit shortened" })
      if (demo.invoice === "overdue") {
        await billing.updateInvoices({ id: invoice.id, issue_date: new Date(Date.now() - 45 * DAY), due_date: new Date(Date.now() - 15 * DAY) })
        await billing.markOverdue(new Date())
      }
    }

    // The utility model: monthly advances for the second site, three issued, two of them paid.
    const { result: schedule } = await createDepositScheduleWorkflow(container).run({
      input: { account_id: account.id, site_id: sites[1].id, title: "Maintenance contract 2026", currency_code: "eur", monthly_amount: 150, start_date: new Date(Date.now() - 75 * DAY), count: 6 },
    })
    for (let month = 0; month < 3; month++) {
      const deposit = await issue({ type: "schedule", schedule_id: schedule.id })
      if (month < 2) await pay(account.id, deposit.id, deposit.total, 60 - month * 30)
    }
  }
  return issued
}

/** The parts the demo orders take are stocked in the main warehouse, as an order of stocked goods needs. */
async function stockOrderedParts(container: MedusaContainer, skus: string[]) {
  const [warehouse] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: "Main warehouse" })
  if (!warehouse) return
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: skus })
  const levels = items.length ? await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.id), location_id: warehouse.id }) : []
  const missing = items.filter((i) => !levels.some((l) => l.inventory_item_id === i.id))
  if (!missing.length) return
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: missing.map((i) => ({ inventory_item_id: i.id, location_id: warehouse.id, stocked_quantity: 100 })) },
  })
}
