import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { RequestForm } from "@/components/interventions/request-form"
import { assertSectionOn } from "@/components/portal/section-page"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { listEquipment } from "@/lib/data/fleet"
import { listInterventionTypes } from "@/lib/data/interventions"
import { can, personName, requirePortalSession, sectionEnabled } from "@/lib/data/portal"
import { listSites } from "@/lib/data/sites"

type NewInterventionProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ site?: string | string[]; equipment?: string | string[] }>
}

export async function generateMetadata({ params }: NewInterventionProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Interventions.request" })
  return { title: t("title") }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 64) ?? ""

/**
 * Requesting an intervention. `?site=` and `?equipment=` (from a site's or a machine's page) pre-select
 * them; the address and contact come from the site, else from the member. Read-only sessions cannot ask.
 */
export default async function NewInterventionPage({ searchParams }: NewInterventionProps) {
  await assertSectionOn("interventions")
  const { me } = await requirePortalSession()
  if (!can(me, "request") || me.scope.read_only || me.scope.intervention_id !== null) notFound()
  const query = await searchParams
  const [sites, equipment, t] = await Promise.all([
    listSites("", 0, 100),
    sectionEnabled(me, "fleet") ? listEquipment(undefined, undefined, false, undefined, 0, 100) : null,
    getTranslations("Interventions.request"),
  ])
  const machines = equipment?.equipment ?? []
  const chosenEquipment = machines.find((item) => item.id === first(query.equipment))
  const siteId = chosenEquipment?.site_id ?? (sites.sites.some((site) => site.id === first(query.site)) ? first(query.site) : (sites.sites[0]?.id ?? ""))
  const types = await listInterventionTypes(siteId || undefined, chosenEquipment?.id)
  const member = {
    name: (me.member && personName(me.member)) ?? "",
    phone: me.member?.phone ?? "",
    email: me.member?.email ?? "",
  }

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/interventions" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
      {sites.sites.length ? (
        <RequestForm
          sites={sites.sites}
          equipment={machines.map(({ id, name, site_id }) => ({ id, name, site_id }))}
          types={types.map(({ id, name, title, short_description, bookable }) => ({ id, name, title, short_description, bookable }))}
          member={member}
          initialSiteId={siteId}
          initialEquipmentId={chosenEquipment?.id ?? ""}
        />
      ) : (
        <p className="mt-6 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("noSite")}</p>
      )}
    </>
  )
}
