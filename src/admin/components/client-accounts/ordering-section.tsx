import { Button, Container, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { QueryState } from "../common/query-state"
import { SectionHeader } from "../common/section-header"
import { useAccountOrdering, useSaveAccountOrdering } from "../../hooks/api/ordering"
import { useStaffUsers } from "../../hooks/api/quotes"

const NONE = "none"

/**
 * The account's ordering terms on its page: above the threshold (tax included) an order a requester places in
 * the portal waits for one of the account's approvers; the salesperson is alerted of its portal orders.
 */
export function OrderingSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation()
  const { data, isPending, error } = useAccountOrdering(accountId)
  const users = useStaffUsers()
  const save = useSaveAccountOrdering(accountId)
  const [threshold, setThreshold] = useState("")
  const [salesperson, setSalesperson] = useState(NONE)
  useEffect(() => {
    if (!data) return
    setThreshold(data.approval_threshold === null ? "" : String(data.approval_threshold))
    setSalesperson(data.salesperson_id ?? NONE)
  }, [data])
  const amount = threshold.trim() === "" ? null : Number(threshold.replace(",", "."))
  const invalid = amount !== null && (!Number.isFinite(amount) || amount < 0)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (invalid) return
    save.mutate(
      { approval_threshold: amount, salesperson_id: salesperson === NONE ? null : salesperson },
      {
        onSuccess: () => toast.success(t("clientPortal.ordering.saved")),
        onError: (e) => toast.error(e.message),
      }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="account-ordering">
      <SectionHeader title={t("clientPortal.ordering.heading")} />
      <QueryState isPending={isPending} error={error} isEmpty={false} empty="">
        <form onSubmit={submit} className="grid gap-4 px-6 py-4 md:grid-cols-[1fr_1fr_auto] md:items-end">
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="ordering-threshold" size="small" weight="plus">
              {t("clientPortal.ordering.threshold")}
            </Label>
            <Input id="ordering-threshold" inputMode="decimal" value={threshold} onChange={(e) => setThreshold(e.target.value)} aria-invalid={invalid} placeholder={t("clientPortal.ordering.noThreshold")} />
            {invalid ? (
              <Text size="small" className="text-ui-fg-error">
                {t("clientPortal.ordering.invalidThreshold")}
              </Text>
            ) : null}
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="ordering-salesperson" size="small" weight="plus">
              {t("clientPortal.ordering.salesperson")}
            </Label>
            <Select value={salesperson} onValueChange={setSalesperson}>
              <Select.Trigger id="ordering-salesperson">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>{t("clientPortal.ordering.noSalesperson")}</Select.Item>
                {users.data?.map((user) => (
                  <Select.Item key={user.id} value={user.id}>
                    {[user.first_name, user.last_name].filter(Boolean).join(" ") || user.email}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Button type="submit" size="small" variant="secondary" isLoading={save.isPending} disabled={invalid}>
            {t("clientPortal.ordering.save")}
          </Button>
        </form>
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {t("clientPortal.ordering.hint")}
        </Text>
      </QueryState>
    </Container>
  )
}
