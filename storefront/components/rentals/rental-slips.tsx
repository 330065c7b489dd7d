import { getTranslations } from "next-intl/server"
import { slipPhotoUrl, type RentalSlip } from "@/lib/data/rentals"

function formatMoment(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
}

/** The exit and return slips: what left and came back, in which condition, with which readings, signed by whom. */
export async function RentalSlips({ rentalId, slips, locale }: { rentalId: string; slips: RentalSlip[]; locale: string }) {
  const t = await getTranslations("Rentals.detail")
  if (!slips.length) return <p className="mt-3 text-sm text-slate-600">{t("noSlips")}</p>
  return (
    <ul className="mt-3 space-y-4">
      {slips.map((slip) => {
        const name = t(`slipKind.${slip.kind}`, { number: slip.number })
        return (
          <li key={slip.id} className="rounded-2xl border border-slate-200 bg-white p-5" data-testid={`slip-${slip.kind}`}>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div>
                <h3 className="font-semibold text-slate-900">{name}</h3>
                <p className="text-sm text-slate-600">{t("slipDate", { date: formatMoment(slip.performed_at, locale) })}</p>
              </div>
              <a
                href={`/api/rentals/${encodeURIComponent(rentalId)}/slips/${encodeURIComponent(slip.id)}`}
                className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-2"
                aria-label={t("slipPdfOf", { name })}
                data-testid="slip-pdf"
                download
              >
                {t("slipPdf")}
              </a>
            </div>
            {slip.damage || slip.missing_items ? (
              <p className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="slip-damage">
                {slip.damage ? <span className="block font-medium">{t("damage")}</span> : null}
                {slip.missing_items ? <span className="block">{t("missing", { items: slip.missing_items })}</span> : null}
              </p>
            ) : null}
            {slip.condition_notes ? (
              <p className="mt-3 text-sm whitespace-pre-line text-slate-800">
                <span className="font-medium">{t("condition")}: </span>
                {slip.condition_notes}
              </p>
            ) : null}
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {slip.units.map((unit) => (
                <li key={unit.unit_id} className="py-2">
                  <p className="font-medium text-slate-900">
                    {unit.name} · {t("serial", { serial: unit.serial_number })}
                  </p>
                  {unit.condition ? <p className="text-slate-700">{unit.condition}</p> : null}
                  {unit.readings.length ? (
                    <p className="text-slate-700" data-testid="slip-reading">
                      <span className="sr-only">{t("readings")}: </span>
                      {unit.readings.map((reading) => t("reading", { meter: reading.meter_name, value: reading.value, unit: reading.unit })).join(" · ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
            <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-slate-500">{t("clientSignature")}</dt>
                <dd className="font-medium text-slate-900">{slip.client_signature_name ?? t("none")}</dd>
              </div>
              <div>
                <dt className="text-slate-500">{t("staffSignature")}</dt>
                <dd className="font-medium text-slate-900">{slip.staff_signature_name ?? t("none")}</dd>
              </div>
            </dl>
            {slip.photos.length ? (
              <figure className="mt-3">
                <figcaption className="text-sm font-medium text-slate-900">{t("photos")}</figcaption>
                <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="slip-photos">
                  {slip.photos.map((photo, index) => {
                    const alt = t("photoAlt", { slip: name, index: index + 1, count: slip.photos.length, file: photo.name })
                    return (
                      <li key={photo.file_id}>
                        <a
                          href={slipPhotoUrl(rentalId, photo.file_id)}
                          target="_blank"
                          rel="noopener"
                          className="block overflow-hidden rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
                          aria-label={t("photoOpen", { alt })}
                        >
                          {/* A plain <img>: a private file the portal's route streams with the client's cookie. */}
                          <img src={slipPhotoUrl(rentalId, photo.file_id)} alt={alt} loading="lazy" className="aspect-square w-full bg-slate-100 object-cover" />
                        </a>
                      </li>
                    )
                  })}
                </ul>
              </figure>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
