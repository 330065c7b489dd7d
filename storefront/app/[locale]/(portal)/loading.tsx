import { useTranslations } from "next-intl"

/** Skeleton of a section page while its data loads (the shell stays). */
export default function PortalLoading() {
  const t = useTranslations("Common")

  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true">
        <div className="border-b border-slate-200 pb-5">
          <div className="h-8 w-48 rounded-md bg-slate-200" />
          <div className="mt-3 h-4 w-72 max-w-full rounded bg-slate-200" />
        </div>
        <div className="mt-8 space-y-3">
          {[0, 1, 2, 3].map((row) => (
            <div key={row} className="h-16 rounded-xl bg-slate-200/70" />
          ))}
        </div>
      </div>
    </div>
  )
}
