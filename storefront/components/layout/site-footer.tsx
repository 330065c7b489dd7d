import { getTranslations } from "next-intl/server"
import type { Branding } from "@/lib/data/branding"

export async function SiteFooter({ branding }: { branding: Branding }) {
  const t = await getTranslations("Footer")
  const year = new Date().getFullYear()

  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between sm:px-6 lg:px-8">
        <p>{t("copyright", { year, name: branding.name })}</p>
        {branding.support_email ? (
          <p>
            <a
              href={`mailto:${branding.support_email}`}
              className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
            >
              {t("support", { email: branding.support_email })}
            </a>
          </p>
        ) : (
          <p>{t("privacy")}</p>
        )}
      </div>
    </footer>
  )
}
