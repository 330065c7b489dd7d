import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { FLEET_MODULE } from "../../src/modules/fleet"
import type FleetModuleService from "../../src/modules/fleet/service"
import { SUPPORT_MODULE } from "../../src/modules/support"
import type SupportModuleService from "../../src/modules/support/service"
import type { DocumentCategory } from "../../src/modules/support/statuses"
import { addDocumentVersionWorkflow } from "../../src/workflows/support/add-document-version"
import { publishDocumentWorkflow, type PublishDocumentInput } from "../../src/workflows/support/publish-document"
import type { DemoCompany } from "./catalog"
import { DEMO_PDF } from "./support"

type Locale = DemoCompany["locale"]
const t = (en: string, fr: string, it: string, sk: string): Record<Locale, string> => ({ en, fr, it, sk })
const pdf = (filename: string) => ({ filename, mime_type: "application/pdf", content: DEMO_PDF })
const year = new Date().getUTCFullYear()
const startOfYear = (y: number) => new Date(Date.UTC(y, 0, 1))
const endOfYear = (y: number) => new Date(Date.UTC(y, 11, 31, 23, 59, 59))

type Published = { id: string; version: number }

/**
 * The demo's documents library: for every client, general terms (two versions), this year's price list and a
 * request template; for each demo company, a service agreement, a supply contract per site (the flexiit
 * "supply point" with its contract, valid this year) and a machine's operating manual (two versions), titled
 * in the company's language. The first member has read the general terms' first version (so they show as
 * updated) and their first site's contract; the second member has read nothing. A database that already has
 * documents is left alone.
 */
export async function seedDocuments(container: MedusaContainer, companies: DemoCompany[], staffEmail: string): Promise<number> {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  if ((await support.listSharedDocuments({}, { select: ["id"], take: 1, withDeleted: true })).length) return 0
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const [staff] = await container.resolve(Modules.USER).listUsers({ email: staffEmail })
  let created = 0

  const publish = async (input: Omit<PublishDocumentInput, "published_by" | "note" | "valid_from" | "valid_until" | "description"> & Partial<PublishDocumentInput>): Promise<Published> => {
    const { result } = await publishDocumentWorkflow(container).run({
      input: { description: null, valid_from: null, valid_until: null, note: null, published_by: staff?.id ?? null, ...input },
    })
    created++
    return result
  }
  type Audience = { audience: string; account_id: string | null; site_id: string | null; equipment_id: string | null }
  const newVersion = async (document: Published, title: string, audience: Audience, filename: string, note: string) => {
    const { result } = await addDocumentVersionWorkflow(container).run({
      input: {
        document_id: document.id,
        note,
        published_by: staff?.id ?? null,
        upload: pdf(filename),
        shared_with: { title, ...audience },
        lock_owner: `seed-${document.id}`,
      },
    })
    return result
  }
  const everyone = (title: string, category: DocumentCategory, filename: string, extra: Partial<PublishDocumentInput> = {}) =>
    publish({ title, category, audience: "all", account_id: null, site_id: null, equipment_id: null, upload: pdf(filename), ...extra })

  const terms = await everyone("General terms of rental and service", "commercial", "general-terms-v1.pdf", { description: "FR · IT · SK · EN" })
  await everyone(`Price list ${year}`, "price_list", `price-list-${year}.pdf`, { valid_from: startOfYear(year), valid_until: endOfYear(year) })
  await everyone("Intervention request form", "template", "intervention-request.pdf")

  const reads: { document: Published; member: { id: string; account_id: string; name: string } }[] = []
  await newVersion(terms, "General terms of rental and service", { audience: "all", account_id: null, site_id: null, equipment_id: null }, "general-terms-v2.pdf", "Article 7 (deposits) rewritten")

  for (const company of companies.slice(0, 2)) {
    const [account] = await accounts.listClientAccounts({ name: company.name })
    if (!account) continue
    const lang = company.locale
    const members = await accounts.listAccountMembers({ account_id: account.id }, { order: { created_at: "ASC" } })
    const sites = await accounts.listSites({ account_id: account.id }, { order: { created_at: "ASC" } })
    const [machine] = await fleet.listEquipment({ account_id: account.id }, { select: ["id", "name", "site_id"], order: { created_at: "ASC" }, take: 1 })
    const own = { account_id: account.id, site_id: null, equipment_id: null }

    await publish({
      ...own,
      audience: "account",
      category: "contract",
      title: t("Service agreement", "Contrat de service", "Contratto di servizio", "Zmluva o službách")[lang],
      upload: pdf("service-agreement.pdf"),
      valid_from: startOfYear(year),
    })
    const siteContracts: Published[] = []
    for (const site of sites) {
      siteContracts.push(
        await publish({
          ...own,
          audience: "site",
          site_id: site.id,
          category: "contract",
          title: `${t("Supply contract", "Contrat de fourniture", "Contratto di fornitura", "Zmluva o dodávke")[lang]} – ${site.name}`,
          upload: pdf(`supply-contract-${site.id.slice(-6)}.pdf`),
          valid_from: startOfYear(year),
          valid_until: endOfYear(year),
        })
      )
    }
    if (machine) {
      const title = `${t("Operating manual", "Manuel d'utilisation", "Manuale d'uso", "Návod na obsluhu")[lang]} – ${machine.name}`
      const manual = await publish({ ...own, audience: "equipment", equipment_id: machine.id, category: "technical", title, upload: pdf("operating-manual-v1.pdf") })
      await newVersion(manual, title, { audience: "equipment", account_id: account.id, site_id: null, equipment_id: machine.id }, "operating-manual-v2.pdf", t("Safety chapter updated", "Chapitre sécurité mis à jour", "Capitolo sicurezza aggiornato", "Aktualizovaná kapitola o bezpečnosti")[lang])
    }

    const [first] = members
    if (first) {
      const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: first.customer_id }, { select: ["first_name", "last_name", "email"] })
      const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || customer?.email || first.id
      const member = { id: first.id, account_id: account.id, name }
      reads.push({ document: terms, member })
      const firstSite = (first.site_ids as string[] | null)?.[0] ?? sites[0]?.id
      const contract = siteContracts[sites.findIndex((s) => s.id === firstSite)]
      if (contract) reads.push({ document: contract, member })
    }
  }

  for (const { document, member } of reads) {
    const [version] = await support.listDocumentVersions({ document_id: document.id, version: document.version }, { select: ["id", "version"] })
    await support.recordDocumentRead({ document_id: document.id, version_id: version.id, version: version.version, account_id: member.account_id, member_id: member.id, member_name: member.name })
  }
  return created
}
