import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

type Href = { pathname: string; query: Record<string, string> }

/** Previous / "page 2 of 5" / next, as plain links (no JavaScript needed). */
export async function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => Href }) {
  const t = await getTranslations("Support")
  if (pages <= 1) return null
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="font-medium text-brand-700 underline">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} className="font-medium text-brand-700 underline">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

export function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

export function pageOf(value: string | string[] | undefined): number {
  return Math.max(1, Math.floor(Number(single(value)) || 1))
}
