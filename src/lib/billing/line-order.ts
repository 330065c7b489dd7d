type OrderLine = { id: string; title: string; created_at: string | Date }

/**
 * An order's lines in the order they were added; lines added together (a quote's acceptance, a cart's
 * completion) by title. Query answers an order's lines in no set order, and an invoice or an order form must
 * list them the same way every time it is read.
 */
export function inEntryOrder<Line extends OrderLine>(lines: readonly Line[]): Line[] {
  return [...lines].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
  )
}
