import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"
import { QuoteLine } from "./quote-line"
import { VERSION_STATUSES } from "../statuses"


/** One edition of a quote's lines; once sent it never changes, so its PDF stays what the client saw. */
export const QuoteVersion = model
  .define("quote_version", {
    id: model.id({ prefix: "quover" }).primaryKey(),
    account_id: model.text(),
    version: model.number(),
    status: model.enum([...VERSION_STATUSES]).default("draft"),
    sent_at: model.dateTime().nullable(),
    sent_by: model.text().nullable(),
    quote: model.belongsTo(() => Quote, { mappedBy: "versions" }),
    lines: model.hasMany(() => QuoteLine, { mappedBy: "version" }),
  })
  .cascades({ delete: ["lines"] })
  .indexes([
    { on: ["quote_id", "version"], unique: true },
    // The client sees one sent version at a time: sending another supersedes it first.
    { on: ["quote_id"], unique: true, where: "status = 'sent'", name: "IDX_quote_version_one_sent" },
  ])
