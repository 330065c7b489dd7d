import { useTranslations } from "next-intl"
import type { DeliveryNote } from "@/lib/data/billing-contract"
import { formatDay } from "@/components/quotes/format"

/** Only web addresses become links: a carrier's tracking URL is data from outside. */
const isWebUrl = (value: string | null): value is string => !!value && /^https?:\/\//i.test(value)

/** The order's fulfilments as delivery notes: what left, when, how to follow it, and each note's PDF. */
export function DeliveryNotes({ orderId, notes, locale }: { orderId: string; notes: DeliveryNote[]; locale: string }) {
  const t = useTranslations("Billing.orders")
  const tCommon = useTranslations("Billing.common")
  return (
    <section aria-labelledby="delivery-notes" className="mt-8">
      <h2 id="delivery-notes" className="text-lg font-semibold text-slate-900">
        {t("deliveryNotes")}
      </h2>
      {notes.length ? (
        <ul className="mt-3 space-y-3" data-testid="delivery-notes">
          {notes.map((note) => (
            <li key={note.id} className="rounded-2xl border border-slate-200 bg-white p-5" data-testid="delivery-note">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold text-slate-900">{t("deliveryNote", { date: formatDay(note.created_at, locale) })}</h3>
                <a
                  href={`/api/orders/${encodeURIComponent(orderId)}/delivery-notes/${encodeURIComponent(note.id)}/pdf`}
                  className="text-sm font-medium text-brand-700 underline underline-offset-2"
                  data-testid="delivery-note-pdf"
                  download
                >
                  {t("deliveryNotePdf")}
                </a>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {[
                  note.shipped_at ? t("shippedOn", { date: formatDay(note.shipped_at, locale) }) : null,
                  note.delivered_at ? t("deliveredOn", { date: formatDay(note.delivered_at, locale) }) : null,
                  note.canceled_at ? t("canceledOn", { date: formatDay(note.canceled_at, locale) }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-800">
                {note.items.map((item, index) => (
                  <li key={`${item.sku ?? item.title}-${index}`}>
                    {item.quantity} × {item.title}
                    {item.sku ? <span className="text-slate-600"> · {tCommon("sku", { sku: item.sku })}</span> : null}
                  </li>
                ))}
              </ul>
              {note.tracking.length ? (
                <p className="mt-3 text-sm">
                  <span className="text-slate-600">{t("tracking")}: </span>
                  {note.tracking.map((track, index) =>
                    isWebUrl(track.url) ? (
                      <a
                        key={index}
                        href={track.url}
                        rel="noopener noreferrer nofollow"
                        target="_blank"
                        className="mr-3 font-medium text-brand-700 underline underline-offset-2"
                      >
                        {t("trackShipment", { number: track.number ?? "" })}
                      </a>
                    ) : track.number ? (
                      <span key={index} className="mr-3 font-medium text-slate-900">
                        {t("trackingNumber", { number: track.number })}
                      </span>
                    ) : null
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t("noDeliveryNotes")}</p>
      )}
    </section>
  )
}
