import { Button, Container, Table, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ListPagination } from "../../../../components/common/list-pagination"
import { PageHeader } from "../../../../components/common/page-header"
import { formatDate, QueryState } from "../../../../components/common/query-state"
import { formatNumber } from "../../../../components/fleet/format"
import { fileUrl, useReadingsToReview, useReviewReading, type ReviewReading } from "../../../../hooks/api/fleet"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"

const PAGE = 20

/** Client readings the plausibility check held back: staff accept them (they count) or reject them. */
const FlaggedReadingsPage = () => {
  const { t, i18n } = useTranslation()
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useReadingsToReview(offset, PAGE)
  const review = useReviewReading()
  const decide = (reading: ReviewReading, decision: "accept" | "reject") =>
    review.mutate(
      { _id: reading.id, decision },
      {
        onSuccess: () => toast.success(t(`clientPortal.fleet.review.${decision}ed`, { value: formatNumber(reading.value, i18n.language), unit: reading.meter.unit })),
        onError: (e) => toast.error(e.message),
      }
    )

  return (
    <Container className="divide-y p-0" data-testid="flagged-readings-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.fleet.review.title")} subtitle={t("clientPortal.fleet.review.subtitle")} />
      <QueryState isPending={isPending} error={error} isEmpty={!data?.readings.length} empty={t("clientPortal.fleet.review.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.fleet.fields.account")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.review.meter")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.review.value")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.review.readAt")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fleet.readings.note")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.readings.map((reading) => (
              <Table.Row key={reading.id} data-testid="flagged-reading" data-reading-id={reading.id}>
                <Table.Cell>{reading.account?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  {reading.equipment ? (
                    <Link to={`/client-portal/fleet/${reading.equipment.id}`} className="text-ui-fg-interactive hover:underline">
                      {reading.equipment.name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>{reading.meter.name}</Table.Cell>
                <Table.Cell>
                  {formatNumber(reading.value, i18n.language)} {reading.meter.unit}
                </Table.Cell>
                <Table.Cell>{formatDate(reading.read_at, i18n.language)}</Table.Cell>
                <Table.Cell>
                  {reading.note ?? "—"}
                  {reading.photo_url ? (
                    <a href={fileUrl(reading.photo_url)} target="_blank" rel="noreferrer" className="text-ui-fg-interactive ml-2 hover:underline">
                      {t("clientPortal.fleet.review.photo")}
                    </a>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-2">
                    <Button size="small" variant="secondary" disabled={review.isPending} onClick={() => decide(reading, "reject")}>
                      {t("clientPortal.fleet.review.reject")}
                    </Button>
                    <Button size="small" disabled={review.isPending} onClick={() => decide(reading, "accept")}>
                      {t("clientPortal.fleet.review.accept")}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
    </Container>
  )
}

export default FlaggedReadingsPage
