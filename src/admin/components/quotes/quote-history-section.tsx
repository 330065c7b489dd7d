import { Button, Container, Table, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { downloadQuotePdf, type Quote } from "../../hooks/api/quotes"
import { formatDate } from "../common/query-state"
import { SectionHeader } from "../common/section-header"

/** Each version with its PDF, then every change of status with who made it. */
export function QuoteHistorySection({ quote }: { quote: Quote }) {
  const { t, i18n } = useTranslation()
  const download = (version: number) => downloadQuotePdf(quote, version).catch((e: Error) => toast.error(e.message))
  return (
    <>
      <Container className="divide-y p-0" data-testid="quote-versions">
        <SectionHeader title={t("clientPortal.quotes.versions")} />
        <Table>
          <Table.Body>
            {(quote.versions ?? []).map((version) => (
              <Table.Row key={version.version}>
                <Table.Cell>v{version.version}</Table.Cell>
                <Table.Cell>{t(`clientPortal.quotes.versionStatuses.${version.status}`)}</Table.Cell>
                <Table.Cell>{formatDate(version.sent_at, i18n.language)}</Table.Cell>
                <Table.Cell className="text-right">
                  <Button size="small" variant="transparent" onClick={() => download(version.version)}>
                    {t("clientPortal.quotes.pdf")}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0" data-testid="quote-history">
        <SectionHeader title={t("clientPortal.quotes.history")} />
        <ol className="flex flex-col gap-y-2 px-6 py-4">
          {(quote.history ?? []).map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="flex flex-col">
              <Text size="small" weight="plus">
                {t(`clientPortal.quotes.statuses.${entry.status}`, { defaultValue: entry.status })}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatDate(entry.at, i18n.language)}
                {entry.version ? ` · v${entry.version}` : ""}
                {entry.actor_name ? ` · ${entry.actor_name}` : ""}
              </Text>
              {entry.note ? (
                <Text size="xsmall" className="whitespace-pre-line text-ui-fg-muted">
                  {entry.note}
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      </Container>
    </>
  )
}
