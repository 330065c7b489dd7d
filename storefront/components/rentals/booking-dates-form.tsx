import { getTranslations } from "next-intl/server"
import type { DatesError } from "./dates"

const control =
  "mt-1 block w-full min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-invalid:border-red-600"

type BookingDatesFormProps = {
  values: { from: string; to: string; site: string }
  sites: { id: string; name: string }[]
  minDay: string
  error: DatesError | null
  /** The backend's refusal of valid-looking dates (too long, too soon), shown under the form. */
  refusal: string | null
}

/**
 * The first step of a booking, as on a car-rental site: the days and the delivery site, as a plain GET form
 * (the address keeps the choice, works without JavaScript and can be shared). Native date inputs give
 * keyboard entry and the phone's own date picker.
 */
export async function BookingDatesForm({ values, sites, minDay, error, refusal }: BookingDatesFormProps) {
  const t = await getTranslations("Rentals.dates")
  const fieldOf: Record<DatesError, "from" | "to"> = { from_invalid: "from", past: "from", to_invalid: "to", order: "to" }
  const invalid = (field: "from" | "to") =>
    error && fieldOf[error] === field ? { "aria-invalid": true as const, "aria-describedby": "booking-dates-error booking-dates-hint" } : { "aria-describedby": "booking-dates-hint" }
  return (
    <form method="get" className="mt-6 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="booking-dates">
      <fieldset>
        <legend className="text-lg font-semibold text-slate-900">{t("legend")}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_1.5fr_auto] lg:items-end">
          <div>
            <label htmlFor="booking-from" className="text-sm font-medium text-slate-900">
              {t("from")}
            </label>
            <input id="booking-from" name="from" type="date" required min={minDay} defaultValue={values.from} className={control} {...invalid("from")} />
          </div>
          <div>
            <label htmlFor="booking-to" className="text-sm font-medium text-slate-900">
              {t("to")}
            </label>
            <input id="booking-to" name="to" type="date" required min={minDay} defaultValue={values.to} className={control} {...invalid("to")} />
          </div>
          <div>
            <label htmlFor="booking-site" className="text-sm font-medium text-slate-900">
              {t("site")}
            </label>
            <select id="booking-site" name="site" defaultValue={values.site} className={control}>
              <option value="">{t("noSite")}</option>
              {sites.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 sm:col-span-2 lg:col-span-1"
            data-testid="booking-search"
          >
            {t("submit")}
          </button>
        </div>
        <p id="booking-dates-hint" className="mt-3 text-sm text-slate-600">
          {t("hint")}
        </p>
      </fieldset>
      {error || refusal ? (
        <div id="booking-dates-error" role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="booking-dates-error">
          <p className="font-medium">{error ? t(`errors.${error}`) : t("errors.refused")}</p>
          {refusal ? <p className="mt-1">{refusal}</p> : null}
        </div>
      ) : null}
    </form>
  )
}
