import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { netUnitPrice, quoteAddress } from "../../../lib/quotes/totals"

export type AcceptanceRequest = {
  quote_id: string
  account_id: string
  customer_id: string
  can_approve: boolean
  selected_optional_line_ids: string[]
  /** The version the client looked at; refused when staff have sent another since. */
  version?: number
  signature_name?: string | null
}

export type AcceptancePlan = {
  /** Set when the quote was already accepted with this same selection: the answer is that order. */
  existing_order_id: string | null
  quote: { id: string; number: string; account_id: string; salesperson_id: string | null; currency_code: string }
  version: number
  accepted_line_ids: string[]
  total: number
  order: CreateOrderDTO
}

export const validateAcceptanceStepId = "validate-quote-acceptance"

const sameSelection = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join()

/**
 * Runs under the quote's lock: decides whether this acceptance may go ahead (role, status, validity,
 * version, signature, selection, products still sold) and prepares the order it will become. A repeat of
 * an acceptance already done answers its order instead of a second one.
 */
export const validateAcceptanceStep = createStep(validateAcceptanceStepId, async (input: AcceptanceRequest, { container }) => {
  const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const [quote] = await service.listQuotes({ id: input.quote_id, account_id: input.account_id })
  if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${input.quote_id} was not found`)
  if (!input.can_approve) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your role does not allow accepting quotes")

  const version = quote.status === "accepted" ? quote.accepted_version! : quote.current_version
  const [current] = await service.listQuoteVersions({ quote_id: quote.id, version }, { relations: ["lines"] })
  const lines = [...(current?.lines ?? [])].sort((a, b) => a.rank - b.rank)
  const optionalIds = new Set(lines.filter((l) => l.is_optional).map((l) => l.id))
  const unknown = input.selected_optional_line_ids.filter((id) => !optionalIds.has(id))
  if (unknown.length && quote.status !== "accepted") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `selected_optional_line_ids: ${unknown.join(", ")} is not an optional line of this quote`)
  }
  const chosen = lines.filter((l) => !l.is_optional || input.selected_optional_line_ids.includes(l.id))
  const chosenIds = chosen.map((l) => l.id)

  if (quote.status === "accepted") {
    if (!sameSelection(chosenIds, (quote.accepted_line_ids as string[] | null) ?? [])) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `status: quote ${quote.number} was already accepted with another selection of lines`)
    }
    return new StepResponse<AcceptancePlan>({
      existing_order_id: quote.order_id,
      quote: { id: quote.id, number: quote.number, account_id: quote.account_id, salesperson_id: quote.salesperson_id, currency_code: quote.currency_code },
      version,
      accepted_line_ids: chosenIds,
      total: 0,
      order: {} as CreateOrderDTO,
    })
  }
  if (quote.status === "draft" && quote.sent_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `version: quote ${quote.number} is being revised; the version you saw is superseded`)
  }
  if (quote.status !== "sent" && quote.status !== "viewed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: quote ${quote.number} is ${quote.status} and cannot be accepted`)
  }
  if (new Date(quote.valid_until) <= new Date()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `valid_until: quote ${quote.number} expired on ${new Date(quote.valid_until).toISOString().slice(0, 10)}`)
  }
  if (input.version !== undefined && input.version !== quote.current_version) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `version: version ${input.version} of quote ${quote.number} is superseded by version ${quote.current_version}`)
  }
  if (quote.requires_signature && !input.signature_name?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "signature_name: this quote must be signed with your full name")
  }
  if (!chosen.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "selected_optional_line_ids: choose at least one line")

  const variantIds = chosen.map((l) => l.variant_id).filter((id): id is string => !!id)
  if (variantIds.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { id: variantIds } })
    const gone = chosen.filter((l) => l.variant_id && !data.some((v: { id: string }) => v.id === l.variant_id))
    if (gone.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `lines: ${gone.map((l) => l.title).join(", ")} is no longer sold; ask for a new version`)
    }
  }

  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id)
  const address = await quoteAddress(container, { account_id: quote.account_id, site_id: quote.site_id })
  const orderAddress = address && { ...address, first_name: customer.first_name, last_name: customer.last_name }
  const order: CreateOrderDTO = {
    region_id: quote.region_id,
    currency_code: quote.currency_code,
    sales_channel_id: quote.sales_channel_id ?? undefined,
    customer_id: customer.id,
    email: customer.email,
    shipping_address: orderAddress ?? undefined,
    billing_address: orderAddress ?? undefined,
    metadata: { quote_id: quote.id, quote_number: quote.number, quote_version: version, site_id: quote.site_id },
    items: chosen.map((l) => ({
      title: l.title,
      quantity: l.quantity,
      unit_price: netUnitPrice({ unit_price: Number(l.unit_price), discount_percent: l.discount_percent }, quote.currency_code),
      is_tax_inclusive: l.is_tax_inclusive,
      ...(l.variant_id ? { variant_id: l.variant_id } : { requires_shipping: false, is_custom_price: true }),
      metadata: { quote_line_id: l.id },
    })),
  }
  const total = chosen.reduce((sum, l) => sum + Number(l.total), 0)
  return new StepResponse<AcceptancePlan>({
    existing_order_id: null,
    quote: { id: quote.id, number: quote.number, account_id: quote.account_id, salesperson_id: quote.salesperson_id, currency_code: quote.currency_code },
    version,
    accepted_line_ids: chosenIds,
    total,
    order,
  })
})
