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
