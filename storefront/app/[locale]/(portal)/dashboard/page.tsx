import { getTranslations } from "next-intl/server"
import { SectionEmptyState, SectionHeader, sectionMetadata } from "@/components/portal/section-page"
import { SectionIcon } from "@/components/portal/section-icon"
import { featuredSections, sectionHref } from "@/components/portal/sections"
import { Link } from "@/i18n/navigation"
import { customerDisplayName, retrieveCustomer } from "@/lib/data/customer"

export const generateMetadata = sectionMetadata("dashboard")

export default async function DashboardPage() {
  const [lookup, t, tPortal] = await Promise.all([
    retrieveCustomer(),
    getTranslations("Dashboard"),
    getTranslations("Portal"),
  ])
  const name = lookup.status === "signed-in" ? customerDisplayName(lookup.customer) : undefined

  return (
    <>
      <SectionHeader section="dashboard" title={name ? t("greeting", { name }) : t("greetingNoName")} />
      <SectionEmptyState section="dashboard" />
      <section aria-labelledby="shortcuts-title" className="mt-10">
        <h2 id="shortcuts-title" className="text-lg font-semibold text-slate-900">
          {t("shortcutsTitle")}
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
          {featuredSections.map((section) => (
            <li key={section}>
              <Link
                href={sectionHref(section)}
                className="flex items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 font-medium text-slate-800 shadow-sm hover:border-brand-600 hover:text-brand-800"
              >
                <SectionIcon section={section} className="size-5 text-brand-700" />
                {tPortal(`sections.${section}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
