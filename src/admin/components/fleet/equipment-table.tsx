import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import type { Equipment } from "../../hooks/api/fleet"
import { DueLabel, EquipmentStatusBadge } from "./badges"

/** Equipment rows linking to their page; the fleet list and the customer page's widget share it. */
export function EquipmentTable({ items, showAccount = true }: { items: Equipment[]; showAccount?: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Table data-testid="fleet-table">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("clientPortal.fleet.fields.name")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.fleet.fields.serial_number")}</Table.HeaderCell>
          {showAccount ? <Table.HeaderCell>{t("clientPortal.fleet.fields.account")}</Table.HeaderCell> : null}
          <Table.HeaderCell>{t("clientPortal.fleet.fields.site")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.fleet.fields.status")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.fleet.fields.next_due")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.id} className="cursor-pointer" onClick={() => navigate(`/client-portal/fleet/${item.id}`)}>
            <Table.Cell>
              <Link to={`/client-portal/fleet/${item.id}`} className="text-ui-fg-interactive hover:underline" onClick={(e) => e.stopPropagation()}>
                {item.name}
              </Link>
              {item.brand || item.model ? (
                <div className="txt-compact-xsmall text-ui-fg-subtle">{[item.brand, item.model].filter(Boolean).join(" ")}</div>
              ) : null}
            </Table.Cell>
            <Table.Cell>{item.serial_number}</Table.Cell>
            {showAccount ? <Table.Cell>{item.account?.name ?? "—"}</Table.Cell> : null}
            <Table.Cell>{item.site?.name ?? "—"}</Table.Cell>
            <Table.Cell>
              <EquipmentStatusBadge status={item.status} />
            </Table.Cell>
            <Table.Cell>
              <DueLabel due={item.next_due} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

/** The table's paging, with the shared translations. */
export function Pager({ count, offset, pageSize, onChange }: { count: number; offset: number; pageSize: number; onChange: (offset: number) => void }) {
  const { t } = useTranslation()
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={Math.floor(offset / pageSize)}
      pageCount={Math.max(1, Math.ceil(count / pageSize))}
      canPreviousPage={offset > 0}
      canNextPage={offset + pageSize < count}
      previousPage={() => onChange(Math.max(0, offset - pageSize))}
      nextPage={() => onChange(offset + pageSize)}
      translations={{
        of: t("clientPortal.common.of"),
        results: t("clientPortal.common.results"),
        pages: t("clientPortal.common.pages"),
        prev: t("clientPortal.common.prev"),
        next: t("clientPortal.common.next"),
      }}
    />
  )
}
