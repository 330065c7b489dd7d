import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { describeError } from "@/lib/data/client"
import { listDocuments, portalFileHref, type StoreDocument } from "@/lib/data/support"

/** Documents shown on a site's page before "all documents". */
const SITE_DOCUMENTS = 10

async function siteDocuments(siteId: string): Promise<StoreDocument[] | null> {
  try {
    return (await listDocuments({ site_id: siteId, limit: SITE_DOCUMENTS })).documents
  } catch (error) {
    // The site's page stays useful without its documents.
    console.warn(`[portal] site documents: ${describeError(error)}`)
    return null
  }
}

/**
 * A site's documents, its contract first (the "supply point" with its contract), each downloadable: opening
 * one goes through the portal, which records the member's read.
 */
export async function SiteDocuments({ siteId }: { siteId: string }) {
  const [list, t] = await Promise.all([siteDocuments(siteId), getTranslations("Support.site")])
  if (list === null) return null
  const sorted = list.toSorted((a, b) => Number(b.category === "contract") - Number(a.category === "contract"))
  return (
    <section aria-labelledby="site-documents-title" className="mt-10">
      <h2 id="site-documents-title" className="text-lg font-semibold text-slate-900">
        {t("documentsTitle")}
      </h2>
      {sorted.length ? (
        <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="site-documents">
          {sorted.map((document) => (
            <li key={document.id} className="flex flex-wrap items-center gap-2 p-4" data-testid="site-document">
              <a href={portalFileHref(document.file.url)} className="font-medium break-words text-brand-700 underline underline-offset-2" data-testid="site-document-link">
                {document.title}
              </a>
              {document.category === "contract" ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t("contract")}</span> : null}
              {document.is_new ? <span className="rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">{t("new")}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("none")}</p>
      )}
      <p className="mt-3 text-sm">
        <Link href="/documents" className="font-medium text-brand-700 underline underline-offset-2">
          {t("allDocuments")}
        </Link>
      </p>
    </section>
  )
}
