import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"

/** Pages of a rentals list as links (previous / "page n of m" / next), keeping the other query parameters. */
export async function RentalPager({ page, pages, pathname, query }: { page: number; pages: number; pathname: string; query: Record<string, string> }) {
  if (pages <= 1) return null
  const t = await getTranslations("Rentals")
  const to = (target: number) => ({ pathname, query: { ...query, ...(target > 1 ? { page: String(target) } : {}) } })
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={to(page - 1)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={to(page + 1)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
