import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { toLocale } from "@/i18n/routing"
import { getPortalSession } from "@/lib/data/portal"
import { SectionIcon } from "./section-icon"
import { isSectionOn, type PortalSection } from "./sections"

type SectionRouteProps = { params: Promise<{ locale: string }> }

/** `generateMetadata` for a section page: its translated title. */
export function sectionMetadata(section: PortalSection) {
  return async function generateMetadata({ params }: SectionRouteProps): Promise<Metadata> {
    const locale = toLocale((await params).locale)
    const t = await getTranslations({ locale, namespace: "Portal" })
    return { title: t(`sections.${section}`) }
  }
}

/** A section's heading: translated title and one-line introduction. */
export async function SectionHeader({ section, title }: { section: PortalSection; title?: string }) {
  const [tPortal, tSections] = await Promise.all([getTranslations("Portal"), getTranslations("Sections")])

  return (
    <header className="border-b border-slate-200 pb-5">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {title ?? tPortal(`sections.${section}`)}
      </h1>
      <p className="mt-1 text-slate-600">{tSections(`${section}.intro`)}</p>
    </header>
  )
}

/** The "nothing here yet" panel of a section, with its own explanation. */
export async function SectionEmptyState({ section, children }: { section: PortalSection; children?: ReactNode }) {
  const t = await getTranslations("Sections")

  return (
    <div className="mt-8 flex flex-col items-center rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-12 text-center sm:py-16">
      <span className="flex size-14 items-center justify-center rounded-full bg-brand-50 text-brand-700">
        <SectionIcon section={section} className="size-7" />
      </span>
      <h2 className="mt-4 text-lg font-semibold text-slate-900">{t(`${section}.emptyTitle`)}</h2>
      <p className="mt-2 max-w-md text-sm leading-6 text-slate-600">{t(`${section}.emptyText`)}</p>
      {children}
    </div>
  )
}

/** A section staff switched off is not there at all: its address answers the not-found page. */
export async function assertSectionOn(section: PortalSection): Promise<void> {
  const session = await getPortalSession()
  if (session.status === "signed-in" && !isSectionOn(section, session.me.settings.sections)) {
    notFound()
  }
}

/** A whole placeholder section page: heading and empty state. */
export async function SectionPage({ section }: { section: PortalSection }) {
  await assertSectionOn(section)
  return (
    <>
      <SectionHeader section={section} />
      <SectionEmptyState section={section} />
    </>
  )
}
