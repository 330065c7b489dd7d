import { model } from "@medusajs/framework/utils"
import { QuoteMessage } from "./quote-message"
import { QuoteStatusChange } from "./quote-status-change"
import { QuoteVersion } from "./quote-version"
import { QUOTE_STATUSES } from "../statuses"


/**
 * An offer to a client account. Its lines live in versions: staff edit the draft version, sending freezes
 * it, revising opens a new one. Acceptance records who accepted which version and links the Medusa order
 * it became.
 */
export const Quote = model
  .define("quote", {
    id: model.id({ prefix: "quo" }).primaryKey(),
    number: model.text().unique().searchable(),
    account_id: model.text(),
    /** The site the goods go to; its address (else the account's) is the order's and the taxes' address. */
    site_id: model.text().nullable(),
    title: model.text().searchable(),
    status: model.enum([...QUOTE_STATUSES]).default("draft"),
    current_version: model.number().default(1),
    currency_code: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text().nullable(),
    valid_until: model.dateTime(),
    notes: model.text().nullable(),
    requires_signature: model.boolean().default(false),
    /** Medusa user responsible for the quote: told when the client acts. */
    salesperson_id: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    viewed_at: model.dateTime().nullable(),
    accepted_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    rejection_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    expired_at: model.dateTime().nullable(),
    accepted_version: model.number().nullable(),
    accepted_by_customer_id: model.text().nullable(),
    accepted_by_name: model.text().nullable(),
    accepted_ip: model.text().nullable(),
    signature_name: model.text().nullable(),
    /** The lines the client took (every required line and the optional ones ticked). */
    accepted_line_ids: model.array().nullable(),
    order_id: model.text().nullable(),
    metadata: model.json().nullable(),
    versions: model.hasMany(() => QuoteVersion, { mappedBy: "quote" }),
    messages: model.hasMany(() => QuoteMessage, { mappedBy: "quote" }),
    history: model.hasMany(() => QuoteStatusChange, { mappedBy: "quote" }),
  })
  .cascades({ delete: ["versions", "messages", "history"] })
  .indexes([
    { on: ["account_id"] },
    { on: ["status", "valid_until"] },
    // An order is the acceptance of one quote only.
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL" },
  ])
  // Whatever races the guarded transitions might miss, the database refuses an order linked to a quote that
  // does not read accepted (cancelled, superseded by a revision, expired).
  .checks([{ name: "quote_order_only_when_accepted", expression: (c) => `${c.order_id} IS NULL OR ${c.status} = 'accepted'` }])
