import { Input } from "@medusajs/ui"

/** A small search box whose placeholder is also its accessible name. */
export const SearchInput = ({ label, value, onChange, className }: { label: string; value: string; onChange: (value: string) => void; className?: string }) => (
  <Input type="search" size="small" className={className} placeholder={label} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
)
