import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Attachment } from "./models/attachment"
import { ChangeAuditEntry } from "./models/change-audit-entry"
import { ChangeRequest } from "./models/change-request"
import { ChangeRequestField } from "./models/change-request-field"
import { ClientNotification } from "./models/client-notification"
import { SharedDocument } from "./models/document"
import { DocumentRead } from "./models/document-read"
import { DocumentVersion } from "./models/document-version"
import { Message } from "./models/message"
import { MessageReceipt } from "./models/message-receipt"
import { NotificationPreference } from "./models/notification-preference"
import { RoutingRule } from "./models/routing-rule"
import { Thread } from "./models/thread"
import { Ticket } from "./models/ticket"
import { TicketCategory } from "./models/ticket-category"

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export const knexOf = (context: Context): Knex => {
  const manager = (context.transactionManager ?? context.manager) as RawManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

class SupportModuleService extends MedusaService({
  TicketCategory,
  RoutingRule,
  Ticket,
  Thread,
  Message,
  MessageReceipt,
  Attachment,
  ChangeRequest,
  ChangeRequestField,
  ChangeAuditEntry,
  SharedDocument,
  DocumentVersion,
  DocumentRead,
  ClientNotification,
  NotificationPreference,
}) {
  /**
   * The next ticket number ("T-10001"…), from a PostgreSQL sequence (see the module's migration), so two
   * tickets opened at the same instant never share or fight over a number.
   */
  @InjectManager()
  async nextTicketNumber(@MedusaContext() context: Context = {}): Promise<string> {
    const { rows } = (await knexOf(context).raw(`select nextval('support_ticket_number_seq') as n`)) as { rows: { n: string }[] }
    return `T-${rows[0].n}`
  }
}

export default SupportModuleService
