import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import { StaffAlert } from "./models/staff-alert"

type RawManager = { getKnex(): Knex }

class StaffAlertModuleService extends MedusaService({ StaffAlert }) {
  private readonly connection_: Knex

  constructor(...args: [Record<string, unknown>, ...unknown[]]) {
    super(...args)
    this.connection_ = (args[0].manager as RawManager).getKnex()
  }

  /**
   * Takes the right to mail an alert until `until`: true for exactly one caller while its mail is pending and
   * due at `now`. The claim moves the next attempt to `until`, so a sender that dies mid-way leaves the mail
   * due again once that time has passed, for the retry job. One guarded statement: two processes, or a
   * redelivered event and the retry job, can never both win it.
   */
  async claimAlertMail(id: string, now: Date, until: Date): Promise<boolean> {
    const { rowCount } = await this.connection_.raw(
      `update portal_staff_alert set mail_next_attempt_at = ?, updated_at = now()
       where id = ? and deleted_at is null and mail_status = 'pending' and mail_next_attempt_at <= ?`,
      [until, id, now]
    )
    return rowCount === 1
  }
}

export default StaffAlertModuleService
