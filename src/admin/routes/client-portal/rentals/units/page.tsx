import { Button, Container, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ListPagination } from "../../../../components/common/list-pagination"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState } from "../../../../components/common/query-state"
import { SearchInput } from "../../../../components/common/search-input"
import { formatMoney } from "../../../../components/quotes/quote-format"
import { ModelDrawer } from "../../../../components/rentals/model-drawer"
import { UnitsSection } from "../../../../components/rentals/units-section"
import { useCustomerGroups, useRentalModels, type AdminRentalModel } from "../../../../hooks/api/rentals"

const PAGE = 20
const k = (key: string) => `clientPortal.rentals.units.${key}`

/** Rentable models with their rates per currency and deposit; a chosen model shows its units and blocks below. */
const RentalUnitsPage = () => {
  const { t, i18n } = useTranslation()
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const [editing, setEditing] = useState<AdminRentalModel | "new" | null>(null)
  const [selected, setSelected] = useState<string | null>(null)
  const { data, isPending, error } = useRentalModels({ q: q.trim(), limit: PAGE, offset })
  const groups = useCustomerGroups()
  const chosen = data?.models.find((model) => model.id === selected) ?? null
  const rateText = (model: AdminRentalModel) =>
    model.rates
      .map((rate) => {
        const money = (amount: number | null) => (amount === null ? "—" : formatMoney(amount, rate.currency_code, i18n.language))
        const group = rate.customer_group_id && (groups.data?.customer_groups.find((g) => g.id === rate.customer_group_id)?.name ?? rate.customer_group_id)
        return `${group ? `${t(k("groupRate"), { group })}: ` : ""}${t(k("dayRate"))} ${money(rate.day_rate)} · ${t(k("weekRate"))} ${money(rate.week_rate)} · ${t(k("monthRate"))} ${money(rate.month_rate)} · ${t(k("deposit"))} ${money(rate.deposit)}`
      })
      .join(" | ")

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="rental-units-page">
        <PageHeader title={t(k("title"))} subtitle={t(k("subtitle"))}>
          <Button size="small" variant="secondary" asChild>
            <Link to="/client-portal/rentals">{t("clientPortal.rentals.menu")}</Link>
          </Button>
          <Button size="small" onClick={() => setEditing("new")} data-testid="model-create">
            {t(k("createModel"))}
          </Button>
        </PageHeader>
        <div className="px-6 py-4">
          <SearchInput
            label={t("clientPortal.rentals.search")}
            value={q}
            onChange={(value) => {
              setQ(value)
              setOffset(0)
            }}
          />
        </div>
        <QueryState isPending={isPending} error={error} isEmpty={!data?.models.length} empty={t(k("noModels"))}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t(k("model"))}</Table.HeaderCell>
                <Table.HeaderCell>{t(k("rates"))}</Table.HeaderCell>
                <Table.HeaderCell>{t(k("buffer"))}</Table.HeaderCell>
                <Table.HeaderCell>{t(k("unitsHeader"))}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data?.models.map((model) => (
                <Table.Row key={model.id} className={selected === model.id ? "bg-ui-bg-highlight" : undefined} data-testid="model-row">
                  <Table.Cell>
                    <button type="button" className="text-left text-ui-fg-interactive hover:underline" onClick={() => setSelected(model.id)}>
                      {model.title}
                    </button>
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal">{rateText(model) || "—"}</Table.Cell>
                  <Table.Cell>{model.buffer_hours} h</Table.Cell>
                  <Table.Cell>{t(k("unitCount"), { count: model.units_total })}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => setEditing(model)}>
                      {t(k("editModel"))}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
        </QueryState>
      </Container>
      {chosen ? <UnitsSection model={chosen} /> : null}
      {editing ? <ModelDrawer model={editing === "new" ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  )
}

export default RentalUnitsPage
