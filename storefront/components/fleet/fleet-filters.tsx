import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { EQUIPMENT_STATUSES, type EquipmentStatus } from "@/lib/data/fleet"

export type FleetFilterValues = { q: string; site: string; status: EquipmentStatus | ""; due: boolean }

const control = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600"

/**
 * Search and filters of the fleet page as a plain GET form: the address holds the filters, so they work
 * without JavaScript, survive a reload and can be shared.
 */
export async function FleetFilters({ values, sites }: { values: FleetFilterValues; sites: { id: string; name: string }[] }) {
  const t = await getTranslations("Fleet")
  const filtered = Boolean(values.q || values.site || values.status || values.due)
  return (
    <form role="search" method="get" className="mt-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]" data-testid="fleet-filters">
      <div>
        <label htmlFor="fleet-q" className="text-sm font-medium text-slate-900">
          {t("filters.search")}
        </label>
        <input id="fleet-q" name="q" type="search" defaultValue={values.q} placeholder={t("filters.searchPlaceholder")} className={control} />
      </div>
      {sites.length > 1 ? (
        <div>
          <label htmlFor="fleet-site" className="text-sm font-medium text-slate-900">
            {t("filters.site")}
          </label>
          <select id="fleet-site" name="site" defaultValue={values.site} className={control}>
            <option value="">{t("filters.allSites")}</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="fleet-status" className="text-sm font-medium text-slate-900">
          {t("filters.status")}
        </label>
        <select id="fleet-status" name="status" defaultValue={values.status} className={control}>
          <option value="">{t("filters.anyStatus")}</option>
          {EQUIPMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end">
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-900">
          <input type="checkbox" name="due" value="1" defaultChecked={values.due} className="size-5 rounded border-slate-300" />
          {t("filters.dueSoon")}
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        {filtered ? (
          <Link href="/fleet" className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {t("filters.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  )
}

/** Pages of a list as links (previous / "page n of m" / next), keeping the other query parameters. */
export async function Pager({ page, pages, pathname, query }: { page: number; pages: number; pathname: string; query: Record<string, string> }) {
  if (pages <= 1) return null
  const t = await getTranslations("Fleet")
  const to = (target: number) => ({ pathname, query: { ...query, ...(target > 1 ? { page: String(target) } : {}) } })
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={to(page - 1)} className="font-medium text-brand-700 underline" rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={to(page + 1)} className="font-medium text-brand-700 underline" rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
