import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../src/modules/quote"
import type QuoteModuleService from "../../../src/modules/quote/service"
import { expireQuotesWorkflow } from "../../../src/workflows/quote/expire-quotes"
import { useSmtpServer } from "../../helpers/smtp"
import { createQuoteWorld, DAY, failure, quoteBody, type QuoteWorld } from "./fixtures"

jest.setTimeout(300_000)

useSmtpServer()

/** Each pair runs this many times at once; a race that the guard did not close shows within a few rounds. */
const ROUNDS = 10
/**
 * The other side starts 0 to 180 ms after the click, a little later each round: started together the staff
 * side always wins (the acceptance first takes its lock and checks the quote), started 150 ms later it always
 * loses; in between both win some rounds and the decisive moment is raced.
 */
const stagger = <T>(round: number, start: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => start().then(resolve, reject), round * 20))

type Answer = { status: number; data: { type?: string; message?: string } }

/**
 * Acceptance raced against each staff or system change of a quote's state: whoever comes second is refused,
 * and the quote ends either accepted with exactly one order, or withdrawn with none.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const staff = () => ({ headers: world.admin.headers })
    const claire = () => ({ headers: world.acme.members[0].headers })
    const quotes = () => getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)

    const createAndSend = async (): Promise<string> => {
      const { data } = await api.post("/admin/portal/quotes", quoteBody(world), staff())
      await api.post(`/admin/portal/quotes/${data.quote.id}/send`, {}, staff())
      return data.quote.id
    }
    const staffAction = (id: string, action: "cancel" | "revise"): Promise<Answer> =>
      api.post(`/admin/portal/quotes/${id}/${action}`, {}, staff()).catch(failure)
    const accept = (id: string): Promise<Answer> =>
      api.post(`/store/portal/quotes/${id}/accept`, { selected_optional_line_ids: [] }, claire()).catch(failure)
    const ordersOf = async (id: string) => {
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id", "metadata"], take: 1000 })
      return orders.filter((o) => (o.metadata as { quote_id?: string } | null)?.quote_id === id)
    }

    /** The refused side answers 409 (it moved meanwhile) or 400 (it had already moved when read), never 5xx. */
    const expectOneWinner = (answers: Answer[]) => {
      for (const answer of answers) {
        expect([200, 400, 409]).toContain(answer.status)
        if (answer.status === 409) expect(answer.data.message).toMatch(/^status: quote Q-\d+ .*changed while/)
      }
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1)
    }

    /** Accepted with exactly one order linked, or `otherwise` with no order at all. */
    const expectConsistent = async (id: string, otherwise: string) => {
      const quote = await quotes().retrieveQuote(id, { relations: ["versions"] })
      const orders = await ordersOf(id)
      if (quote.status === "accepted") {
        expect(orders).toHaveLength(1)
        expect(quote.order_id).toBe(orders[0].id)
        expect(quote.accepted_version).toBe(quote.current_version)
        expect(quote.versions.map((v) => v.status)).toEqual(["sent"])
      } else {
        expect(quote.status).toBe(otherwise)
        expect(orders).toHaveLength(0)
        expect(quote.order_id).toBeNull()
      }
      return quote.status
    }

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
    })

    it("accept × cancel: either accepted with one order, or cancelled with none", async () => {
      const outcomes: string[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const id = await createAndSend()
        const answers = await Promise.all([accept(id), stagger(round, () => staffAction(id, "cancel"))])
        expectOneWinner(answers)
        outcomes.push(`${await expectConsistent(id, "cancelled")} (${answers.map((a) => a.status).join("/")})`)
      }
      console.info(`accept × cancel over ${ROUNDS} rounds: ${outcomes.join(", ")}`)
    })

    it("accept × revise: either accepted with one order, or a new draft version with no order", async () => {
      const outcomes: string[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const id = await createAndSend()
        const answers = await Promise.all([accept(id), stagger(round, () => staffAction(id, "revise"))])
        expectOneWinner(answers)
        const status = await expectConsistent(id, "draft")
        if (status === "draft") {
          const versions = await quotes().listQuoteVersions({ quote_id: id }, { order: { version: "ASC" } })
          expect(versions.map((v) => [v.version, v.status])).toEqual([[1, "superseded"], [2, "draft"]])
        }
        outcomes.push(`${status} (${answers.map((a) => a.status).join("/")})`)
      }
      console.info(`accept × revise over ${ROUNDS} rounds: ${outcomes.join(", ")}`)
    })

    it("accept × expire: either accepted with one order, or expired with none", async () => {
      const outcomes: string[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const id = await createAndSend()
        // The job as it would run once the validity date has passed, while the client clicks just before.
        const expiry = stagger(round, () => expireQuotesWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + 60 * DAY) } })).then(
          ({ result }) => ({ status: result.includes(id) ? 200 : 400, data: {} })
        )
        const answers = await Promise.all([accept(id), expiry])
        expectOneWinner(answers)
        outcomes.push(`${await expectConsistent(id, "expired")} (${answers.map((a) => a.status).join("/")})`)
      }
      console.info(`accept × expire over ${ROUNDS} rounds: ${outcomes.join(", ")}`)
    })

    it("a change to a quote already accepted is refused naming its state and writes nothing; the database holds the same rules", async () => {
      const id = await createAndSend()
      expect((await accept(id)).status).toBe(200)
      const history = await quotes().listQuoteStatusChanges({ quote_id: id })
      for (const path of ["cancel", "revise"]) {
        const refused = await api.post(`/admin/portal/quotes/${id}/${path}`, {}, staff()).catch(failure)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/is accepted and cannot be/)
      }
      expect(await quotes().listQuoteStatusChanges({ quote_id: id })).toHaveLength(history.length)
      expect(await quotes().listQuoteVersions({ quote_id: id })).toHaveLength(1)

      // Below the workflows, the database refuses an order on a quote that is not accepted, an order on two
      // quotes, and two sent versions of one quote.
      const { order_id } = await quotes().retrieveQuote(id)
      await expect(quotes().updateQuotes({ id, status: "cancelled" })).rejects.toThrow(/quote_order_only_when_accepted/)
      const other = await createAndSend()
      await expect(quotes().updateQuotes({ id: other, status: "accepted", order_id })).rejects.toThrow(/order_id/)
      const [sent] = await quotes().listQuoteVersions({ quote_id: other })
      await expect(quotes().createQuoteVersions({ quote_id: other, account_id: sent.account_id, version: 2, status: "sent" })).rejects.toThrow(/quote_id/)
    })
  },
})
