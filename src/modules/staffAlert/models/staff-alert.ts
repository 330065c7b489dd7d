import { model } from "@medusajs/framework/utils"

export const ALERT_MAIL_STATUSES = ["pending", "sent", "no_recipient"] as const
export type AlertMailStatus = (typeof ALERT_MAIL_STATUSES)[number]

/**
 * One client action staff were alerted to, whatever its domain. It is both the alerts centre's row and the
 * mail's outbox: `mail_status` stays `pending` until the mail server has taken the e-mail, so a mail server
 * that is down delays the mail and never loses it. `mail_next_attempt_at` is when the mail may next be tried:
 * a sender claims it by moving that time forward (see the service), so two processes never mail it together
 * and a process that dies while mailing leaves it to the retry job. `event_key` names the event occurrence
 * the alert came from: an event handled twice (a worker killed mid-way, then the event redelivered) finds
 * its alert instead of making a second one.
 */
export const StaffAlert = model
  .define("portal_staff_alert", {
    id: model.id({ prefix: "salrt" }).primaryKey(),
    event: model.text(),
    title: model.text(),
    resource_type: model.text(),
    resource_id: model.text(),
    admin_path: model.text(),
    account_id: model.text().nullable(),
    actor_name: model.text().nullable(),
    staff_user_id: model.text().nullable(),
    data: model.json().nullable(),
    mail_to: model.text().nullable(),
    mail_status: model.enum([...ALERT_MAIL_STATUSES]).default("pending"),
    mail_attempts: model.number().default(0),
    mail_next_attempt_at: model.dateTime().nullable(),
    mail_last_error: model.text().nullable(),
    mail_sent_at: model.dateTime().nullable(),
    event_key: model.text().nullable(),
  })
  .indexes([
    { on: ["created_at"] },
    { on: ["mail_status", "mail_next_attempt_at"] },
    { on: ["event_key"], unique: true, where: "event_key IS NOT NULL" },
  ])
