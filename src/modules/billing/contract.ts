/**
 * The billing domain's shared vocabulary: statuses, kinds and the shapes the store and admin routes answer.
 * Plain TypeScript with no server imports, so the module, the admin extension and the portal import this one
 * file instead of copying it.
 */

export const INVOICE_KINDS = ["invoice", "deposit", "settlement", "credit_note"] as const
export type InvoiceKind = (typeof INVOICE_KINDS)[number]

export const INVOICE_STATUSES = ["open", "partly_paid", "paid", "overdue", "cancelled"] as const
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number]

/** Invoices a client still owes money on. */
export const UNPAID_STATUSES: readonly InvoiceStatus[] = ["open", "partly_paid", "overdue"]

/** Number prefixes per kind: each kind is numbered on its own, gapless, per calendar year ("INV-2026-00001"). */
export const INVOICE_NUMBER_PREFIX: Record<InvoiceKind, string> = {
  invoice: "INV",
  deposit: "DEP",
  settlement: "SET",
  credit_note: "CN",
}

export const PAYMENT_METHODS = ["online", "bank_transfer", "cash", "card", "other"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export const DEPOSIT_SCHEDULE_STATUSES = ["active", "completed", "cancelled"] as const
export type DepositScheduleStatus = (typeof DEPOSIT_SCHEDULE_STATUSES)[number]

/** When an order becomes an invoice by itself (settings); "manual" leaves it to staff. */
export const ISSUE_ON = ["manual", "order", "fulfillment"] as const
export type IssueOn = (typeof ISSUE_ON)[number]

/** What staff issue from an order: its invoice, or a deposit (advance) invoice deducted from that invoice later. */
export const ORDER_INVOICE_KINDS = ["invoice", "deposit"] as const satisfies readonly InvoiceKind[]
export type OrderInvoiceKind = (typeof ORDER_INVOICE_KINDS)[number]

/** The `billing` json column of the portal settings, with defaults applied in code. */
export type BillingSettings = {
  /** Days from issue to due date. */
  payment_terms_days: number
  issue_on: IssueOn
  /** Days after the due date between two reminders; 0 sends none. */
  reminder_interval_days: number
  /** Printed on every invoice (bank details, legal mentions). */
  invoice_footer: string | null
  /** The number's prefix per kind ("INV" gives "INV-2026-00001"); distinct, so two kinds never share a number. */
  number_prefixes: Record<InvoiceKind, string>
  /** Digits of the yearly sequence in the number (5 gives "00001"). */
  number_digits: number
}

export const DEFAULT_BILLING_SETTINGS: BillingSettings = {
  payment_terms_days: 30,
  issue_on: "manual",
  reminder_interval_days: 7,
  invoice_footer: null,
  number_prefixes: { ...INVOICE_NUMBER_PREFIX },
  number_digits: 5,
}

/** Limits the settings form and route share. */
export const BILLING_SETTINGS_LIMITS = {
  payment_terms_days: { min: 0, max: 365 },
  reminder_interval_days: { min: 0, max: 90 },
  number_digits: { min: 3, max: 8 },
  invoice_footer: { max: 2000 },
  /** Letters, digits, dot, dash or slash, up to 10 characters. */
  number_prefix: /^[A-Za-z0-9./-]{1,10}$/,
} as const

/** The settings as stored (any key may be missing, from older saves) over the defaults. */
export function resolveBillingSettings(saved: Partial<BillingSettings> | null | undefined): BillingSettings {
  return {
    ...DEFAULT_BILLING_SETTINGS,
    ...(saved ?? {}),
    number_prefixes: { ...DEFAULT_BILLING_SETTINGS.number_prefixes, ...(saved?.number_prefixes ?? {}) },
  }
}

/** "INV-2026-00001": the kind's prefix, the year and the sequence padded to the digits set. */
export function formatInvoiceNumber(kind: InvoiceKind, year: number, sequence: number, numbering: Pick<BillingSettings, "number_prefixes" | "number_digits"> = DEFAULT_BILLING_SETTINGS) {
  return `${numbering.number_prefixes[kind]}-${year}-${String(sequence).padStart(numbering.number_digits, "0")}`
}

/** Money travels as a number in the record's currency (major units, e.g. 12.5 EUR). */
export type Money = number

export type InvoiceLine = {
  title: string
  /** Set for a line from an order line: the order line it invoices. */
  order_line_id: string | null
  variant_id: string | null
  sku: string | null
  quantity: number
  unit_price: Money
  subtotal: Money
  tax_total: Money
  total: Money
}

/**
 * An online payment waiting for the payer's browser (Stripe: the card is confirmed with Stripe.js and the client
 * secret), as `POST /store/portal/payments` answers it with 202; `id` is what `…/payments/:id/complete` takes.
 */
export type OnlinePaymentAction = {
  id: string
  provider_id: string
  client_secret: string | null
  amount: number
  currency_code: string
}

export type InvoicePayment = {
  id: string
  amount: Money
  paid_at: string
  method: PaymentMethod
  reference: string | null
  payment_collection_id: string | null
  payment_id: string | null
}

/** One row of GET /store/portal/invoices and GET /admin/portal/invoices. */
export type InvoiceListItem = {
  id: string
  number: string
  kind: InvoiceKind
  status: InvoiceStatus
  account_id: string
  site_id: string | null
  order_id: string | null
  currency_code: string
  issue_date: string
  due_date: string
  total: Money
  paid_total: Money
  credited_total: Money
  amount_due: Money
}

/** GET /store/portal/invoices/:id → { invoice }. */
export type InvoiceDetail = InvoiceListItem & {
  subtotal: Money
  tax_total: Money
  /** Deposits deducted from this invoice (a final or settlement invoice). */
  deposit_total: Money
  lines: InvoiceLine[]
  payments: InvoicePayment[]
  /** The invoice a credit note credits. */
  credited_invoice: { id: string; number: string } | null
  credit_notes: { id: string; number: string; total: Money; issue_date: string }[]
  /** Each deposit deducted, tax included; `tax_total` is its tax, already counted in this invoice's own tax. */
  deducted_deposits: { id: string; number: string; total: Money; tax_total: Money }[]
  order: { id: string; display_id: number } | null
  pdf_url: string
  /** Whether the caller may pay it online now (payer flag, unpaid, not a credit note). */
  can_pay: boolean
}

export type AmountDue = {
  /** Per currency: what remains to pay and how much of it is overdue. */
  totals: { currency_code: string; amount_due: Money; overdue: Money; count: number; overdue_count: number }[]
}

export type StoreOrderStatus = "pending" | "completed" | "draft" | "archived" | "canceled" | "requires_action"

export type OrderListItem = {
  id: string
  display_id: number
  status: string
  payment_status: string
  fulfillment_status: string
  created_at: string
  currency_code: string
  total: Money
  item_count: number
  site_id: string | null
  quote: { id: string; number: string } | null
  placed_by: string | null
}

export type DeliveryNote = {
  id: string
  created_at: string
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  tracking: { number: string | null; url: string | null }[]
  items: { title: string; sku: string | null; quantity: number }[]
  pdf_url: string
}

export type OrderDetail = OrderListItem & {
  items: { id: string; title: string; sku: string | null; variant_id: string | null; quantity: number; unit_price: Money; subtotal: Money; tax_total: Money; total: Money }[]
  subtotal: Money
  tax_total: Money
  shipping_total: Money
  shipping_address: Record<string, string | null> | null
  delivery_notes: DeliveryNote[]
  invoices: { id: string; number: string; kind: InvoiceKind; status: InvoiceStatus; total: Money }[]
  /** How an order-pad order is paid (`metadata.portal_payment`); null for other orders. */
  portal_payment: PortalPaymentChoice | null
  pdf_url: string
}

export type DepositSchedule = {
  id: string
  account_id: string
  site_id: string | null
  title: string
  currency_code: string
  monthly_amount: Money
  start_date: string
  count: number
  issued_count: number
  status: DepositScheduleStatus
  settlement_invoice_id: string | null
  invoices: { id: string; number: string; status: InvoiceStatus; total: Money; issue_date: string }[]
}

export type PriceListItem = {
  product_id: string
  variant_id: string
  title: string
  sku: string | null
  currency_code: string
  /** The client's price (customer-group price list) and the general one. */
  price: Money
  general_price: Money | null
}

export type Statistics = {
  from: string
  to: string
  currency_code: string | null
  by_month: { month: string; total: Money; orders: number }[]
  by_category: { category: string; total: Money }[]
  top_products: { title: string; quantity: number; total: Money }[]
}

export const ORDER_APPROVAL_STATUSES = ["pending", "approved", "declined"] as const
export type OrderApprovalStatus = (typeof ORDER_APPROVAL_STATUSES)[number]

/** One product of the order pad: Medusa's price for the client (price lists of the account's groups) and the tax of the site's address. */
export type OrderPadProduct = {
  product_id: string
  variant_id: string
  title: string
  variant_title: string | null
  sku: string | null
  thumbnail: string | null
  currency_code: string
  /** Medusa's calculated price for the client, as the cart will carry it. */
  unit_price: Money
  is_tax_inclusive: boolean
  /** One unit with the tax of the site's address. */
  unit_total: Money
  tax_rate: number | null
  /** Units the account bought in its past orders (0: never). */
  bought_quantity: number
  /** The member's own favourite for this variant (null: not one of his favourites). */
  favourite_id: string | null
}

/** A product variant one member starred on the order pad; only he sees it. */
export type OrderPadFavourite = {
  id: string
  variant_id: string
  created_at: string
}

/** GET /store/portal/order-pad → the caller's ordering terms. */
export type OrderPadTerms = {
  region_id: string
  currency_code: string
  /** Above this cart total, an order placed by a member who may not approve waits for an approver; null: never. */
  approval_threshold: Money | null
  /** Whether the caller's own orders above the threshold need an approver. */
  needs_approval_above_threshold: boolean
  can_approve: boolean
  sites: { id: string; name: string }[]
  /** The payment provider a payer's "pay now online" checkout uses; null for a member who is no payer (pay on invoice only). */
  online_payment_provider: string | null
}

/** Marks a cart (and so the order Medusa makes of it: it copies the cart's metadata) as the portal's. */
export const ORDER_PAD_SOURCE = "portal_order_pad"

/**
 * How an order-pad order is paid, kept on the cart as `metadata.portal_payment` (and so on its order): on the
 * account's invoice (the default), or online at checkout, which only a payer may choose.
 */
export const PORTAL_PAYMENT_CHOICES = ["on_invoice", "online"] as const
export type PortalPaymentChoice = (typeof PORTAL_PAYMENT_CHOICES)[number]

/** An order waiting for an approver, or decided. Lists answer `{ order_approvals }`. */
export type OrderApproval = {
  id: string
  account_id: string
  site_id: string | null
  cart_id: string
  status: OrderApprovalStatus
  currency_code: string
  total: Money
  item_count: number
  items: { title: string; sku: string | null; quantity: number; unit_price: Money; total: Money }[]
  requested_by: string | null
  requested_by_customer_id: string
  requested_at: string
  decided_by: string | null
  decided_at: string | null
  decline_reason: string | null
  order_id: string | null
  /** Whether the caller may approve or decline it now. */
  can_decide: boolean
}

/** GET/POST /admin/portal/accounts/:id/ordering: per-account ordering terms staff set. */
export type AccountOrdering = {
  account_id: string
  /** Cart total (tax included, in the cart's currency) above which a requester's order waits for an approver; null: no approval. */
  approval_threshold: Money | null
  /** The Medusa user told of the account's portal orders (`portal.order.placed`). */
  salesperson_id: string | null
}

/**
 * The routes this domain answers. Lists answer `{ <plural>, count, offset, limit }`; one record `{ <singular> }`.
 * PDFs answer application/pdf.
 */
export const BILLING_ROUTES = {
  store: {
    orders: "GET /store/portal/orders?q&status&site_id&limit&offset&order → { orders: OrderListItem[] }",
    order: "GET /store/portal/orders/:id → { order: OrderDetail }",
    orderPdf: "GET /store/portal/orders/:id/pdf → order form PDF",
    deliveryNotePdf: "GET /store/portal/orders/:id/delivery-notes/:noteId/pdf → delivery note PDF",
    reorder: "POST /store/portal/orders/:id/reorder {} → { cart: { id } }",
    invoices: "GET /store/portal/invoices?q&status&kind&site_id&limit&offset&order → { invoices: InvoiceListItem[] }",
    invoice: "GET /store/portal/invoices/:id → { invoice: InvoiceDetail }",
    invoicePdf: "GET /store/portal/invoices/:id/pdf → the stored PDF, as issued",
    amountDue: "GET /store/portal/invoices/amount-due → { amount_due: AmountDue }",
    payments: "GET /store/portal/payments → { payments: (InvoicePayment & { invoice_id, invoice_number })[] }",
    pay: "POST /store/portal/payments { invoice_ids: string[], amount?: number } → 201 { payment: { amount, currency_code, invoices: { id, number, amount, payment_id }[] } }, or 202 { status: 'requires_action', payment: OnlinePaymentAction } when the payer's browser must confirm the card (nothing recorded yet)",
    completePayment: "POST /store/portal/payments/:id/complete {} → { status: 'succeeded', payment } once the browser confirmed it (repeat: the same answer; 409 while not confirmed)",
    depositSchedules: "GET /store/portal/deposit-schedules → { deposit_schedules: DepositSchedule[] }",
    priceList: "GET /store/portal/price-list?q&limit&offset → { prices: PriceListItem[], date }; /price-list/pdf and /price-list/csv",
    statistics: "GET /store/portal/statistics?from&to → { statistics: Statistics }",
    orderPad: "GET /store/portal/order-pad → { order_pad: OrderPadTerms }",
    orderPadProducts: "GET /store/portal/order-pad/products?q&site_id&bought_before&favourites&limit&offset → { products: OrderPadProduct[] }",
    orderPadFavourites: "GET /store/portal/order-pad/favourites?limit&offset → { favourites: OrderPadFavourite[] }; POST { variant_id } → { favourite } (201, or 200 when already one); DELETE …/:id → { id, deleted }",
    orderPadCart: "POST /store/portal/order-pad/carts { site_id?, items?: { variant_id, quantity }[] } → { cart: { id } }, then Medusa's own /store/carts/:id/… routes to add lines, ship, choose how to pay (metadata.portal_payment: on_invoice | online, online for payers only), pay and complete",
    orderApprovals: "GET /store/portal/order-approvals?status&limit&offset → { order_approvals: OrderApproval[] }; POST { cart_id } → { order_approval }",
    orderApproval: "GET /store/portal/order-approvals/:id → { order_approval }; POST …/:id/approve {} → { order_approval } (order placed); POST …/:id/decline { reason }",
  },
  admin: {
    invoices: "GET /admin/portal/invoices?q&status&kind&account_id&order_id → { invoices: InvoiceListItem[] }",
    issue: "POST /admin/portal/invoices { order_id, kind?: 'invoice' | 'deposit', amount? (deposit only, required), deposit_ids? (invoice only; default: the order's deposits not yet deducted) } → { invoice }",
    amountDue: "GET /admin/portal/invoices/amount-due?account_id|customer_id → { amount_due: AmountDue & { account_id: string | null } }",
    invoice: "GET /admin/portal/invoices/:id → { invoice: InvoiceDetail }",
    credit: "POST /admin/portal/invoices/:id/credit { amount?: number, reason } → { invoice: credit note }",
    markPaid: "POST /admin/portal/invoices/:id/payments { amount, paid_at?, method, reference? } → { invoice }",
    resend: "POST /admin/portal/invoices/:id/resend {} → { invoice }",
    pdf: "GET /admin/portal/invoices/:id/pdf",
    depositSchedules: "GET/POST /admin/portal/deposit-schedules { account_id, site_id?, title, currency_code, monthly_amount, start_date, count }",
    depositSchedule: "GET /admin/portal/deposit-schedules/:id; POST /admin/portal/deposit-schedules/:id/issue-next, /settle",
    accountOrdering: "GET/POST /admin/portal/accounts/:id/ordering { approval_threshold?: number | null, salesperson_id?: string | null } → { ordering: AccountOrdering }",
  },
} as const
