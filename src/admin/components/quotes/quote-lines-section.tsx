import { Badge, Container, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Quote } from "../../hooks/api/quotes"
import { SectionHeader } from "../common/section-header"
import { formatMoney } from "./quote-format"

/** The quote's lines and totals; the totals count the optional lines selected by default. */
export function QuoteLinesSection({ quote }: { quote: Quote }) {
  const { t, i18n } = useTranslation()
  const money = (amount: number) => formatMoney(amount, quote.currency_code, i18n.language)
  const lines = quote.lines ?? []
  const totals = [
    { key: "subtotal", value: quote.subtotal },
    { key: "discountTotal", value: quote.discount_total ? -quote.discount_total : 0 },
    { key: "taxTotal", value: quote.tax_total },
  ]
  return (
    <Container className="divide-y p-0" data-testid="quote-lines">
      <SectionHeader title={t("clientPortal.quotes.lines")} />
      {lines.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.quotes.fields.lineTitle")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.quotes.fields.quantity")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.quotes.fields.unitPrice")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.quotes.fields.discount")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.quotes.fields.total")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {lines.map((line) => (
              <Table.Row key={line.id}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <span className="flex items-center gap-x-2">
                      {line.title}
                      {line.is_optional ? (
                        <Badge size="2xsmall" color={line.selected ? "blue" : "grey"}>
                          {line.selected ? t("clientPortal.quotes.optionalIncluded") : t("clientPortal.quotes.optionalLeftOut")}
                        </Badge>
                      ) : null}
                    </span>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {[line.variant_id ? [line.product_title, line.variant_title].filter(Boolean).join(" · ") : null, line.sku, line.description]
                        .filter(Boolean)
                        .join(" — ")}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">{line.quantity}</Table.Cell>
                <Table.Cell className="text-right">{money(line.unit_price)}</Table.Cell>
                <Table.Cell className="text-right">{line.discount_percent ? `${line.discount_percent} %` : "—"}</Table.Cell>
                <Table.Cell className="text-right">{money(line.total)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-muted">
          {t("clientPortal.quotes.noLines")}
        </Text>
      )}
      <dl className="flex flex-col gap-y-1 px-6 py-4">
        {totals.map(({ key, value }) => (
          <div key={key} className="txt-small flex justify-between text-ui-fg-subtle">
            <dt>{t(`clientPortal.quotes.fields.${key}`)}</dt>
            <dd>{money(value)}</dd>
          </div>
        ))}
        <div className="txt-compact-medium-plus flex justify-between">
          <dt>{t("clientPortal.quotes.fields.total")}</dt>
          <dd data-testid="quote-total">{money(quote.total)}</dd>
        </div>
      </dl>
    </Container>
  )
}
