import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { createClientCompany, createPublishableKey, issueCustomerToken, signInWithCode, type ClientCompany } from "../../helpers/actors"
import { useSmtpServer } from "../../helpers/smtp"

jest.setTimeout(120_000)

const smtp = useSmtpServer({ PORTAL_BUSINESS_NAME: "Members Test Machines" })

type ErrorResponse = { status: number; data: { type: string; message: string } }
const failure = (e: { response: ErrorResponse }) => e.response

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let acme: ClientCompany
    let rossi: ClientCompany
    const accounts = () => getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const memberId = async (company: ClientCompany, index: number) =>
      (await accounts().listAccountMembers({ customer_id: company.members[index].customer_id }))[0].id

    beforeEach(async () => {
      const key = await createPublishableKey(getContainer())
      acme = await createClientCompany(getContainer(), api, key, {
        name: "Acme Industrie",
        sites: ["Lyon plant", "Grenoble depot"],
        members: [
          { email: "claire@acme.test", first_name: "Claire", last_name: "Martin", role: "admin" },
          { email: "paul@acme.test", first_name: "Paul", role: "viewer", site_names: ["Grenoble depot"] },
        ],
      })
      await accounts().updateClientAccounts({ id: acme.account_id, locale: "it" })
      rossi = await createClientCompany(getContainer(), api, key, {
        name: "Rossi Impianti",
        members: [{ email: "marco@rossi.test", role: "admin" }],
      })
    })

    it("any member lists the account's members with names, and only theirs", async () => {
      const { data } = await api.get("/store/portal/members", { headers: acme.members[1].headers })
      expect(data).toMatchObject({ count: 2, offset: 0, limit: 50 })
      expect(data.members.map((m: { customer: { email: string } }) => m.customer.email).sort()).toEqual([
        "claire@acme.test",
        "paul@acme.test",
      ])
      expect(data.members[0].invited_by).toBeUndefined()
    })

    it("an account admin invites a new colleague, who is mailed in the account's language and joins by signing in", async () => {
      const { data, status } = await api.post(
        "/store/portal/invitations",
        { email: "Luca@acme.test", first_name: "Luca", role: "requester", site_ids: [acme.site_ids[0]] },
        { headers: acme.members[0].headers }
      )
      expect(status).toBe(201)
      expect(data.invitation).toMatchObject({ email: "luca@acme.test", first_name: "Luca", role: "requester", site_ids: [acme.site_ids[0]], status: "pending" })
      const mail = await smtp.waitFor("luca@acme.test")
      expect(mail.subject).toBe("Il Suo invito al portale clienti di Members Test Machines")
      expect(mail.raw).toContain("Claire Martin")
      // Nobody exists nor is attached before the person accepts.
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ email: "luca@acme.test" })).toHaveLength(0)
      const listed = await api.get("/store/portal/invitations", { headers: acme.members[0].headers })
      expect(listed.data).toMatchObject({ count: 1, invitations: [{ id: data.invitation.id, email: "luca@acme.test", status: "pending" }] })
      const viewerList = await api.get("/store/portal/invitations", { headers: acme.members[1].headers }).catch(failure)
      expect(viewerList.status).toBe(403)

      const token = await signInWithCode(api, smtp, "luca@acme.test")
      const key = acme.members[0].headers["x-publishable-api-key"]
      const me = await api.get("/store/portal/me", { headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` } })
      expect(me.data).toMatchObject({ account: { id: acme.account_id }, role: "requester", member: { first_name: "Luca", site_ids: [acme.site_ids[0]] } })
      const [invitation] = await accounts().listMemberInvitations({ id: data.invitation.id })
      expect(invitation).toMatchObject({ status: "accepted", member_id: me.data.member.id })
      expect((await api.get("/store/portal/invitations", { headers: acme.members[0].headers })).data.count).toBe(0)
    })

    it("answers an invitation the same whatever the address, and attaches nobody without their consent", async () => {
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [shopper] = await customers.createCustomers([
        { email: "sam@shop.test", first_name: "Samuel", last_name: "Private", phone: "+33 6 11 22 33 44" },
      ])
      const invite = (email: string) =>
        api.post("/store/portal/invitations", { email, first_name: "Typed", role: "viewer" }, { headers: acme.members[0].headers })
      const answers = await Promise.all(["marco@rossi.test", "sam@shop.test", "nobody@new.test", "paul@acme.test"].map(invite))
      for (const answer of answers) {
        expect(answer.status).toBe(201)
        expect(Object.keys(answer.data.invitation).sort()).toEqual(
          ["email", "first_name", "id", "invited_at", "last_name", "phone", "role", "site_ids", "status"]
        )
        expect(answer.data.invitation).toMatchObject({ first_name: "Typed", last_name: null, phone: null, status: "pending" })
      }
      expect(JSON.stringify(answers.map((a) => a.data))).not.toMatch(/Samuel|Private|33 6|Marco|rossi\.test.*member/)
      // Nobody was attached: marco is still Rossi's only, the shopper no member.
      expect(await accounts().listAccountMembers({ account_id: acme.account_id })).toHaveLength(2)
      expect(await accounts().listAccountMembers({ customer_id: shopper.id })).toHaveLength(0)

      // Marco signing in still opens Rossi's portal; his invitation stays pending.
      const marcoToken = await signInWithCode(api, smtp, "marco@rossi.test")
      const key = acme.members[0].headers["x-publishable-api-key"]
      const marcoMe = await api.get("/store/portal/me", { headers: { "x-publishable-api-key": key, authorization: `Bearer ${marcoToken}` } })
      expect(marcoMe.data.account.id).toBe(rossi.account_id)

      // The shopper consents by signing in with the code sent to their mailbox: joins as the customer they are.
      const samToken = await signInWithCode(api, smtp, "sam@shop.test")
      const samMe = await api.get("/store/portal/me", { headers: { "x-publishable-api-key": key, authorization: `Bearer ${samToken}` } })
      expect(samMe.data).toMatchObject({ account: { id: acme.account_id }, role: "viewer", member: { customer_id: shopper.id, first_name: "Samuel" } })

      const pending = await api.get("/store/portal/invitations", { headers: acme.members[0].headers })
      expect(pending.data.invitations.map((i: { email: string }) => i.email).sort()).toEqual(["marco@rossi.test", "nobody@new.test", "paul@acme.test"])
      const cancel = await api.delete(`/store/portal/invitations/${pending.data.invitations[0].id}`, { headers: acme.members[0].headers })
      expect(cancel.data).toMatchObject({ object: "invitation", deleted: true })
      const foreign = await api
        .delete(`/store/portal/invitations/${pending.data.invitations[1].id}`, { headers: rossi.members[0].headers })
        .catch(failure)
      expect(foreign.status).toBe(404)
      expect((await api.get("/store/portal/invitations", { headers: acme.members[0].headers })).data.count).toBe(2)
    })

    it("refuses a viewer (403) and another account's site (400 site_ids)", async () => {
      const viewer = await api
        .post("/store/portal/invitations", { email: "x@acme.test", role: "viewer" }, { headers: acme.members[1].headers })
        .catch(failure)
      expect(viewer.status).toBe(403)
      const foreignSite = await api
        .post(
          "/store/portal/invitations",
          { email: "y@acme.test", role: "viewer", site_ids: rossi.site_ids.concat("csite_missing") },
          { headers: acme.members[0].headers }
        )
        .catch(failure)
      expect(foreignSite.status).toBe(400)
      expect(foreignSite.data.message).toMatch(/site_ids/)
      expect(await accounts().listMemberInvitations({ email: ["x@acme.test", "y@acme.test"] })).toHaveLength(0)
    })

    it("changes a colleague's role and sites; another account's member answers 404", async () => {
      const paul = await memberId(acme, 1)
      const { data } = await api.post(
        `/store/portal/members/${paul}`,
        { role: "approver", site_ids: [] },
        { headers: acme.members[0].headers }
      )
      expect(data.member).toMatchObject({ role: "approver", site_ids: [] })
      const marco = await memberId(rossi, 0)
      const foreign = await api
        .post(`/store/portal/members/${marco}`, { role: "viewer" }, { headers: acme.members[0].headers })
        .catch(failure)
      expect(foreign.status).toBe(404)
      const foreignDelete = await api.delete(`/store/portal/members/${marco}`, { headers: acme.members[0].headers }).catch(failure)
      expect(foreignDelete.status).toBe(404)
      expect(await accounts().listAccountMembers({ id: marco })).toHaveLength(1)
    })

    it("removes a colleague, logs it and keeps the last admin", async () => {
      const claire = await memberId(acme, 0)
      const paul = await memberId(acme, 1)
      const self = await api.delete(`/store/portal/members/${claire}`, { headers: acme.members[0].headers }).catch(failure)
      expect(self.status).toBe(400)
      const demote = await api
        .post(`/store/portal/members/${claire}`, { role: "viewer" }, { headers: acme.members[0].headers })
        .catch(failure)
      expect(demote.status).toBe(400)
      expect(demote.data.message).toMatch(/^id: .*own access/)

      await api.delete(`/store/portal/members/${paul}`, { headers: acme.members[0].headers })
      expect(await accounts().listAccountMembers({ account_id: acme.account_id })).toHaveLength(1)
      const log = await accounts().listAccessLogEntries({ account_id: acme.account_id, event: "member_removed" })
      expect(log).toHaveLength(1)
      expect(log[0].details).toMatchObject({ removed_by_member_id: claire })

      const gone = await api.get("/store/portal/me", { headers: acme.members[1].headers }).catch(failure)
      expect(gone.status).toBe(403)
    })

    it("keeps a site-limited admin's grants within their own sites; nobody changes their own access", async () => {
      const [lyon, grenoble] = acme.site_ids
      const key = acme.members[0].headers["x-publishable-api-key"]
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [lea, tom] = await customers.createCustomers([{ email: "lea@acme.test" }, { email: "tom@acme.test" }])
      const [leaMember, tomMember] = await accounts().createAccountMembers([
        { account_id: acme.account_id, customer_id: lea.id, role: "admin", site_ids: [lyon] },
        { account_id: acme.account_id, customer_id: tom.id, role: "viewer", site_ids: [lyon] },
      ])
      const headers = { "x-publishable-api-key": key, authorization: `Bearer ${await issueCustomerToken(getContainer(), lea)}` }
      const post = (id: string, body: object) => api.post(`/store/portal/members/${id}`, body, { headers }).catch(failure)

      for (const site_ids of [[], [grenoble], [lyon, grenoble]]) {
        const widened = await post(tomMember.id, { site_ids })
        expect(widened.status).toBe(400)
        expect(widened.data.message).toMatch(/^site_ids: /)
      }
      const inviteAll = await api
        .post("/store/portal/invitations", { email: "eve@acme.test", role: "viewer" }, { headers })
        .catch(failure)
      expect(inviteAll.status).toBe(400)
      expect(inviteAll.data.message).toMatch(/^site_ids: /)
      const ownSites = await post(leaMember.id, { site_ids: [] })
      expect(ownSites.status).toBe(400)
      expect(ownSites.data.message).toMatch(/^id: .*own access/)
      const paul = await memberId(acme, 1)
      const beyond = await post(paul, { role: "viewer" })
      expect(beyond.status).toBe(403)
      const claire = await memberId(acme, 0)
      const removeWider = await api.delete(`/store/portal/members/${claire}`, { headers }).catch(failure)
      expect(removeWider.status).toBe(403)

      const within = await post(tomMember.id, { role: "approver", site_ids: [lyon] })
      expect(within.status).toBe(200)
      const members = await accounts().listAccountMembers({ account_id: acme.account_id })
      expect(members.find((m) => m.id === tomMember.id)).toMatchObject({ role: "approver", site_ids: [lyon] })
      expect(members.find((m) => m.id === leaMember.id)).toMatchObject({ role: "admin", site_ids: [lyon] })
      expect(members.find((m) => m.id === paul)).toMatchObject({ role: "viewer", site_ids: [grenoble] })
      expect(members).toHaveLength(4)
    })
  },
})
