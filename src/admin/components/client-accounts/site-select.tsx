import { Select } from "@medusajs/ui"
import { useSites } from "../../hooks/api/client-accounts"

/**
 * A choice among one client account's sites; without an account it lists none. `anyOption` is the leading
 * choice that stands for no one site ("all sites").
 */
export function SiteSelect({
  accountId,
  value,
  onValueChange,
  id,
  label,
  size,
  disabled,
  placeholder,
  anyOption,
}: {
  accountId: string
  value: string
  onValueChange: (value: string) => void
  id?: string
  label?: string
  size?: "small" | "base"
  disabled?: boolean
  placeholder?: string
  anyOption?: { value: string; label: string }
}) {
  const sites = useSites(accountId)
  return (
    <Select size={size} value={value} onValueChange={onValueChange} disabled={disabled}>
      <Select.Trigger id={id} aria-label={label}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {anyOption ? <Select.Item value={anyOption.value}>{anyOption.label}</Select.Item> : null}
        {sites.data?.sites.map((site) => (
          <Select.Item key={site.id} value={site.id}>
            {site.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
