import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { DetailRow } from "../../../../components/common/detail-row"
import { QueryState, formatDate } from "../../../../components/common/query-state"
import { SectionHeader } from "../../../../components/common/section-header"
import { formatMoney } from "../../../../components/quotes/quote-format"
import { ConfirmDrawer, RejectDrawer, SlipDrawer } from "../../../../components/rentals/rental-drawers"
import { RentalStatusBadge, formatPeriod } from "../../../../components/rentals/rental-format"
import { downloadSlipPdf, useRental } from "../../../../hooks/api/rentals"

type Open = "confirm" | "reject" | "exit" | "return" | null

/** One reservation for staff: what was asked, the units, the slips and charges, and the next step for its status. */
const RentalPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: rental, isPending, error } = useRental(id)
  const [open, setOpen] = useState<Open>(null)
  const money = (amount: number) => (rental ? formatMoney(amount, rental.currency_code, i18n.language) : "")
  const k = (key: string) => `clientPortal.rentals.${key}`

  return (
    <div className="flex flex-col gap-y-3" data-testid="rental-page">
      <LiveAlerts />
      <QueryState isPending={isPending} error={error}>
        {rental ? (
          <>
            <Container className="divide-y p-0">
              <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
                <div>
                  <Link to="/client-portal/rentals" className="txt-compact-small text-ui-fg-interactive hover:underline">
                    {t(k("detail.back"))}
                  </Link>
                  <div className="mt-1 flex items-center gap-x-2">
                    <Heading level="h1">{rental.number}</Heading>
                    <RentalStatusBadge status={rental.status} />
                    {rental.is_loan ? <Badge size="2xsmall">{t(k("loan"))}</Badge> : null}
                    {rental.overdue ? (
                      <Badge size="2xsmall" color="red">
                        {t(k("overdue"))}
                      </Badge>
                    ) : null}
                  </div>
                </div>
                <div className="flex flex-wrap gap-2">
                  {rental.status === "requested" ? (
                    <>
                      <Button size="small" variant="danger" onClick={() => setOpen("reject")} data-testid="rental-reject">
                        {t(k("reject.open"))}
                      </Button>
                      <Button size="small" onClick={() => setOpen("confirm")} data-testid="rental-confirm">
                        {t(k("confirm.open"))}
                      </Button>
                    </>
                  ) : null}
                  {rental.status === "confirmed" ? (
                    <Button size="small" onClick={() => setOpen("exit")} data-testid="rental-exit">
                      {t(k("slip.exitOpen"))}
                    </Button>
                  ) : null}
                  {rental.status === "out" ? (
                    <Button size="small" onClick={() => setOpen("return")} data-testid="rental-return">
                      {t(k("slip.returnOpen"))}
                    </Button>
                  ) : null}
                </div>
              </div>
              <DetailRow label={t(k("fields.account"))}>
                {rental.account_name ?? "—"}
              </DetailRow>
              <DetailRow label={t(k("fields.dates"))}>{formatPeriod(rental.starts_at, rental.ends_at, i18n.language)}</DetailRow>
              <DetailRow label={t(k("fields.requestedBy"))}>{rental.requested_by_name ?? "—"}</DetailRow>
              <DetailRow label={t(k("fields.createdAt"))}>{formatDate(rental.created_at, i18n.language)}</DetailRow>
              <DetailRow label={t(k("fields.total"))}>{rental.is_loan ? "—" : money(rental.estimated_total)}</DetailRow>
              <DetailRow label={t(k("fields.deposit"))}>{rental.is_loan ? "—" : money(rental.deposit_total)}</DetailRow>
              {rental.notes ? <DetailRow label={t(k("fields.notes"))}>{rental.notes}</DetailRow> : null}
              {rental.rejection_reason ? (
                <div className="px-6 py-4">
                  <Text size="small" className="text-ui-fg-error">
                    {t(k("detail.rejectedBecause"), { reason: rental.rejection_reason })}
                  </Text>
                </div>
              ) : null}
              {rental.order_id ? (
                <div className="px-6 py-4">
                  <Link to={`/orders/${rental.order_id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline" data-testid="rental-order-link">
                    {t(k("detail.order"), { number: rental.order_id })}
                  </Link>
                </div>
              ) : null}
            </Container>

            <Container className="divide-y p-0">
              <SectionHeader title={t(k("detail.lines"))} />
              <ul className="divide-y">
                {rental.lines.map((line) => (
                  <li key={line.id} className="flex justify-between px-6 py-3 txt-compact-small">
                    <span>
                      {line.quantity} × {line.title}
                    </span>
                    {!rental.is_loan ? <span>{money(line.price)}</span> : null}
                  </li>
                ))}
              </ul>
              <SectionHeader title={t(k("detail.units"))} />
              {rental.units.length ? (
                <ul className="divide-y" data-testid="rental-units">
                  {rental.units.map((unit) => (
                    <li key={unit.id} className="px-6 py-3 txt-compact-small">
                      <Link to={`/client-portal/fleet/${unit.equipment_id}`} className="text-ui-fg-interactive hover:underline">
                        {unit.name}
                      </Link>{" "}
                      · {unit.serial_number}
                    </li>
                  ))}
                </ul>
              ) : (
                <Text size="small" className="px-6 py-4 text-ui-fg-muted">
                  {t(k("detail.noUnits"))}
                </Text>
              )}
            </Container>

            <Container className="divide-y p-0">
              <SectionHeader title={t(k("detail.slips"))} />
              {rental.slips.length ? (
                <ul className="divide-y">
                  {rental.slips.map((slip) => (
                    <li key={slip.id} className="flex flex-col gap-y-1 px-6 py-3 txt-compact-small" data-testid={`admin-slip-${slip.kind}`}>
                      <div className="flex items-center justify-between gap-x-2">
                        <span className="txt-compact-small-plus">
                          {t(k(`detail.slipKinds.${slip.kind}`))} {slip.number} · {formatDate(slip.performed_at, i18n.language)}
                        </span>
                        <Button size="small" variant="secondary" onClick={() => downloadSlipPdf(rental.id, slip).catch((e: Error) => toast.error(e.message))}>
                          {t(k("detail.downloadPdf"))}
                        </Button>
                      </div>
                      {slip.damage ? <Text size="small" className="text-ui-fg-error">{t(k("detail.damage"))}</Text> : null}
                      {slip.missing_items ? <Text size="small">{t(k("detail.missing"), { items: slip.missing_items })}</Text> : null}
                      {slip.condition_notes ? <Text size="small">{slip.condition_notes}</Text> : null}
                      {slip.units.map((unit) => (
                        <Text key={unit.unit_id} size="small" className="text-ui-fg-subtle">
                          {unit.name} · {unit.serial_number}
                          {unit.condition ? ` — ${unit.condition}` : ""}
                          {unit.readings.length ? ` — ${unit.readings.map((r) => `${r.meter_name} ${r.value} ${r.unit}`).join(", ")}` : ""}
                        </Text>
                      ))}
                      <Text size="xsmall" className="text-ui-fg-muted">
                        {t(k("detail.signatures"), { client: slip.client_signature_name ?? "—", staff: slip.staff_signature_name ?? "—" })}
                      </Text>
                    </li>
                  ))}
                </ul>
              ) : (
                <Text size="small" className="px-6 py-4 text-ui-fg-muted">
                  {t(k("detail.noSlips"))}
                </Text>
              )}
            </Container>

            {!rental.is_loan ? (
              <Container className="divide-y p-0">
                <SectionHeader title={t(k("detail.charges"))} />
                {rental.charges.length ? (
                  <Table>
                    <Table.Body>
                      {rental.charges.map((charge) => (
                        <Table.Row key={charge.id}>
                          <Table.Cell>{t(k(`detail.chargeKinds.${charge.kind}`))}</Table.Cell>
                          <Table.Cell>{charge.description}</Table.Cell>
                          <Table.Cell>
                            {charge.quantity} × {money(charge.unit_amount)}
                          </Table.Cell>
                          <Table.Cell className="text-right">{money(charge.amount)}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                ) : (
                  <Text size="small" className="px-6 py-4 text-ui-fg-muted">
                    {t(k("detail.noCharges"))}
                  </Text>
                )}
              </Container>
            ) : null}

            {open === "confirm" ? <ConfirmDrawer rental={rental} onClose={() => setOpen(null)} /> : null}
            {open === "reject" ? <RejectDrawer rental={rental} onClose={() => setOpen(null)} /> : null}
            {open === "exit" || open === "return" ? <SlipDrawer rental={rental} kind={open} onClose={() => setOpen(null)} /> : null}
          </>
        ) : null}
      </QueryState>
    </div>
  )
}

export default RentalPage
