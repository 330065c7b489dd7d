import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { EquipmentListItem } from "@/lib/data/fleet"
import { DueBadge, EquipmentStatusBadge } from "./badges"

/** "Brand Model · SN 123", leaving out what is unknown. */
export function equipmentSubtitle(item: Pick<EquipmentListItem, "brand" | "model" | "serial_number">, serialLabel: string): string {
  const make = [item.brand, item.model].filter(Boolean).join(" ")
  return [make, item.serial_number ? `${serialLabel} ${item.serial_number}` : null].filter(Boolean).join(" · ")
}

/** Machines as rows linking to their page, with status and due badges; used by the fleet, site and dashboard pages. */
export async function EquipmentList({ items, testId, showSite = false }: { items: EquipmentListItem[]; testId?: string; showSite?: boolean }) {
  const t = await getTranslations("Fleet")
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      {items.map((item) => {
        const subtitle = equipmentSubtitle(item, t("serialShort"))
        return (
          <li key={item.id}>
            <Link
              href={`/fleet/${item.id}`}
              data-testid="equipment-link"
              className="flex flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between"
            >
              <span className="min-w-0">
                <span className="block font-semibold break-words text-slate-900">{item.name}</span>
                {subtitle ? <span className="mt-0.5 block text-sm break-words text-slate-600">{subtitle}</span> : null}
                {showSite && item.site ? <span className="mt-0.5 block text-sm text-slate-500">{item.site.name}</span> : null}
              </span>
              <span className="flex flex-wrap items-center gap-2 sm:justify-end">
                <EquipmentStatusBadge status={item.status} />
                <DueBadge due={item.next_due} />
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}

type SiteGroup = { key: string; site: { id: string; name: string } | null; items: EquipmentListItem[] }

/** The page's machines under their site, sites in the order they first appear (the backend's order). */
export function groupBySite(items: EquipmentListItem[]): SiteGroup[] {
  const groups = new Map<string, SiteGroup>()
  for (const item of items) {
    const key = item.site?.id ?? ""
    const group = groups.get(key) ?? { key, site: item.site, items: [] }
    group.items.push(item)
    groups.set(key, group)
  }
  return [...groups.values()]
}
