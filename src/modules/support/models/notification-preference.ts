import { model } from "@medusajs/framework/utils"
import { NOTIFICATION_CHANNELS } from "../statuses"

/** A member's choice for one client event; without a row the event's default channel applies. */
export const NotificationPreference = model
  .define("support_notification_preference", {
    id: model.id({ prefix: "snpref" }).primaryKey(),
    account_id: model.text(),
    member_id: model.text(),
    event: model.text(),
    channel: model.enum([...NOTIFICATION_CHANNELS]),
  })
  .indexes([{ on: ["member_id", "event"], unique: true }])
