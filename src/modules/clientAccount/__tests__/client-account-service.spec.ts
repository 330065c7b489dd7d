import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CLIENT_ACCOUNT_MODULE } from ".."
import { DEFAULT_BILLING_SETTINGS } from "../../billing/contract"
import { RENTAL_SETTINGS_DEFAULTS } from "../../rental/contract"
import { DEFAULT_SUPPORT_SETTINGS } from "../../support/settings"
import ClientAccountModuleService, { DEFAULT_ACCESS_METHODS, DEFAULT_SECTIONS } from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ClientAccountModuleService>({
  moduleName: CLIENT_ACCOUNT_MODULE,
  resolve: "./src/modules/clientAccount",
  testSuite: ({ service }) => {
    describe("portal settings", () => {
      it("answers the defaults when staff never saved any", async () => {
        const settings = await service.resolvePortalSettings()
        expect(settings).toEqual({
          id: null,
          business_name: null,
          logo_url: null,
          general_information: null,
          sections: DEFAULT_SECTIONS,
          access_methods: DEFAULT_ACCESS_METHODS,
          rentals: RENTAL_SETTINGS_DEFAULTS,
          support: DEFAULT_SUPPORT_SETTINGS,
          billing: {
            payment_terms_days: 30,
            issue_on: "manual",
            reminder_interval_days: 7,
            invoice_footer: null,
            number_prefixes: { invoice: "INV", deposit: "DEP", settlement: "SET", credit_note: "CN" },
            number_digits: 5,
          },
        })
        expect(settings.billing).toEqual(DEFAULT_BILLING_SETTINGS)
      })

      it("fills the billing keys an older save lacks, prefix by prefix", async () => {
        await service.createPortalSettings({ billing: { payment_terms_days: 14, number_prefixes: { invoice: "FA" } as never } })
        const { billing } = await service.resolvePortalSettings()
        expect(billing).toMatchObject({ payment_terms_days: 14, issue_on: "manual", number_digits: 5, number_prefixes: { invoice: "FA", deposit: "DEP", settlement: "SET", credit_note: "CN" } })
      })

      it("merges what staff saved over the defaults, so a new section starts switched on", async () => {
        await service.createPortalSettings({
          business_name: "Atelier Rhône",
          sections: { ...DEFAULT_SECTIONS, rentals: false },
          access_methods: { ...DEFAULT_ACCESS_METHODS, sms_code: false },
        })
        const settings = await service.resolvePortalSettings()
        expect(settings.business_name).toBe("Atelier Rhône")
        expect(settings.sections).toEqual({ ...DEFAULT_SECTIONS, rentals: false })
        expect(settings.access_methods.sms_code).toBe(false)
        expect(settings.access_methods.email_code).toBe(true)
      })
    })

    describe("client accounts", () => {
      it("refuses two accounts with the same number", async () => {
        await service.createClientAccounts({ number: "C-1", name: "Acme" })
        await expect(service.createClientAccounts({ number: "C-1", name: "Other" })).rejects.toThrow(/number/)
      })

      it("refuses a second membership for the same customer", async () => {
        const [a, b] = await service.createClientAccounts([
          { number: "C-2", name: "Acme" },
          { number: "C-3", name: "Rossi" },
        ])
        await service.createAccountMembers({ account_id: a.id, customer_id: "cus_1", role: "admin" })
        await expect(
          service.createAccountMembers({ account_id: b.id, customer_id: "cus_1", role: "viewer" })
        ).rejects.toThrow(/customer_id/)
      })

      it("deletes an account's members, sites and links with it", async () => {
        const account = await service.createClientAccounts({ number: "C-4", name: "Tatra" })
        await service.createAccountMembers({ account_id: account.id, customer_id: "cus_2" })
        await service.createSites({ account_id: account.id, name: "Bratislava" })
        await service.createSecureLinks({
          account_id: account.id,
          token_hash: "hash-1",
          expires_at: new Date(Date.now() + 86_400_000),
        })
        await service.deleteClientAccounts(account.id)
        expect(await service.listAccountMembers({ customer_id: "cus_2" })).toEqual([])
        expect(await service.listSites({ name: "Bratislava" })).toEqual([])
        expect(await service.listSecureLinks({ token_hash: "hash-1" })).toEqual([])
      })

      it("defaults a member to the viewer role with every site", async () => {
        const account = await service.createClientAccounts({ number: "C-5", name: "Acme" })
        const member = await service.createAccountMembers({ account_id: account.id, customer_id: "cus_3" })
        expect(member.role).toBe("viewer")
        expect(member.site_ids).toEqual([])
      })
    })
  },
})
