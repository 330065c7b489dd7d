import { model } from "@medusajs/framework/utils"
import { Quote } from "./quote"
import { MESSAGE_AUTHORS } from "../statuses"


/** A question, a request for changes or an answer on a quote's thread. */
export const QuoteMessage = model
  .define("quote_message", {
    id: model.id({ prefix: "quomsg" }).primaryKey(),
    account_id: model.text(),
    author_type: model.enum([...MESSAGE_AUTHORS]),
    /** A customer id for a client, a user id for staff. */
    author_id: model.text().nullable(),
    author_name: model.text().nullable(),
    body: model.text(),
    quote: model.belongsTo(() => Quote, { mappedBy: "messages" }),
  })
  .indexes([{ on: ["quote_id"] }])
