import { getTranslations } from "next-intl/server"
import { SectionIcon } from "@/components/portal/section-icon"
import { featuredSections } from "@/components/portal/sections"

/** What clients find in their portal, one card per section. */
export async function FeatureGrid() {
  const t = await getTranslations("Landing")

  return (
    <section aria-labelledby="features-title" className="mx-auto w-full max-w-7xl px-4 py-12 sm:px-6 lg:px-8">
      <h2 id="features-title" className="text-xl font-semibold text-slate-900 sm:text-2xl">
        {t("featuresTitle")}
      </h2>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {featuredSections.map((section) => (
          <li key={section} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <span className="flex size-10 items-center justify-center rounded-lg bg-brand-50 text-brand-700">
              <SectionIcon section={section} className="size-5" />
            </span>
            <h3 className="mt-4 font-semibold text-slate-900">{t(`features.${section}.title`)}</h3>
            <p className="mt-1 text-sm leading-6 text-slate-600">{t(`features.${section}.text`)}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
