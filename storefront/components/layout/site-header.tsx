import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { Branding } from "@/lib/data/branding"
import { LanguageSwitch } from "./language-switch"

export async function SiteHeader({ branding }: { branding: Branding }) {
  const t = await getTranslations("Common")

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 py-3 sm:px-6 lg:px-8">
        {/* Named by the business's name as shown, so that a person who speaks a link's visible words
            reaches it (WCAG 2.5.3); the logo beside the name is decoration. */}
        <Link href="/" className="flex min-w-0 items-center gap-3 text-slate-900">
          {branding.logo_url ? (
            // A plain <img>: the logo is hosted wherever the merchant put it.
            <img src={branding.logo_url} alt="" className="h-9 w-auto max-w-40 object-contain" />
          ) : (
            <span
              aria-hidden="true"
              className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-brand-600 text-base font-bold text-white"
            >
              {initialOf(branding.name)}
            </span>
          )}
          <span className="truncate text-base font-semibold sm:text-lg">{branding.name}</span>
          <span className="sr-only">, {t("homeLink")}</span>
        </Link>
        <LanguageSwitch />
      </div>
    </header>
  )
}

function initialOf(name: string): string {
  return name.trim().charAt(0).toLocaleUpperCase() || "·"
}
