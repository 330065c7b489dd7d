import { getTranslations } from "next-intl/server"
import { SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { SiteList } from "@/components/sites/site-list"
import { Link } from "@/i18n/navigation"
import { listSites, SITES_PAGE_SIZE } from "@/lib/data/sites"

export const generateMetadata = sectionMetadata("sites")

type SitesPageProps = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

/** The sites the person may see, with a search and pages: a GET form and links, no JavaScript needed. */
export default async function SitesPage({ searchParams }: SitesPageProps) {
  const params = await searchParams
  const q = single(params.q).slice(0, 100)
  const page = Math.max(1, Math.floor(Number(single(params.page)) || 1))
  const [list, t] = await Promise.all([listSites(q, (page - 1) * SITES_PAGE_SIZE, SITES_PAGE_SIZE), getTranslations("Sites")])
  const pages = Math.max(1, Math.ceil(list.count / SITES_PAGE_SIZE))
  const query = (target: number) => ({ ...(q ? { q } : {}), ...(target > 1 ? { page: String(target) } : {}) })

  return (
    <>
      <SectionHeader section="sites" />
      <form role="search" className="mt-6 flex flex-col gap-2 sm:flex-row" method="get">
        <label htmlFor="sites-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="sites-q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder={t("searchPlaceholder")}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm sm:max-w-sm"
        />
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {t("search")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {q ? t("resultsFor", { count: list.count, q }) : t("count", { count: list.count })}
      </p>
      <div className="mt-4">
        <SiteList sites={list.sites} testId="sites-list" />
      </div>
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={{ pathname: "/sites", query: query(page - 1) }} className="font-medium text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t("pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={{ pathname: "/sites", query: query(page + 1) }} className="font-medium text-brand-700 underline">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
