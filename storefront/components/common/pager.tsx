import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

type Href = { pathname: string; query: Record<string, string> }

/**
 * The pages of a list: previous, "Page 2 of 5" (the current page, `aria-current`), next, as plain links in a
 * labelled navigation landmark, so paging works without JavaScript and a screen reader finds it by name.
 */
export function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => Href }) {
  const t = useTranslations("Common")
  if (pages <= 1) return null
  const link = "inline-flex min-h-11 items-center font-medium text-brand-700 underline"
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page" className="text-slate-600">
        {t("pageOf", { page, pages })}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** A search parameter as one trimmed string. */
export function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

/** The 1-based page number of `?page=`, 1 when absent or malformed. */
export function pageOf(value: string | string[] | undefined): number {
  return Math.max(1, Math.floor(Number(single(value)) || 1))
}
