"use client"

import { useEffect } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

type ErrorPageProps = {
  error: Error & { digest?: string }
  reset: () => void
  retry?: () => void
}

/** Shown when a page or the portal frame fails to load (backend down...). */
export default function ErrorPage({ error, reset, retry }: ErrorPageProps) {
  const t = useTranslations("Errors")

  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <main id="main-content" className="flex flex-1 items-center justify-center px-4 py-16">
      <div role="alert" className="max-w-md text-center">
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-3 leading-7 text-slate-600">{t("text")}</p>
        {error.digest ? <p className="mt-2 font-mono text-xs text-slate-500">{error.digest}</p> : null}
        <div className="mt-8 flex flex-col justify-center gap-3 sm:flex-row">
          <button
            type="button"
            onClick={() => (retry ?? reset)()}
            className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700"
          >
            {t("retry")}
          </button>
          <Link href="/" className="rounded-lg border border-slate-300 px-5 py-2.5 font-medium text-slate-800 hover:bg-slate-100">
            {t("home")}
          </Link>
        </div>
      </div>
    </main>
  )
}
