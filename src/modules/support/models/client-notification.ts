import { model } from "@medusajs/framework/utils"

/**
 * An event shown to one member in the portal's notification centre. `event` is a name from the client
 * events registry (src/lib/notifications); `emailed_at` / `digest_pending` follow the member's preference.
 * `dedupe_key` names the occurrence (an invoice's issue, a message): the same occurrence notified again (a
 * redelivered event, a job run twice) finds its row instead of making a second one.
 */
export const ClientNotification = model
  .define("support_notification", {
    id: model.id({ prefix: "snot" }).primaryKey(),
    account_id: model.text(),
    member_id: model.text(),
    event: model.text(),
    title: model.text(),
    body: model.text().nullable(),
    link: model.text().nullable(),
    data: model.json().nullable(),
    read_at: model.dateTime().nullable(),
    emailed_at: model.dateTime().nullable(),
    digest_pending: model.boolean().default(false),
    dedupe_key: model.text().nullable(),
  })
  .indexes([
    { on: ["member_id", "created_at"] }, { on: ["member_id"], where: "read_at IS NULL" }, { on: ["digest_pending"] },
    { on: ["member_id", "dedupe_key"], unique: true, where: "dedupe_key IS NOT NULL" },
  ])
