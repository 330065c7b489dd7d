import { Alert, Button, Container, Select, Table, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { AccountSelect } from "../../../../components/client-accounts/account-select"
import { PageHeader } from "../../../../components/common/page-header"
import { Field } from "../../../../components/common/query-state"
import { useImportFleet, type ImportReport } from "../../../../hooks/api/fleet"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"

type Kind = "equipment" | "readings"

/** The columns each import reads, shown to staff before they pick a file. */
const COLUMNS: Record<Kind, string> = {
  equipment: "account_id, site, serial_number, name, brand, status, sku, installation_date, warranty_end, notes",
  readings: "account_id, serial_number, meter, meter_id, value, read_at, source, note",
}
/** Radix's Select refuses an empty value; this one stands for "each row names its account". */
const EACH_ROW = "rows"

/** CSV import of equipment or readings; rows the backend refused are listed with the field and the reason. */
const FleetImportPage = () => {
  const { t } = useTranslation()
  const [kind, setKind] = useState<Kind>("equipment")
  const [file, setFile] = useState<File | null>(null)
  const [accountId, setAccountId] = useState(EACH_ROW)
  const [report, setReport] = useState<ImportReport | null>(null)
  const importer = useImportFleet()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return
    importer.mutate(
      { csv: await file.text(), kind, ...(accountId === EACH_ROW ? {} : { account_id: accountId }) },
      { onSuccess: (answer) => setReport(answer), onError: (e) => toast.error(e.message) }
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="fleet-import-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.fleet.import.title")} subtitle={t("clientPortal.fleet.import.subtitle")} />
      <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4">
        <Field id="import-kind" label={t("clientPortal.fleet.import.kind")} hint={t("clientPortal.fleet.import.columns", { columns: COLUMNS[kind] })}>
          <Select value={kind} onValueChange={(v) => (setKind(v as Kind), setReport(null))}>
            <Select.Trigger id="import-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="equipment">{t("clientPortal.fleet.import.kinds.equipment")}</Select.Item>
              <Select.Item value="readings">{t("clientPortal.fleet.import.kinds.readings")}</Select.Item>
            </Select.Content>
          </Select>
        </Field>
        <Field id="import-account" label={t("clientPortal.fleet.import.account")} hint={t("clientPortal.fleet.import.accountHint")}>
          <AccountSelect
            id="import-account"
            value={accountId}
            onValueChange={setAccountId}
            anyOption={{ value: EACH_ROW, label: t("clientPortal.fleet.import.eachRow") }}
          />
        </Field>
        <Field id="import-file" label={t("clientPortal.fleet.import.file")}>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            className="txt-small"
            onChange={(e) => (setFile(e.target.files?.[0] ?? null), setReport(null))}
          />
        </Field>
        <div>
          <Button type="submit" size="small" disabled={!file} isLoading={importer.isPending}>
            {t("clientPortal.fleet.import.submit")}
          </Button>
        </div>
      </form>
      {report ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="import-report">
          <Alert variant={report.rejected.length ? "warning" : "success"}>
            {t("clientPortal.fleet.import.result", { created: report.created, rejected: report.rejected.length })}
          </Alert>
          {report.rejected.length ? (
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{t("clientPortal.fleet.import.row")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("clientPortal.fleet.import.field")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("clientPortal.fleet.import.reason")}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {report.rejected.map((row, index) => (
                  <Table.Row key={`${row.row}-${index}`}>
                    <Table.Cell>{row.row}</Table.Cell>
                    <Table.Cell>{row.field ?? "—"}</Table.Cell>
                    <Table.Cell>{row.message}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : null}
        </div>
      ) : null}
    </Container>
  )
}

export default FleetImportPage
