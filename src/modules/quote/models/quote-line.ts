import { model } from "@medusajs/framework/utils"
import { QuoteVersion } from "./quote-version"

/**
 * A product variant or a free line (labour, travel…) of a version. Amounts are in the quote's currency;
 * `subtotal`, `discount_total`, `tax_total` and `total` come from Medusa's totals utilities with the tax
 * module's tax lines, computed when the draft is saved and again when it is sent.
 */
export const QuoteLine = model
  .define("quote_line", {
    id: model.id({ prefix: "quoline" }).primaryKey(),
    account_id: model.text(),
    rank: model.number().default(0),
    variant_id: model.text().nullable(),
    product_id: model.text().nullable(),
    product_type_id: model.text().nullable(),
    product_title: model.text().nullable(),
    variant_title: model.text().nullable(),
    sku: model.text().nullable(),
    title: model.text(),
    description: model.text().nullable(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
    is_tax_inclusive: model.boolean().default(false),
    discount_percent: model.float().default(0),
    is_optional: model.boolean().default(false),
    /** For an optional line: whether it is in the default selection the client starts from. */
    selected: model.boolean().default(true),
    subtotal: model.bigNumber().default(0),
    discount_total: model.bigNumber().default(0),
    tax_total: model.bigNumber().default(0),
    total: model.bigNumber().default(0),
    tax_lines: model.json().nullable(),
    version: model.belongsTo(() => QuoteVersion, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["version_id"] }])
