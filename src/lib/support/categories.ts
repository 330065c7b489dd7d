import type { AdminTicketCategory, TicketCategoryDto, TicketCategoryTranslations } from "../../modules/support/contract"
import type { TicketPriority } from "../../modules/support/statuses"
import { translatedOr, translationIn } from "../translations"

type CategoryRecord = {
  id: string
  name: string
  description: string | null
  translations?: unknown
  default_assignee_id: string | null
  rank: number
  active: boolean
  routing_rules?: { id: string; site_id: string | null; priority: TicketPriority | null; assignee_id: string }[]
}

export const presentAdminCategory = (c: CategoryRecord): AdminTicketCategory => ({
  id: c.id,
  name: c.name,
  description: c.description,
  translations: (c.translations ?? {}) as TicketCategoryTranslations,
  default_assignee_id: c.default_assignee_id,
  rank: c.rank,
  active: c.active,
  routing_rules: (c.routing_rules ?? []).map(({ id, site_id, priority, assignee_id }) => ({ id, site_id, priority, assignee_id })),
})

/**
 * A category as a client reading `locale` sees it: the business's text in that language ("fr-BE" reads
 * French), else its default one, never an empty text.
 */
export function localizeCategory(
  category: { id: string; name: string; description: string | null; translations?: unknown },
  locale: string | null | undefined
): TicketCategoryDto {
  const translation = translationIn(category.translations as TicketCategoryTranslations | null | undefined, locale)
  return { id: category.id, name: translatedOr(translation?.name, category.name)!, description: translatedOr(translation?.description, category.description) }
}
