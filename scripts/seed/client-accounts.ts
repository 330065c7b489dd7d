import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { createAccountMemberWorkflow } from "../../src/workflows/client-account/create-account-member"
import { createClientAccountWorkflow } from "../../src/workflows/client-account/create-client-account"
import { createSiteWorkflow } from "../../src/workflows/client-account/create-site"
import { inviteColleagueWorkflow } from "../../src/workflows/client-account/invite-colleague"
import type { DemoCompany } from "./catalog"

type DemoSite = { name: string; address_1: string; postal_code: string; city: string; latitude: number; longitude: number }
type DemoInvitation = { email: string; first_name: string; last_name: string }

/**
 * A client account per demo company: number, address in the company's country, sites with coordinates, and
 * for one of them a colleague its admin invited who has not signed in yet.
 */
const DEMO_ACCOUNTS: Record<
  string,
  { number: string; address_1: string; postal_code: string; city: string; sites: DemoSite[]; invitation?: DemoInvitation }
> = {
  "Acme Industrie": {
    number: "C-1001",
    invitation: { email: "lucie.martin@acme.example", first_name: "Lucie", last_name: "Martin" },
    address_1: "12 rue de la République",
    postal_code: "69002",
    city: "Lyon",
    sites: [
      { name: "Usine de Vénissieux", address_1: "45 boulevard Ambroise Croizat", postal_code: "69200", city: "Vénissieux", latitude: 45.6975, longitude: 4.8867 },
      { name: "Dépôt de Grenoble", address_1: "8 rue des Arts", postal_code: "38000", city: "Grenoble", latitude: 45.1885, longitude: 5.7245 },
      { name: "Agence de Villeurbanne", address_1: "3 avenue Henri Barbusse", postal_code: "69100", city: "Villeurbanne", latitude: 45.7719, longitude: 4.8902 },
    ],
  },
  "Rossi Impianti": {
    number: "C-1002",
    address_1: "Via Giuseppe Verdi 21",
    postal_code: "20121",
    city: "Milano",
    sites: [
      { name: "Stabilimento di Sesto", address_1: "Viale Italia 112", postal_code: "20099", city: "Sesto San Giovanni", latitude: 45.5342, longitude: 9.2316 },
      { name: "Magazzino di Bergamo", address_1: "Via Borgo Palazzo 50", postal_code: "24125", city: "Bergamo", latitude: 45.6983, longitude: 9.6773 },
    ],
  },
  "Tatra Energy": {
    number: "C-1003",
    address_1: "Hlavná 15",
    postal_code: "04001",
    city: "Košice",
    sites: [
      { name: "Elektráreň Košice", address_1: "Teplárenská 3", postal_code: "04001", city: "Košice", latitude: 48.7164, longitude: 21.2611 },
      { name: "Sklad Prešov", address_1: "Levočská 9", postal_code: "08001", city: "Prešov", latitude: 49.0018, longitude: 21.2393 },
      { name: "Rozvodňa Poprad", address_1: "Štefánikova 21", postal_code: "05801", city: "Poprad", latitude: 49.0598, longitude: 20.2975 },
      { name: "Kancelária Bratislava", address_1: "Mlynské nivy 5", postal_code: "82109", city: "Bratislava", latitude: 48.1459, longitude: 17.1263 },
    ],
  },
}

/**
 * Client accounts for the demo companies, through the same workflows staff use (so members get their
 * one-time-code sign-in identity). The first member is the account's admin and payer, the second a
 * requester limited to the second site; Acme's admin has invited a third colleague, still pending. Anything
 * that exists is left alone, so a re-run creates nothing.
 */
export async function seedClientAccounts(container: MedusaContainer, companies: DemoCompany[]): Promise<number> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  let createdMembers = 0
  for (const company of companies) {
    const demo = DEMO_ACCOUNTS[company.name]
    if (!demo) continue
    let [account] = await accounts.listClientAccounts({ number: demo.number })
    if (!account) {
      const { result } = await createClientAccountWorkflow(container).run({
        input: {
          number: demo.number,
          name: company.name,
          address_1: demo.address_1,
          postal_code: demo.postal_code,
          city: demo.city,
          country_code: company.country,
          contact_name: [company.members[0].first_name, company.members[0].last_name].filter(Boolean).join(" "),
          contact_email: company.members[0].email,
          locale: company.locale,
        },
      })
      account = result
    }
    const existingSites = await accounts.listSites({ account_id: account.id })
    for (const site of demo.sites) {
      if (existingSites.some((s) => s.name === site.name)) continue
      const { result } = await createSiteWorkflow(container).run({
        input: { ...site, country_code: company.country, account_id: account.id },
      })
      existingSites.push(result)
    }
    const secondSite = existingSites.find((s) => s.name === demo.sites[1].name)
    for (const [index, person] of company.members.entries()) {
      const [customer] = await customers.listCustomers({ email: person.email })
      if (!customer) continue
      const [member] = await accounts.listAccountMembers({ customer_id: customer.id })
      if (member) continue
      await createAccountMemberWorkflow(container).run({
        input: {
          account_id: account.id,
          customer_id: customer.id,
          role: index === 0 ? "admin" : "requester",
          is_payer: index === 0,
          site_ids: index === 0 || !secondSite ? [] : [secondSite.id],
        },
      })
      createdMembers++
    }
    if (demo.invitation) {
      const [admin] = await accounts.listAccountMembers({ account_id: account.id, role: "admin" }, { select: ["id"] })
      const [invited] = await accounts.listMemberInvitations({ account_id: account.id, email: demo.invitation.email }, { select: ["id"] })
      if (admin && !invited) {
        await inviteColleagueWorkflow(container).run({
          input: {
            ...demo.invitation,
            account_id: account.id,
            role: "requester",
            site_ids: secondSite ? [secondSite.id] : [],
            invited_by: { member_id: admin.id, role: "admin", site_ids: null },
          },
        })
      }
    }
  }
  return createdMembers
}
