import { MedusaService } from "@medusajs/framework/utils"
import { Quote } from "./models/quote"
import { QuoteLine } from "./models/quote-line"
import { QuoteMessage } from "./models/quote-message"
import { QuoteStatusChange } from "./models/quote-status-change"
import { QuoteVersion } from "./models/quote-version"

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
}

export default QuoteModuleService
