import { XMarkMini } from "@medusajs/icons"
import { IconButton, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useVariantSearch, type VariantOption } from "../../hooks/api/product-variants"

export type { VariantOption }

/** "Product — Variant (SKU)": how staff tell variants apart. */
export const variantLabel = (v: Pick<VariantOption, "product_title" | "title" | "sku">) =>
  [v.product_title, v.title].filter(Boolean).join(" — ") + (v.sku ? ` (${v.sku})` : "")

/** The words a picker shows: each feature names its own catalogue search. */
export type VariantPickerLabels = { search: string; empty: string }

const SEARCH_DELAY_MS = 250

/** `value`, once typing pauses: one search per pause rather than one per keystroke. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [value])
  return settled
}

/**
 * Searches Medusa's catalogue by product title, variant title or SKU and hands over the variant picked.
 * `collapsed` keeps the results out of sight until staff type or focus the search, for pickers inside a form.
 */
export function VariantPicker({
  onPick,
  labels,
  id,
  collapsed = false,
}: {
  onPick: (variant: VariantOption) => void
  labels: VariantPickerLabels
  id?: string
  collapsed?: boolean
}) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [open, setOpen] = useState(!collapsed)
  const search = useSettled(q.trim())
  const { data: variants, isFetching } = useVariantSearch(search, open)
  // The previous answer stays on screen while the next one loads, dimmed so it does not read as the answer.
  const stale = isFetching || search !== q.trim()
  return (
    <div
      className="flex flex-col gap-y-2 rounded-md border p-2"
      data-testid="variant-picker"
      onBlur={(e) => {
        if (collapsed && !e.currentTarget.contains(e.relatedTarget)) setOpen(false)
      }}
    >
      <Input
        id={id}
        type="search"
        size="small"
        placeholder={labels.search}
        // With an id, the form's own label names the box and the placeholder says what to type.
        aria-label={id ? undefined : labels.search}
        autoComplete="off"
        value={q}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQ(e.target.value)
          setOpen(true)
        }}
      />
      {open ? (
        <div className={`flex max-h-48 flex-col overflow-y-auto${stale ? " opacity-60" : ""}`} aria-busy={stale}>
          {variants?.length ? (
            variants.map((variant) => (
              <button
                type="button"
                key={variant.id}
                className="txt-compact-small rounded px-2 py-1.5 text-left hover:bg-ui-bg-base-hover focus-visible:bg-ui-bg-base-hover"
                // Keeps the focus in the search box, so the blur above does not hide the list before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  onPick(variant)
                  if (collapsed) setOpen(false)
                }}
              >
                {variantLabel(variant)}
              </button>
            ))
          ) : (
            <Text size="small" className="px-2 py-1.5 text-ui-fg-muted">
              {stale ? t("clientPortal.common.loading") : labels.empty}
            </Text>
          )}
        </div>
      ) : null}
    </div>
  )
}

/**
 * One chosen variant, shown by name with a button to clear it; without one, a collapsed search to pick it.
 * `id` goes to the search box, or to the chosen name, so a `<label htmlFor>` names either.
 */
export function VariantField({
  id,
  value,
  onChange,
  labels,
}: {
  id: string
  value: VariantOption | null
  onChange: (variant: VariantOption | null) => void
  labels: VariantPickerLabels & { clear: string }
}) {
  if (!value) return <VariantPicker id={id} onPick={onChange} labels={labels} collapsed />
  return (
    <div className="flex min-h-8 items-center justify-between gap-x-2 rounded-md border bg-ui-bg-field px-2 py-1" data-testid="variant-choice">
      <output id={id} className="txt-compact-small text-ui-fg-base">
        {variantLabel(value)}
      </output>
      <IconButton size="small" variant="transparent" type="button" aria-label={labels.clear} onClick={() => onChange(null)}>
        <XMarkMini />
      </IconButton>
    </div>
  )
}
