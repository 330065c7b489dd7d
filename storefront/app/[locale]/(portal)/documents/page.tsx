import { getTranslations } from "next-intl/server"
import type { DocumentCategory } from "@support/contract"
import { SectionEmptyState, SectionHeader, assertSectionOn, sectionMetadata } from "@/components/portal/section-page"
import { formatDay } from "@/components/quotes/format"
import { formatBytes } from "@/components/support/attachment-rules"
import { Pager, pageOf, single } from "@/components/common/pager"
import { toLocale } from "@/i18n/routing"
import { DOCUMENTS_PAGE_SIZE, listDocuments, portalFileHref, type StoreDocument } from "@/lib/data/support"

export const generateMetadata = sectionMetadata("documents")

/** Every category of the contract once, in the order the library shows them (a new one fails the type check). */
const CATEGORY_RANK: Record<DocumentCategory, number> = { contract: 0, technical: 1, commercial: 2, price_list: 3, template: 4 }
const CATEGORIES = (Object.keys(CATEGORY_RANK) as DocumentCategory[]).sort((a, b) => CATEGORY_RANK[a] - CATEGORY_RANK[b])

type DocumentsPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ category?: string | string[]; q?: string | string[]; new?: string | string[]; page?: string | string[] }>
}

const inputClass = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"

/**
 * The documents the business shares with the account, by category, with search. A document shows "new"
 * until the member opens its current version (opening goes through the portal, which records the read).
 */
export default async function DocumentsPage({ params, searchParams }: DocumentsPageProps) {
  await assertSectionOn("documents")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const category = CATEGORIES.find((c) => c === single(query.category))
  const q = single(query.q)
  const onlyNew = single(query.new) === "1"
  const page = pageOf(query.page)
  const [list, t] = await Promise.all([
    listDocuments({ category, q: q || undefined, isNew: onlyNew, offset: (page - 1) * DOCUMENTS_PAGE_SIZE }),
    getTranslations("Support.documents"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / DOCUMENTS_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/documents",
    query: {
      ...(category ? { category } : {}),
      ...(q ? { q } : {}),
      ...(onlyNew ? { new: "1" } : {}),
      ...(target > 1 ? { page: String(target) } : {}),
    },
  })
  const groups = CATEGORIES.map((c) => ({ category: c, documents: list.documents.filter((d) => d.category === c) })).filter((g) => g.documents.length)

  return (
    <>
      <SectionHeader section="documents" />
      <form className="mt-6 grid gap-3 sm:grid-cols-4 sm:items-end" method="get" role="search" aria-label={t("filterLabel")}>
        <div className="sm:col-span-2">
          <label htmlFor="documents-q" className="block text-sm font-medium text-slate-900">
            {t("search")}
          </label>
          <input id="documents-q" name="q" type="search" defaultValue={q} className={inputClass} />
        </div>
        <div>
          <label htmlFor="documents-category" className="block text-sm font-medium text-slate-900">
            {t("category")}
          </label>
          <select id="documents-category" name="category" defaultValue={category ?? ""} className={inputClass}>
            <option value="">{t("allCategories")}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-2 text-sm text-slate-900">
            <input type="checkbox" name="new" value="1" defaultChecked={onlyNew} className="size-4" />
            {t("onlyNew")}
          </label>
          <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
            {t("filter")}
          </button>
        </div>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.count, fresh: list.new_count })}
      </p>
      {groups.length ? (
        groups.map((group) => (
          <section key={group.category} aria-labelledby={`documents-${group.category}`} className="mt-6">
            <h2 id={`documents-${group.category}`} className="text-lg font-semibold text-slate-900">
              {t(`categories.${group.category}`)}
            </h2>
            <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="documents-list">
              {group.documents.map((document) => (
                <DocumentRow key={document.id} document={document} locale={locale} />
              ))}
            </ul>
          </section>
        ))
      ) : q || category || onlyNew ? (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">{t("emptyFiltered")}</p>
      ) : (
        <SectionEmptyState section="documents" />
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  )
}

async function DocumentRow({ document, locale }: { document: StoreDocument; locale: string }) {
  const t = await getTranslations("Support.documents")
  const validity = document.valid_until ? t("validUntil", { date: formatDay(document.valid_until, locale) }) : null
  return (
    <li className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="document-row" data-new={document.is_new}>
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2">
          <a href={portalFileHref(document.file.url)} className="font-semibold break-words text-brand-700 underline underline-offset-2" data-testid="document-link">
            {document.title}
          </a>
          {document.is_new ? (
            <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="document-new">
              {document.version > 1 ? t("updatedBadge") : t("newBadge")}
            </span>
          ) : null}
        </p>
        {document.description ? <p className="mt-1 text-sm text-slate-700">{document.description}</p> : null}
        <p className="mt-1 text-xs text-slate-600">
          {t("version", { version: document.version })}
          {document.published_at ? ` · ${t("published", { date: formatDay(document.published_at, locale) })}` : ""}
          {validity ? ` · ${validity}` : ""} · {formatBytes(document.file.size, locale)}
        </p>
      </div>
    </li>
  )
}
