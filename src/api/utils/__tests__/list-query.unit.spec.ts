import { listQuery, textFilter } from "../list-query"

const Sites = listQuery({ defaultLimit: 50, sortable: ["name", "created_at"], filters: { q: textFilter("q") } })
const issue = (query: Record<string, unknown>) => {
  const parsed = Sites.safeParse(query)
  return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")
}

describe("listQuery", () => {
  it("takes the route's default page and caps what is asked at 100", () => {
    expect(Sites.parse({})).toMatchObject({ limit: 50, offset: 0 })
    expect(Sites.parse({ limit: "5000", offset: "20" })).toMatchObject({ limit: 100, offset: 20 })
  })

  it.each([
    [{ limit: "-5" }, "limit"],
    [{ limit: "0" }, "limit"],
    [{ limit: "1.5" }, "limit"],
    [{ limit: "99999999999999999999" }, "limit"],
    [{ offset: "-1" }, "offset"],
    [{ offset: "99999999999999999999" }, "offset"],
    [{ offset: "2147483648" }, "offset"],
    [{ offset: ["1", "2"] }, "offset"],
    [{ order: "(select 1)" }, "order"],
    [{ order: "-notes" }, "order"],
    [{ q: "\u0000" }, "q"],
    [{ q: "a\u001bb" }, "q"],
    [{ q: "x".repeat(201) }, "q"],
    [{ q: { $ilike: "%" } }, "q"],
  ])("refuses %j naming %s", (query, field) => {
    const message = issue(query)
    expect(message).toContain(`${field}: ${field}`)
  })

  it("keeps a sortable column with its direction and trims text filters", () => {
    expect(Sites.parse({ order: "-name", q: "  Lyon  " })).toMatchObject({ order: "-name", q: "Lyon" })
    expect(Sites.parse({ q: "   " }).q).toBeUndefined()
    expect(Sites.parse({ q: "Košice – “plant” 😀" }).q).toBe("Košice – “plant” 😀")
  })

  it("refuses any order on a list with a fixed order", () => {
    const Thread = listQuery({ defaultLimit: 50 })
    expect(Thread.safeParse({ order: "created_at" }).success).toBe(false)
  })
})
