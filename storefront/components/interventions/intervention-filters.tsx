import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { INTERVENTION_STATUSES, type InterventionStatus } from "@/lib/data/interventions"

export type InterventionFilterValues = { status: InterventionStatus | ""; site: string; equipment: string; from: string; to: string }

type Option = { id: string; name: string }

const control = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600"

/**
 * Filters of the interventions page as a plain GET form (status, site, machine, period): the address holds
 * them, so they work without JavaScript, survive a reload and can be shared.
 */
export async function InterventionFilters({ values, sites, equipment }: { values: InterventionFilterValues; sites: Option[]; equipment: Option[] }) {
  const t = await getTranslations("Interventions")
  const filtered = Boolean(values.status || values.site || values.equipment || values.from || values.to)
  return (
    <form role="search" aria-label={t("filters.label")} method="get" className="mt-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="intervention-filters">
      <div>
        <label htmlFor="iv-status" className="text-sm font-medium text-slate-900">
          {t("filters.status")}
        </label>
        <select id="iv-status" name="status" defaultValue={values.status} className={control}>
          <option value="">{t("filters.anyStatus")}</option>
          {INTERVENTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {sites.length > 1 ? (
        <div>
          <label htmlFor="iv-site" className="text-sm font-medium text-slate-900">
            {t("filters.site")}
          </label>
          <select id="iv-site" name="site" defaultValue={values.site} className={control}>
            <option value="">{t("filters.allSites")}</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {equipment.length ? (
        <div>
          <label htmlFor="iv-equipment" className="text-sm font-medium text-slate-900">
            {t("filters.equipment")}
          </label>
          <select id="iv-equipment" name="equipment" defaultValue={values.equipment} className={control}>
            <option value="">{t("filters.allEquipment")}</option>
            {equipment.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="iv-from" className="text-sm font-medium text-slate-900">
          {t("filters.from")}
        </label>
        <input id="iv-from" name="from" type="date" defaultValue={values.from} className={control} />
      </div>
      <div>
        <label htmlFor="iv-to" className="text-sm font-medium text-slate-900">
          {t("filters.to")}
        </label>
        <input id="iv-to" name="to" type="date" defaultValue={values.to} className={control} />
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className="rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700">
          {t("filters.apply")}
        </button>
        {filtered ? (
          <Link href="/interventions" className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {t("filters.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  )
}
