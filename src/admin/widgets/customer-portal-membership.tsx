import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Switch, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { AddMemberDrawer } from "../components/client-accounts/members-section"
import { useMemberActions } from "../components/client-accounts/member-actions"
import { CreateSecureLinkModal, SecureLinksTable } from "../components/client-accounts/secure-links-section"
import { QueryState } from "../components/common/query-state"
import { SearchInput } from "../components/common/search-input"
import { useClientAccounts, usePortalMembership, useUpdateClientAccount, type Membership } from "../hooks/api/client-accounts"
import { SectionHeader } from "../components/common/section-header"

function MemberPanel({ membership, email }: { membership: NonNullable<Membership>; email: string }) {
  const { t } = useTranslation()
  const { account, member, secure_links } = membership
  const actions = useMemberActions(account.id)
  const update = useUpdateClientAccount(account.id)
  const [creatingLink, setCreatingLink] = useState(false)
  return (
    <>
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Link to={`/client-portal/accounts/${account.id}`} className="txt-compact-medium-plus text-ui-fg-interactive hover:underline">
            {account.name}
          </Link>
          <Text size="small" className="text-ui-fg-subtle">
            {account.number} · {t(`clientPortal.roles.${member.role}`)}
            {member.is_payer ? ` · ${t("clientPortal.members.payer")}` : ""}
          </Text>
        </div>
        <label className="flex items-center gap-x-2 txt-compact-small">
          <Switch
            checked={account.portal_enabled}
            onCheckedChange={(portal_enabled) => update.mutate({ portal_enabled }, { onError: (e) => toast.error(e.message) })}
          />
          {t("clientPortal.fields.portal_enabled")}
        </label>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        <Button size="small" variant="secondary" disabled={actions.isPending} onClick={() => actions.invite(member.id, email)}>
          {t("clientPortal.members.invite")}
        </Button>
        <Button size="small" variant="secondary" disabled={actions.isPending} onClick={() => actions.letter(member.id)}>
          {t("clientPortal.members.letter")}
        </Button>
        <Button size="small" variant="secondary" disabled={actions.isPending} onClick={() => actions.viewAs(member.id)}>
          {t("clientPortal.members.viewAs")}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setCreatingLink(true)}>
          {t("clientPortal.links.create")}
        </Button>
      </div>
      {secure_links.length ? <SecureLinksTable accountId={account.id} links={secure_links} /> : null}
      {creatingLink ? <CreateSecureLinkModal accountId={account.id} onClose={() => setCreatingLink(false)} /> : null}
    </>
  )
}

function AddToAccount({ customerId }: { customerId: string }) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const [accountId, setAccountId] = useState<string | null>(null)
  const { data } = useClientAccounts({ q: q.trim(), limit: 5, offset: 0 })
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Text size="small" className="text-ui-fg-subtle">
        {t("clientPortal.widget.notMember")}
      </Text>
      <SearchInput label={t("clientPortal.widget.findAccount")} value={q} onChange={setQ} />
      <div className="flex flex-col gap-y-1">
        {data?.client_accounts.map((account) => (
          <div key={account.id} className="flex items-center justify-between">
            <span className="txt-compact-small">
              {account.name} <span className="text-ui-fg-subtle">{account.number}</span>
            </span>
            <Button size="small" variant="transparent" onClick={() => setAccountId(account.id)}>
              {t("clientPortal.widget.addTo")}
            </Button>
          </div>
        ))}
      </div>
      {accountId ? <AddMemberDrawer accountId={accountId} customerId={customerId} onClose={() => setAccountId(null)} /> : null}
    </div>
  )
}

const CustomerPortalMembershipWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation()
  const { data: membership, isPending, error } = usePortalMembership(customer.id)
  return (
    <Container className="divide-y p-0" data-testid="customer-portal-widget">
      <SectionHeader title={t("clientPortal.widget.heading")}>
        {membership ? <Badge size="2xsmall">{t("clientPortal.widget.member")}</Badge> : null}
      </SectionHeader>
      <QueryState isPending={isPending} error={error}>
        {membership ? <MemberPanel membership={membership} email={customer.email} /> : <AddToAccount customerId={customer.id} />}
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPortalMembershipWidget
