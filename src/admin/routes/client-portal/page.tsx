import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Alert, Badge, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LiveAlerts } from "../../components/alerts/live-alerts"
import { MailTestForm } from "../../components/client-portal/mail-test-form"
import { PageHeader } from "../../components/common/page-header"
import { usePortalStatus } from "../../hooks/api/portal-status"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-4 text-ui-fg-subtle">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base">{children}</div>
  </div>
)

const ClientPortalPage = () => {
  const { t } = useTranslation()
  const { data: status, isPending, error } = usePortalStatus()

  if (isPending) {
    return (
      <Container className="px-6 py-4">
        <Text className="text-ui-fg-subtle">{t("clientPortal.loading")}</Text>
      </Container>
    )
  }
  if (error) {
    return (
      <Alert variant="error">{t("clientPortal.loadError", { message: error.message })}</Alert>
    )
  }

  const notSet = <span className="text-ui-fg-muted">{t("clientPortal.portal.notSet")}</span>
  return (
    <div className="flex flex-col gap-y-3" data-testid="client-portal-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <PageHeader title={t("clientPortal.title")} subtitle={t("clientPortal.subtitle")} />
        <Row label={t("clientPortal.portal.businessName")}>{status.business_name}</Row>
        <Row label={t("clientPortal.portal.address")}>
          <a href={status.portal_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive hover:underline">
            {status.portal_url}
          </a>
        </Row>
        <Row label={t("clientPortal.portal.supportEmail")}>{status.support_email ?? notSet}</Row>
      </Container>
      <Container className="grid grid-cols-1 gap-3 p-4 md:grid-cols-2">
        {(["accounts", "settings"] as const).map((target) => (
          <Link
            key={target}
            to={`/client-portal/${target}`}
            className="rounded-md border px-4 py-3 hover:bg-ui-bg-base-hover"
          >
            <Text size="small" weight="plus">
              {t(`clientPortal.overview.${target}`)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t(`clientPortal.overview.${target}Hint`)}
            </Text>
          </Link>
        ))}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("clientPortal.mail.heading")}</Heading>
        </div>
        {status.mail ? (
          <>
            <Row label={t("clientPortal.mail.server")}>
              {status.mail.host ? `${status.mail.host}:${status.mail.port ?? ""}` : notSet}
            </Row>
            <Row label={t("clientPortal.mail.from")}>{status.mail.from ?? notSet}</Row>
            <Row label={t("clientPortal.mail.tls")}>
              <Badge size="2xsmall">{status.mail.secure ? t("clientPortal.mail.tlsOn") : t("clientPortal.mail.tlsOff")}</Badge>
            </Row>
            <MailTestForm />
          </>
        ) : (
          <div className="px-6 py-4">
            <Alert variant="warning">{t("clientPortal.mail.notConfigured")}</Alert>
          </div>
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.menu",
  translationNs: "translation",
  icon: BuildingStorefront,
})

export default ClientPortalPage
