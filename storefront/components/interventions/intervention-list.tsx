import { getFormatter, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { InterventionListItem } from "@/lib/data/interventions"
import { formatWindow } from "./format"
import { InterventionStatusBadge } from "./status-badge"

/** Interventions as rows linking to their page; used by the interventions, machine and site pages. */
export async function InterventionList({ items, testId = "intervention-list" }: { items: InterventionListItem[]; testId?: string }) {
  const [t, format] = await Promise.all([getTranslations("Interventions"), getFormatter()])
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      {items.map((item) => {
        const window = formatWindow(format, item.scheduled_start, item.scheduled_end)
        return (
          <li key={item.id}>
            <Link
              href={`/interventions/${item.id}`}
              data-testid="intervention-link"
              className="flex flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between"
            >
              <span className="min-w-0">
                <span className="block font-semibold break-words text-slate-900">
                  {item.number}
                  {item.type ? <span className="font-normal text-slate-600"> · {item.type.name}</span> : null}
                </span>
                <span className="mt-0.5 line-clamp-2 block text-sm break-words text-slate-700">{item.description}</span>
                <span className="mt-0.5 block text-sm text-slate-600">
                  {window
                    ? t("list.scheduled", { window, technician: item.technician?.name ?? t("list.noTechnician") })
                    : t("list.requested", { date: format.dateTime(new Date(item.created_at), { dateStyle: "medium" }) })}
                </span>
              </span>
              <InterventionStatusBadge status={item.status} />
            </Link>
          </li>
        )
      })}
    </ul>
  )
}

/** The interventions section of a machine's or a site's page: the latest few, a link to all, and a request button. */
export async function RelatedInterventions({
  items,
  count,
  allHref,
  requestHref,
}: {
  items: InterventionListItem[]
  count: number
  allHref: { pathname: string; query: Record<string, string> }
  requestHref: { pathname: string; query: Record<string, string> } | null
}) {
  const t = await getTranslations("Interventions")
  return (
    <section aria-labelledby="related-interventions-title" className="mt-10" data-testid="related-interventions">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="related-interventions-title" className="text-lg font-semibold text-slate-900">
          {t("related.title", { count })}
        </h2>
        <span className="flex flex-wrap gap-4 text-sm">
          {count > items.length ? (
            <Link href={allHref} className="font-medium text-brand-700 underline underline-offset-2">
              {t("related.all")}
            </Link>
          ) : null}
          {requestHref ? (
            <Link href={requestHref} className="font-medium text-brand-700 underline underline-offset-2" data-testid="related-request">
              {t("related.request")}
            </Link>
          ) : null}
        </span>
      </div>
      <div className="mt-3">
        {items.length ? (
          <InterventionList items={items} testId="related-intervention-list" />
        ) : (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("related.none")}</p>
        )}
      </div>
    </section>
  )
}
