import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { TICKET_PRIORITY_ORDER } from "@/components/support/badges"
import { single } from "@/components/common/pager"
import { TicketForm } from "@/components/support/ticket-form"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { listEquipment } from "@/lib/data/fleet"
import { can, requirePortalSession, sectionEnabled } from "@/lib/data/portal"
import { listSites } from "@/lib/data/sites"
import { listTicketCategories } from "@/lib/data/support"

type NewTicketProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ site?: string | string[]; equipment?: string | string[] }>
}

export async function generateMetadata({ params }: NewTicketProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Support" })
  return { title: t("newTicket") }
}

/** Machines offered in the form; a larger fleet is reached from the machine's own page (`?equipment=`). */
const EQUIPMENT_CHOICES = 100

/** Opening a ticket: the routing rules of its category name who handles it as soon as it is sent. */
export default async function NewTicketPage({ searchParams }: NewTicketProps) {
  await assertSectionOn("support")
  const { me } = await requirePortalSession()
  if (!can(me, "request")) notFound()
  const query = await searchParams
  const [categories, sites, equipment, t] = await Promise.all([
    listTicketCategories(),
    listSites("", 0, 100),
    sectionEnabled(me, "fleet") ? listEquipment(undefined, undefined, undefined, undefined, 0, EQUIPMENT_CHOICES) : null,
    getTranslations("Support"),
  ])
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/support" className="font-medium text-brand-700 underline underline-offset-2">
          {t("backToTickets")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("newTicket")}</h1>
        <p className="mt-1 text-slate-600">{t("newTicketIntro")}</p>
      </header>
      <TicketForm
        choices={{
          categories,
          priorities: TICKET_PRIORITY_ORDER,
          sites: sites.sites.map(({ id, name }) => ({ id, name })),
          equipment: (equipment?.equipment ?? []).map(({ id, name, site }) => ({ id, name, site_name: site?.name ?? null })),
        }}
        preset={{ site_id: single(query.site) || undefined, equipment_id: single(query.equipment) || undefined }}
      />
    </>
  )
}
