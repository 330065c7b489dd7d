import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { DetailList } from "@/components/portal/detail-list"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoney, instantToDay, today } from "@/components/rentals/dates"
import { LoanBadge, OverdueBadge, RentalStatusBadge } from "@/components/rentals/rental-badges"
import { RentalChangeForms } from "@/components/rentals/rental-change-forms"
import { RentalSlips } from "@/components/rentals/rental-slips"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { can, requirePortalSession } from "@/lib/data/portal"
import { retrieveRental } from "@/lib/data/rentals"
import { listSites } from "@/lib/data/sites"

type RentalPageProps = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<{ reserved?: string | string[] }>
}

export async function generateMetadata({ params }: RentalPageProps): Promise<Metadata> {
  const rental = await retrieveRental((await params).id)
  return rental ? { title: rental.number } : {}
}

/** One reservation: its days, models, units with serials, slips with their PDFs, charges, and the changes allowed. */
export default async function RentalPage({ params, searchParams }: RentalPageProps) {
  await assertSectionOn("rentals")
  const { id, locale: rawLocale } = await params
  const locale = toLocale(rawLocale)
  const [rental, { me }, sites, t] = await Promise.all([retrieveRental(id), requirePortalSession(), listSites("", 0, 100), getTranslations("Rentals")])
  if (!rental) notFound()
  const reserved = (await searchParams).reserved === "1"
  const money = (amount: number) => formatMoney(amount, rental.currency_code, locale)
  const from = instantToDay(rental.starts_at)
  const to = instantToDay(rental.ends_at)
  const site = sites.sites.find((candidate) => candidate.id === rental.site_id)
  const changeable = (rental.status === "requested" || rental.status === "confirmed") && can(me, "request") && !me.scope.read_only
  const chargesTotal = rental.charges.reduce((sum, charge) => sum + charge.amount, 0)

  return (
    <>
      <nav aria-label={t("detail.breadcrumb")} className="text-sm">
        <Link href="/rentals" className="font-medium text-brand-700 underline underline-offset-2">
          {t("detail.back")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" data-testid="rental-number">
            {rental.number}
          </h1>
          <p className="mt-1 text-slate-600">{t("period", { start: formatDay(from, locale, "long"), end: formatDay(to, locale, "long") })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {rental.is_loan ? <LoanBadge /> : null}
          {rental.overdue ? <OverdueBadge date={formatDay(to, locale)} /> : null}
          <RentalStatusBadge status={rental.status} />
        </div>
      </header>

      {reserved && rental.status === "requested" ? (
        <p role="status" className="mt-6 rounded-2xl border border-green-200 bg-green-50 p-4 text-green-900" data-testid="rental-reserved">
          {t("detail.reserved")}
        </p>
      ) : null}
      {rental.status === "rejected" ? (
        <section className="mt-6 rounded-2xl border border-red-200 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t("detail.rejected")}</p>
          {rental.rejection_reason ? <p className="mt-1 text-sm whitespace-pre-line">{rental.rejection_reason}</p> : null}
        </section>
      ) : null}
      {rental.status === "cancelled" ? <p className="mt-6 rounded-2xl border border-slate-200 bg-slate-50 p-4 text-slate-800">{t("detail.cancelled")}</p> : null}
      {rental.is_loan ? <p className="mt-6 rounded-2xl border border-violet-200 bg-violet-50 p-4 text-violet-950">{t("loanNotice")}</p> : null}

      <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-6">
        <DetailList
          emptyLabel={t("detail.none")}
          rows={[
            { label: t("detail.startsAt"), value: formatDay(from, locale, "full") },
            { label: t("detail.endsAt"), value: formatDay(to, locale, "full") },
            { label: t("detail.site"), value: site?.name ?? t("dates.noSite"), href: site ? `/sites/${site.id}` : undefined, internal: true },
            { label: t("detail.requestedBy"), value: rental.requested_by_name },
            { label: t("detail.estimatedTotal"), value: rental.is_loan ? null : money(rental.estimated_total) },
            { label: t("detail.depositTotal"), value: rental.is_loan ? null : money(rental.deposit_total) },
          ]}
        />
        {rental.notes ? (
          <p className="mt-4 border-t border-slate-200 pt-4 text-sm whitespace-pre-line text-slate-800">
            <span className="font-medium">{t("detail.notes")}: </span>
            {rental.notes}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="rental-lines" className="mt-8">
        <h2 id="rental-lines" className="text-lg font-semibold text-slate-900">
          {t("detail.lines")}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {rental.lines.map((line) => (
            <li key={line.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:justify-between" data-testid="rental-line">
              <span className="font-medium text-slate-900">{t("lineSummary", { quantity: line.quantity, title: line.title })}</span>
              {!rental.is_loan ? <span className="text-sm text-slate-700">{t("detail.linePrice", { price: money(line.price), deposit: money(line.deposit) })}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rental-units" className="mt-8">
        <h2 id="rental-units" className="text-lg font-semibold text-slate-900">
          {t("detail.units")}
        </h2>
        {rental.units.length ? (
          <ul className="mt-3 divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" data-testid="rental-units">
            {rental.units.map((unit) => (
              <li key={unit.id} className="p-4">
                <Link href={`/fleet/${unit.equipment_id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {unit.name}
                </Link>
                <span className="ml-2 text-sm text-slate-600">{t("detail.serial", { serial: unit.serial_number })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-slate-600">{t("detail.unitsPending")}</p>
        )}
      </section>

      <section aria-labelledby="rental-slips" className="mt-8">
        <h2 id="rental-slips" className="text-lg font-semibold text-slate-900">
          {t("detail.slips")}
        </h2>
        <RentalSlips rentalId={rental.id} slips={rental.slips} locale={locale} />
      </section>

      {!rental.is_loan ? (
        <section aria-labelledby="rental-charges" className="mt-8">
          <h2 id="rental-charges" className="text-lg font-semibold text-slate-900">
            {t("detail.charges")}
          </h2>
          {rental.charges.length ? (
            <div className="mt-3 overflow-x-auto rounded-xl border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="rental-charges">
                <thead className="bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">{t("detail.charges")}</th>
                    <th scope="col" className="px-4 py-2 font-medium">{t("detail.chargeQuantity")}</th>
                    <th scope="col" className="px-4 py-2 text-right font-medium">{t("detail.chargeAmount")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {rental.charges.map((charge) => (
                    <tr key={charge.id}>
                      <td className="px-4 py-2">
                        <span className="font-medium text-slate-900">{t(`detail.chargeKinds.${charge.kind}`)}</span>
                        <span className="block text-slate-600">{charge.description}</span>
                      </td>
                      <td className="px-4 py-2 text-slate-700">{t("detail.chargeLine", { quantity: charge.quantity, amount: money(charge.unit_amount) })}</td>
                      <td className="px-4 py-2 text-right font-medium text-slate-900">{money(charge.amount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t border-slate-200">
                    <th scope="row" colSpan={2} className="px-4 py-2 text-left font-semibold">{t("detail.chargesTotal")}</th>
                    <td className="px-4 py-2 text-right font-semibold" data-testid="charges-total">{money(chargesTotal)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          ) : (
            <p className="mt-3 text-sm text-slate-600">{t("detail.noCharges")}</p>
          )}
          {rental.order_id ? (
            <p role="status" className="mt-3 rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="rental-order">
              {t("detail.order", { number: rental.order_id })}{" "}
              <Link href="/orders" className="font-medium underline underline-offset-2">
                {t("detail.orders")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {changeable ? <RentalChangeForms rental={rental} locale={locale} from={from} to={to} minDay={today()} /> : null}
    </>
  )
}
