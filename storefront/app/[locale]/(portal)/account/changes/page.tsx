import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import type { ChangeRequestStatus, FieldDecision } from "@support/contract"
import { formatMoment } from "@/components/quotes/format"
import { ChangeRequestForm } from "@/components/support/change-request-form"
import { single } from "@/components/common/pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { can, requirePortalSession } from "@/lib/data/portal"
import { getChangeForm, listChangeRequests } from "@/lib/data/support"
import { isChangeField } from "@/components/support/change-fields"

type ChangesProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ site?: string | string[] }> }

export async function generateMetadata({ params }: ChangesProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support.changes" })
  return { title: t("title") }
}

const STATUS_STYLES: Record<ChangeRequestStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  approved: "bg-green-100 text-green-800",
  partially_approved: "bg-brand-50 text-brand-800",
  rejected: "bg-red-100 text-red-800",
}
const DECISION_STYLES: Record<FieldDecision, string> = { pending: "text-amber-900", approved: "text-green-800", rejected: "text-red-800" }

/**
 * Changes to the company's or a site's data, proposed field by field: the form (current beside proposed)
 * and the account's requests with each field's outcome and the business's reason.
 */
export default async function ChangesPage({ params, searchParams }: ChangesProps) {
  const locale = toLocale((await params).locale)
  const siteParam = single((await searchParams).site)
  const [{ me }, form, requests, t] = await Promise.all([requirePortalSession(), getChangeForm(), listChangeRequests(), getTranslations("Support.changes")])
  const site = form.sites.find((s) => s.site_id === siteParam) ?? null
  const mayRequest = can(me, "request") && !me.scope.read_only
  const targetLink = (active: boolean) =>
    active ? "rounded-lg bg-brand-50 px-3 py-1.5 font-semibold text-brand-800" : "rounded-lg px-3 py-1.5 font-medium text-slate-700 underline underline-offset-2"

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/account" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>

      {mayRequest ? (
        <section aria-labelledby="change-form-title" className="mt-6">
          <h2 id="change-form-title" className="text-lg font-semibold text-slate-900">
            {t("formTitle")}
          </h2>
          <nav aria-label={t("whatToChange")} className="mt-3 flex flex-wrap gap-2 text-sm">
            <Link href="/account/changes" aria-current={site ? undefined : "page"} className={targetLink(!site)}>
              {t("company")}
            </Link>
            {form.sites.map((s) => (
              <Link key={s.site_id} href={{ pathname: "/account/changes", query: { site: s.site_id } }} aria-current={site?.site_id === s.site_id ? "page" : undefined} className={targetLink(site?.site_id === s.site_id)}>
                {s.name}
              </Link>
            ))}
          </nav>
          {site ? (
            <ChangeRequestForm key={site.site_id} target="site" siteId={site.site_id} fields={site.fields} />
          ) : (
            <ChangeRequestForm key="account" target="account" siteId={null} fields={form.account} />
          )}
        </section>
      ) : (
        <p className="mt-6 text-sm text-slate-600">{t("cannotRequest")}</p>
      )}

      <section aria-labelledby="change-history-title" className="mt-10">
        <h2 id="change-history-title" className="text-lg font-semibold text-slate-900">
          {t("historyTitle")}
        </h2>
        {requests.change_requests.length ? (
          <ul className="mt-4 space-y-4" data-testid="change-requests">
            {requests.change_requests.map((request) => (
              <li key={request.id} className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="change-request">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium text-slate-900">
                    {request.target === "site" ? t("siteTarget", { name: form.sites.find((s) => s.site_id === request.site_id)?.name ?? "—" }) : t("company")}
                    <span className="font-normal text-slate-600">
                      {" "}
                      · {formatMoment(request.created_at, locale)}
                      {request.requested_by_name ? ` · ${request.requested_by_name}` : ""}
                    </span>
                  </p>
                  <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_STYLES[request.status]}`} data-testid="change-request-status">
                    {t(`statuses.${request.status}`)}
                  </span>
                </div>
                <ul className="mt-3 space-y-1 text-sm">
                  {request.fields.map((field) => (
                    <li key={field.id}>
                      <span className="font-medium text-slate-900">{isChangeField(field.field) ? t(`fields.${field.field}`) : field.field}</span>: {field.current_value ?? "—"} → {field.proposed_value ?? "—"}{" "}
                      <span className={`font-semibold ${DECISION_STYLES[field.decision]}`}>({t(`decisions.${field.decision}`)})</span>
                      {field.reason ? <span className="block pl-4 text-slate-700">{t("reason", { reason: field.reason })}</span> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-slate-600">{t("none")}</p>
        )}
      </section>
    </>
  )
}
