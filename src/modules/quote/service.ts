import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Quote } from "./models/quote"
import { QuoteLine } from "./models/quote-line"
import { QuoteMessage } from "./models/quote-message"
import { QuoteStatusChange } from "./models/quote-status-change"
import { QuoteVersion } from "./models/quote-version"
import { QUOTE_TRANSITIONS, type QuoteStatus, type QuoteTransition } from "./statuses"

/** The columns of a quote a state change writes beside its status. */
export type QuoteStateFields = Partial<{
  current_version: number
  sent_at: Date | null
  viewed_at: Date | null
  accepted_at: Date | null
  rejected_at: Date | null
  rejection_reason: string | null
  cancelled_at: Date | null
  expired_at: Date | null
  accepted_version: number | null
  accepted_by_customer_id: string | null
  accepted_by_name: string | null
  accepted_ip: string | null
  signature_name: string | null
  accepted_line_ids: string[] | null
}>

/** A quote's state as it was just before a change, enough to put it back. */
export type QuoteStateBefore = QuoteStateFields & { id: string; number: string; status: QuoteStatus; current_version: number }

/** What must still hold for a change to apply; it was read by the workflow before deciding. */
export type QuoteGuard = {
  /** The version the decision was made on: a quote revised (and maybe sent again) meanwhile is not the same offer. */
  version?: number
  /** Only quotes whose validity date is at or before this (the expiry job). */
  valid_until_before?: Date
}

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

class QuoteModuleService extends MedusaService({
  Quote,
  QuoteVersion,
  QuoteLine,
  QuoteMessage,
  QuoteStatusChange,
}) {
  /**
   * The next quote number ("Q-1001", "Q-1002"…). Numbers are unique in the table, so two staff creating a
   * quote at the same instant make the second creation fail rather than share a number.
   */
  async nextQuoteNumber(): Promise<string> {
    const [last] = await this.listQuotes({}, { select: ["number"], order: { created_at: "DESC" }, take: 1, withDeleted: true })
    const lastNumber = Number(last?.number?.replace(/^Q-/, "")) || 1000
    return `Q-${lastNumber + 1}`
  }

  /**
   * The one way a quote's status changes. In one transaction, locks the quotes that are still in a state
   * the transition may start from (and still meet the guard), then moves them to its state with `fields`.
   * Answers each moved quote as it was before; a quote missing from the answer had moved meanwhile, and
   * nothing was written to it. Compensations use `restoreQuoteState`, guarded the same way.
   */
  @InjectTransactionManager()
  async moveQuotes(
    ids: string[],
    transition: QuoteTransition,
    fields: QuoteStateFields = {},
    guard: QuoteGuard = {},
    @MedusaContext() context: Context = {}
  ): Promise<QuoteStateBefore[]> {
    const { from, to } = QUOTE_TRANSITIONS[transition]
    return this.applyState(ids, from, to, fields, guard, context)
  }

  /** Puts quotes back as `before` says, only where they are still in the state `transition` led to. */
  @InjectTransactionManager()
  async restoreQuoteState(transition: QuoteTransition, before: QuoteStateBefore[], @MedusaContext() context: Context = {}): Promise<void> {
    const { to } = QUOTE_TRANSITIONS[transition]
    for (const { id, number: _number, status, ...fields } of before) {
      await this.applyState([id], [to], status, fields, {}, context)
    }
  }

  private async applyState(
    ids: string[],
    from: readonly QuoteStatus[],
    to: QuoteStatus,
    fields: QuoteStateFields,
    guard: QuoteGuard,
    context: Context
  ): Promise<QuoteStateBefore[]> {
    if (!ids.length) return []
    const manager = context.transactionManager as RawManager
    const knex = manager.getTransactionContext() ?? manager.getKnex()
    const columns = ["id", "number", "status", "current_version", ...Object.keys(fields).filter((c) => c !== "current_version")]
    const query = knex("quote")
      .select(columns)
      .whereIn("id", ids)
      .whereIn("status", [...from])
      .whereNull("deleted_at")
      .orderBy("id")
      .forUpdate()
    if (guard.version !== undefined) query.where("current_version", guard.version)
    if (guard.valid_until_before) query.where("valid_until", "<=", guard.valid_until_before)
    const before: QuoteStateBefore[] = await query
    if (!before.length) return []
    await knex("quote")
      .whereIn("id", before.map((q) => q.id))
      .update({ ...fields, status: to, updated_at: knex.fn.now() })
    return before
  }
}

export default QuoteModuleService
