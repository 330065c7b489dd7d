import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { useRentalModels, useRentalUnits } from "../hooks/api/rentals"

/** On Medusa's product variant page: the rental units of this variant, when it is rented out. */
const VariantRentalUnitsWidget = ({ data: variant }: DetailWidgetProps<HttpTypes.AdminProductVariant>) => {
  const { t } = useTranslation()
  // The models list has no variant filter; a business rents out a few dozen models, well within one page.
  const models = useRentalModels({ limit: 100, offset: 0 })
  const model = models.data?.models.find((candidate) => candidate.variant_id === variant.id)
  const units = useRentalUnits({ model_id: model?.id, limit: 100, offset: 0 }, !!model)
  return (
    <Container className="divide-y p-0" data-testid="variant-rental-units-widget">
      <SectionHeader title={t("clientPortal.rentals.widget.variantHeading")}>
        {model ? (
          <Link to="/client-portal/rentals/units" className="txt-compact-small text-ui-fg-interactive hover:underline">
            {t("clientPortal.rentals.widget.variantUnits", { count: model.units_total, hours: model.buffer_hours })}
          </Link>
        ) : null}
      </SectionHeader>
      <QueryState
        isPending={models.isPending || (!!model && units.isPending)}
        error={models.error ?? units.error}
        isEmpty={!model || !units.data?.units.length}
        empty={t("clientPortal.rentals.widget.variantNone")}
      >
        <ul className="divide-y">
          {units.data?.units.map((unit) => (
            <li key={unit.id} className="flex items-center justify-between px-6 py-3">
              <Link to={`/client-portal/fleet/${unit.equipment_id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                {unit.name}
              </Link>
              <div className="flex items-center gap-x-2">
                <Text size="small" className="text-ui-fg-subtle">
                  {unit.serial_number}
                </Text>
                <StatusBadge color={unit.active ? "green" : "grey"}>
                  {unit.active ? t("clientPortal.rentals.units.active") : t("clientPortal.rentals.units.inactive")}
                </StatusBadge>
              </div>
            </li>
          ))}
        </ul>
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_variant.details.after" })

export default VariantRentalUnitsWidget
