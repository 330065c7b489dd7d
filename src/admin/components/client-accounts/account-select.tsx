import { Select } from "@medusajs/ui"
import { useClientAccounts } from "../../hooks/api/client-accounts"

/**
 * A choice among the client accounts (the first hundred), for list filters and forms. `anyOption` is the
 * leading choice that stands for no one account ("all accounts", "the one in each row").
 */
export function AccountSelect({
  value,
  onValueChange,
  id,
  label,
  testId,
  size,
  disabled,
  placeholder,
  anyOption,
  withNumber,
}: {
  value: string
  onValueChange: (value: string) => void
  id?: string
  label?: string
  testId?: string
  size?: "small" | "base"
  disabled?: boolean
  placeholder?: string
  anyOption?: { value: string; label: string }
  withNumber?: boolean
}) {
  const accounts = useClientAccounts({ limit: 100, offset: 0 })
  return (
    <Select size={size} value={value} onValueChange={onValueChange} disabled={disabled}>
      <Select.Trigger id={id} aria-label={label} data-testid={testId}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {anyOption ? <Select.Item value={anyOption.value}>{anyOption.label}</Select.Item> : null}
        {accounts.data?.client_accounts.map((account) => (
          <Select.Item key={account.id} value={account.id}>
            {withNumber ? `${account.name} (${account.number})` : account.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
