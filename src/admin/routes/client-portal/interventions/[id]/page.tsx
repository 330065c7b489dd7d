import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState, formatDate } from "../../../../components/common/query-state"
import { SectionHeader } from "../../../../components/common/section-header"
import { InterventionStatusBadge, formatWindow } from "../../../../components/interventions/intervention-format"
import { PhotosSection } from "../../../../components/interventions/photos-section"
import { ReportDrawer } from "../../../../components/interventions/report-drawer"
import { ScheduleForm } from "../../../../components/interventions/schedule-form"
import { ShareLinkDrawer } from "../../../../components/interventions/share-link-drawer"
import { canTransition, useCancelIntervention, useIntervention } from "../../../../hooks/api/interventions"
import { openPrivateFile } from "../../../../hooks/api/support"

const InterventionPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: intervention, isPending, error } = useIntervention(id)
  const cancel = useCancelIntervention(id)
  const prompt = usePrompt()
  const [sharing, setSharing] = useState(false)
  const [reporting, setReporting] = useState(false)
  const downloadReport = () => {
    if (!intervention?.report_pdf_url) return
    openPrivateFile(intervention.report_pdf_url, `${intervention.number}.pdf`).catch((e: Error) => toast.error(e.message))
  }
  const onCancel = async () => {
    if (!intervention) return
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.interventions.cancelConfirm", { number: intervention.number }) }))) return
    cancel.mutate({}, { onSuccess: () => toast.success(t("clientPortal.interventions.cancelled")), onError: (e) => toast.error(e.message) })
  }
  const address = intervention
    ? [intervention.address.address_1, intervention.address.address_2, [intervention.address.postal_code, intervention.address.city].filter(Boolean).join(" "), intervention.address.country_code?.toUpperCase()]
        .filter(Boolean)
        .join(", ")
    : ""

  return (
    <div className="flex flex-col gap-y-3" data-testid="intervention-page">
      <LiveAlerts />
      {sharing && intervention ? <ShareLinkDrawer intervention={intervention} onClose={() => setSharing(false)} /> : null}
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {intervention ? (
            <>
              <PageHeader title={intervention.number} subtitle={intervention.type?.name ?? t("clientPortal.interventions.noType")}>
                <InterventionStatusBadge status={intervention.status} />
                <Button size="small" variant="secondary" onClick={() => setSharing(true)} data-testid="intervention-share">
                  {t("clientPortal.interventions.share.open")}
                </Button>
                {canTransition(intervention.status, "complete") && !intervention.report ? (
                  <Button size="small" variant="secondary" onClick={() => setReporting(true)} data-testid="intervention-report-enter">
                    {t("clientPortal.interventions.report.enter")}
                  </Button>
                ) : null}
                {canTransition(intervention.status, "cancel") ? (
                  <Button size="small" variant="danger" onClick={onCancel} isLoading={cancel.isPending} data-testid="intervention-cancel">
                    {t("clientPortal.interventions.cancel")}
                  </Button>
                ) : null}
              </PageHeader>
              <DetailRow label={t("clientPortal.interventions.fields.account")}>
                {intervention.account ? (
                  <Link to={`/client-portal/accounts/${intervention.account.id}`} className="text-ui-fg-interactive hover:underline">
                    {intervention.account.name}
                  </Link>
                ) : null}
              </DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.site")}>{intervention.site?.name}</DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.equipment")}>
                {intervention.equipment_id ? (
                  <Link to={`/client-portal/fleet/${intervention.equipment_id}`} className="text-ui-fg-interactive hover:underline">
                    {t("clientPortal.interventions.openEquipment")}
                  </Link>
                ) : null}
              </DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.description")}>
                <span className="whitespace-pre-line">{intervention.description}</span>
              </DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.when")} testId="intervention-window">
                {intervention.scheduled_start ? formatWindow(intervention.scheduled_start, intervention.scheduled_end, i18n.language) : null}
              </DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.technician")}>{intervention.technician?.name}</DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.address")}>{address}</DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.contact")}>
                {[intervention.contact_name, intervention.contact_phone, intervention.contact_email].filter(Boolean).join(" · ")}
              </DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.requested")}>{formatDate(intervention.created_at, i18n.language)}</DetailRow>
              <DetailRow label={t("clientPortal.interventions.fields.reschedules")}>{String(intervention.reschedule_count)}</DetailRow>
              {intervention.linked_intervention_id ? (
                <DetailRow label={t("clientPortal.interventions.fields.linked")}>
                  <Link to={`/client-portal/interventions/${intervention.linked_intervention_id}`} className="text-ui-fg-interactive hover:underline">
                    {t("clientPortal.interventions.openLinked")}
                  </Link>
                </DetailRow>
              ) : null}
              {intervention.cancellation_reason ? (
                <DetailRow label={t("clientPortal.interventions.fields.cancellation")}>{intervention.cancellation_reason}</DetailRow>
              ) : null}
            </>
          ) : null}
        </QueryState>
      </Container>

      {intervention && canTransition(intervention.status, "schedule") ? (
        <Container className="divide-y p-0">
          <SectionHeader title={intervention.scheduled_start ? t("clientPortal.interventions.schedule.moveTitle") : t("clientPortal.interventions.schedule.title")}>
            <Link to="/client-portal/interventions/planning" className="txt-compact-small text-ui-fg-interactive hover:underline">
              {t("clientPortal.interventions.planning.menu")}
            </Link>
          </SectionHeader>
          <ScheduleForm key={intervention.id} intervention={intervention} />
        </Container>
      ) : null}

      {intervention ? (
        <Container className="divide-y p-0">
          <SectionHeader title={t("clientPortal.interventions.timeline")} />
          <ol className="flex flex-col gap-2 px-6 py-4" data-testid="intervention-timeline">
            {intervention.history.map((entry, index) => (
              <li key={`${entry.to_status}-${index}`} className="flex items-center gap-3">
                <InterventionStatusBadge status={entry.to_status} />
                <Text size="small" className="text-ui-fg-subtle">
                  {formatDate(entry.created_at, i18n.language)}
                </Text>
              </li>
            ))}
          </ol>
        </Container>
      ) : null}

      {intervention?.report ? (
        <Container className="divide-y p-0" data-testid="intervention-report">
          <SectionHeader title={t("clientPortal.interventions.report.title")}>
            <Button size="small" variant="secondary" onClick={downloadReport} data-testid="intervention-report-pdf">
              {t("clientPortal.interventions.report.pdf")}
            </Button>
          </SectionHeader>
          <DetailRow label={t("clientPortal.interventions.report.workDone")}>
            <span className="whitespace-pre-line">{intervention.report.work_done}</span>
          </DetailRow>
          <DetailRow label={t("clientPortal.interventions.report.duration")}>
            {intervention.report.duration_minutes !== null ? t("clientPortal.interventions.report.minutes", { count: intervention.report.duration_minutes }) : null}
          </DetailRow>
          <DetailRow label={t("clientPortal.interventions.report.parts")}>
            {intervention.report.parts.map((part) => `${part.quantity} × ${part.title}`).join(", ")}
          </DetailRow>
          <DetailRow label={t("clientPortal.interventions.report.signature")}>{intervention.report.signature_name}</DetailRow>
          <DetailRow label={t("clientPortal.interventions.report.completed")}>{formatDate(intervention.report.completed_at, i18n.language)}</DetailRow>
        </Container>
      ) : null}

      {intervention ? (
        <Container className="divide-y p-0">
          <PhotosSection intervention={intervention} />
        </Container>
      ) : null}

      {intervention && reporting ? <ReportDrawer intervention={intervention} onClose={() => setReporting(false)} /> : null}

      {intervention?.survey_answers ? (
        <Container className="divide-y p-0">
          <SectionHeader title={t("clientPortal.interventions.survey")} />
          <div className="px-6 py-4">
            {Object.entries(intervention.survey_answers).map(([question, answer]) => (
              <div key={question} className="flex gap-2">
                <Heading level="h3" className="txt-compact-small-plus">
                  {question}
                </Heading>
                <Text size="small">{String(answer)}</Text>
              </div>
            ))}
          </div>
        </Container>
      ) : null}
    </div>
  )
}

export default InterventionPage
