import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { PageHeader } from "../../../../components/common/page-header"
import { PlanningBoard } from "../../../../components/interventions/planning-board"

const PlanningPage = () => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0" data-testid="planning-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.interventions.planning.title")} subtitle={t("clientPortal.interventions.planning.subtitle")} />
      <div className="px-6 py-4">
        <PlanningBoard />
      </div>
    </Container>
  )
}

export default PlanningPage
