import { Button, Container, Heading, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useNavigate, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { AccessLogSection } from "../../../../components/client-accounts/access-log-section"
import { MembersSection } from "../../../../components/client-accounts/members-section"
import { SecureLinksSection } from "../../../../components/client-accounts/secure-links-section"
import { SitesSection } from "../../../../components/client-accounts/sites-section"
import { QueryState } from "../../../../components/common/query-state"
import { useClientAccount, useDeleteClientAccount } from "../../../../hooks/api/client-accounts"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3 text-ui-fg-subtle">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base">{children || "—"}</div>
  </div>
)

const ClientAccountPage = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data: account, isPending, error } = useClientAccount(id)
  const remove = useDeleteClientAccount(id)

  const onDelete = async () => {
    if (!account) return
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.accounts.deleteConfirm", { name: account.name }) })))
      return
    remove.mutate(undefined, {
      onSuccess: () => navigate("/client-portal/accounts"),
      onError: (e) => toast.error(e.message),
    })
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="client-account-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {account ? (
            <>
              <div className="flex items-center justify-between px-6 py-4">
                <div>
                  <Heading level="h1">{account.name}</Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    {account.number}
                  </Text>
                </div>
                <div className="flex items-center gap-x-2">
                  <StatusBadge color={account.portal_enabled ? "green" : "grey"}>
                    {account.portal_enabled ? t("clientPortal.accounts.portalOn") : t("clientPortal.accounts.portalOff")}
                  </StatusBadge>
                  <Button size="small" variant="secondary" asChild>
                    <Link to="edit">{t("clientPortal.common.edit")}</Link>
                  </Button>
                  <Button size="small" variant="danger" onClick={onDelete} isLoading={remove.isPending}>
                    {t("clientPortal.common.delete")}
                  </Button>
                </div>
              </div>
              <Row label={t("clientPortal.fields.address_1")}>
                {[account.address_1, account.address_2, [account.postal_code, account.city].filter(Boolean).join(" "), account.country_code?.toUpperCase()]
                  .filter(Boolean)
                  .join(", ")}
              </Row>
              <Row label={t("clientPortal.fields.contact_name")}>
                {[account.contact_name, account.contact_email, account.contact_phone].filter(Boolean).join(" · ")}
              </Row>
              <Row label={t("clientPortal.fields.locale")}>{t(`clientPortal.languages.${account.locale}`)}</Row>
              <Row label={t("clientPortal.fields.notes")}>{account.notes}</Row>
            </>
          ) : null}
        </QueryState>
      </Container>
      {account ? (
        <>
          <MembersSection accountId={account.id} />
          <SitesSection accountId={account.id} />
          <SecureLinksSection accountId={account.id} />
          <AccessLogSection accountId={account.id} />
        </>
      ) : null}
      <Outlet />
    </div>
  )
}

export default ClientAccountPage
