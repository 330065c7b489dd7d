import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

export default function NotFoundPage() {
  const t = useTranslations("NotFound")

  return (
    <main id="main-content" className="flex flex-1 items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-3 leading-7 text-slate-600">{t("text")}</p>
        <Link
          href="/"
          className="mt-8 inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700"
        >
          {t("home")}
        </Link>
      </div>
    </main>
  )
}
