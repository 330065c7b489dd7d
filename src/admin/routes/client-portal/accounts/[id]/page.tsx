import { Container, StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Outlet, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { AccessLogSection } from "../../../../components/client-accounts/access-log-section"
import { MembersSection } from "../../../../components/client-accounts/members-section"
import { OrderingSection } from "../../../../components/client-accounts/ordering-section"
import { SecureLinksSection } from "../../../../components/client-accounts/secure-links-section"
import { SitesSection } from "../../../../components/client-accounts/sites-section"
import { AnnouncementsSection } from "../../../../components/support/announcements-section"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { RecordActions } from "../../../../components/common/record-actions"
import { QueryState } from "../../../../components/common/query-state"
import { useClientAccount, useDeleteClientAccount } from "../../../../hooks/api/client-accounts"

const ClientAccountPage = () => {
  const { id = "" } = useParams()
  const { t } = useTranslation()
  const { data: account, isPending, error } = useClientAccount(id)
  const remove = useDeleteClientAccount(id)

  return (
    <div className="flex flex-col gap-y-3" data-testid="client-account-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {account ? (
            <>
              <PageHeader title={account.name} subtitle={account.number}>
                <StatusBadge color={account.portal_enabled ? "green" : "grey"}>
                  {account.portal_enabled ? t("clientPortal.accounts.portalOn") : t("clientPortal.accounts.portalOff")}
                </StatusBadge>
                <RecordActions
                  confirm={t("clientPortal.accounts.deleteConfirm", { name: account.name })}
                  remove={remove}
                  afterDelete="/client-portal/accounts"
                />
              </PageHeader>
              <DetailRow label={t("clientPortal.fields.address_1")}>
                {[account.address_1, account.address_2, [account.postal_code, account.city].filter(Boolean).join(" "), account.country_code?.toUpperCase()]
                  .filter(Boolean)
                  .join(", ")}
              </DetailRow>
              <DetailRow label={t("clientPortal.fields.contact_name")}>
                {[account.contact_name, account.contact_email, account.contact_phone].filter(Boolean).join(" · ")}
              </DetailRow>
              <DetailRow label={t("clientPortal.fields.locale")}>{t(`clientPortal.languages.${account.locale}`)}</DetailRow>
              <DetailRow label={t("clientPortal.fields.notes")}>{account.notes}</DetailRow>
            </>
          ) : null}
        </QueryState>
      </Container>
      {account ? (
        <>
          <MembersSection accountId={account.id} />
          <SitesSection accountId={account.id} />
          <SecureLinksSection accountId={account.id} />
          <OrderingSection accountId={account.id} />
          <AnnouncementsSection accountId={account.id} />
          <AccessLogSection accountId={account.id} />
        </>
      ) : null}
      <Outlet />
    </div>
  )
}

export default ClientAccountPage
