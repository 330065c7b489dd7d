import { assertGrantWithinScope, type Granter } from "../steps/assert-grant-within-scope"

const allSites: Granter = { member_id: "cmem_admin", role: "admin", site_ids: null }
const lyonOnly: Granter = { member_id: "cmem_lyon", role: "admin", site_ids: ["lyon"] }
const colleague = (site_ids: string[], role: Granter["role"] = "viewer") => ({ id: "cmem_other", role, site_ids })

const refusal = (check: () => void) => {
  try {
    check()
  } catch (error) {
    return (error as Error).message.split(":")[0]
  }
  return null
}

describe("assertGrantWithinScope", () => {
  it("lets an admin of every site grant any role and any sites, every site included", () => {
    expect(refusal(() => assertGrantWithinScope({ granter: allSites, target: colleague(["lyon"]), grant: { role: "admin", site_ids: [] } }))).toBeNull()
    expect(refusal(() => assertGrantWithinScope({ granter: allSites, grant: { role: "approver" }, is_invitation: true }))).toBeNull()
  })

  it("refuses anyone changing their own access, whatever the change", () => {
    expect(refusal(() => assertGrantWithinScope({ granter: allSites, target: { ...colleague([]), id: "cmem_admin" }, grant: {} }))).toBe("id")
  })

  it("keeps a site-limited admin to some of their own sites, for colleagues who see no other site", () => {
    expect(refusal(() => assertGrantWithinScope({ granter: lyonOnly, target: colleague(["lyon"]), grant: { site_ids: ["lyon"] } }))).toBeNull()
    expect(refusal(() => assertGrantWithinScope({ granter: lyonOnly, target: colleague(["lyon"]), grant: { site_ids: [] } }))).toBe("site_ids")
    expect(refusal(() => assertGrantWithinScope({ granter: lyonOnly, target: colleague(["lyon"]), grant: { site_ids: ["lyon", "nice"] } }))).toBe("site_ids")
    expect(refusal(() => assertGrantWithinScope({ granter: lyonOnly, grant: { role: "viewer" }, is_invitation: true }))).toBe("site_ids")
    expect(refusal(() => assertGrantWithinScope({ granter: lyonOnly, target: colleague([]), grant: { role: "viewer" } }))).toBe("id")
    expect(refusal(() => assertGrantWithinScope({ granter: lyonOnly, target: colleague(["nice"]), grant: {} }))).toBe("id")
  })

  it("never grants a role above the granter's own", () => {
    const approver: Granter = { member_id: "cmem_approver", role: "approver", site_ids: null }
    expect(refusal(() => assertGrantWithinScope({ granter: approver, target: colleague(["lyon"]), grant: { role: "admin" } }))).toBe("role")
    expect(refusal(() => assertGrantWithinScope({ granter: approver, target: colleague(["lyon"]), grant: { role: "requester" } }))).toBeNull()
  })
})
