import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { OrderPadFavourite, OrderPadProduct } from "../../../src/modules/billing/contract"
import { BILLING_MODULE } from "../../../src/modules/billing"
import type BillingModuleService from "../../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { RENTAL_MODULE } from "../../../src/modules/rental"
import type RentalModuleService from "../../../src/modules/rental/service"
import { createQuoteWorld, failure, type QuoteWorld } from "../quote/fixtures"

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let world: QuoteWorld
    const claire = () => ({ headers: world.acme.members[0].headers })
    const anne = () => ({ headers: world.acme.members[1].headers })
    const paul = () => ({ headers: world.acme.members[2].headers })
    const marco = () => ({ headers: world.rossi.members[0].headers })
    const FAVOURITES = "/store/portal/order-pad/favourites"

    const rows = () =>
      getContainer()
        .resolve<BillingModuleService>(BILLING_MODULE)
        .listOrderPadFavourites({ customer_id: world.acme.members[0].customer_id })

    beforeEach(async () => {
      world = await createQuoteWorld(getContainer(), api)
    })

    it("adds, lists at the client's prices and removes a member's favourites, each member his own", async () => {
      const first = await api.post(FAVOURITES, { variant_id: world.pump_id }, claire())
      expect(first.status).toBe(201)
      const again = await api.post(FAVOURITES, { variant_id: world.pump_id }, claire())
      expect(again.status).toBe(200)
      expect(again.data.favourite.id).toBe(first.data.favourite.id)
      await api.post(FAVOURITES, { variant_id: world.kit_id }, claire())

      const { data: list } = await api.get(FAVOURITES, claire())
      expect(list.count).toBe(2)
      expect((list.favourites as OrderPadFavourite[]).map((f) => f.variant_id).sort()).toEqual([world.pump_id, world.kit_id].sort())

      // The pad's filter: the same prices as the catalogue, each row saying whose favourite it is.
      const { data: all } = await api.get("/store/portal/order-pad/products?limit=50", claire())
      const { data: starred } = await api.get("/store/portal/order-pad/products?favourites=true&limit=50", claire())
      expect((starred.products as OrderPadProduct[]).map((p) => p.variant_id).sort()).toEqual([world.pump_id, world.kit_id].sort())
      expect(starred.count).toBe(2)
      const pump = (starred.products as OrderPadProduct[]).find((p) => p.variant_id === world.pump_id)!
      expect(pump).toMatchObject({ unit_price: 900, favourite_id: first.data.favourite.id })
      expect((all.products as OrderPadProduct[]).find((p) => p.variant_id === world.compressor_id)?.favourite_id ?? null).toBeNull()
      const bySearch = await api.get("/store/portal/order-pad/products?favourites=true&q=booster", claire())
      expect(bySearch.data.products.map((p: OrderPadProduct) => p.variant_id)).toEqual([world.pump_id])

      // A colleague of the same account sees none of them, nor may remove one; another account neither.
      expect((await api.get(FAVOURITES, anne())).data.count).toBe(0)
      expect((await api.get("/store/portal/order-pad/products?favourites=true", anne())).data.products).toEqual([])
      expect((await api.get("/store/portal/order-pad/products", anne())).data.products.every((p: OrderPadProduct) => p.favourite_id === null)).toBe(true)
      for (const who of [anne(), marco()]) {
        expect((await api.delete(`${FAVOURITES}/${first.data.favourite.id}`, who).catch(failure)).status).toBe(404)
      }
      expect(await rows()).toHaveLength(2)

      const removed = await api.delete(`${FAVOURITES}/${first.data.favourite.id}`, claire())
      expect(removed.data).toEqual({ id: first.data.favourite.id, object: "order_pad_favourite", deleted: true })
      expect((await api.delete(`${FAVOURITES}/${first.data.favourite.id}`, claire()).catch(failure)).status).toBe(404)
      expect((await api.get(FAVOURITES, claire())).data.favourites.map((f: OrderPadFavourite) => f.variant_id)).toEqual([world.kit_id])
    })

    it("keeps one favourite when the star is clicked several times at once", async () => {
      const answers = await Promise.all(Array.from({ length: 6 }, () => api.post(FAVOURITES, { variant_id: world.kit_id }, claire()).catch(failure)))
      expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 201])
      expect(new Set(answers.map((a) => (a.data as { favourite: { id: string } }).favourite.id)).size).toBe(1)
      expect(await rows()).toHaveLength(1)
    })

    it("refuses a variant the pad does not offer, bad input naming the field, members who may not order and read-only sessions", async () => {
      const unknown = await api.post(FAVOURITES, { variant_id: "variant_missing" }, claire()).catch(failure)
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/^variant_id: /)
      await getContainer().resolve<RentalModuleService>(RENTAL_MODULE).createRentalModels({ variant_id: world.kit_id, title: "Service kit for rent" })
      const rental = await api.post(FAVOURITES, { variant_id: world.kit_id }, claire()).catch(failure)
      expect(rental.status).toBe(404)
      expect(rental.data.message).toMatch(/^variant_id: /)
      for (const body of [{}, { variant_id: "" }, { variant_id: 12 }, { variant_id: world.pump_id, extra: 1 }]) {
        const bad = await api.post(FAVOURITES, body, claire()).catch(failure)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/variant_id|extra/)
      }
      const bad = await api.get("/store/portal/order-pad/products?favourites=yes", claire()).catch(failure)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("favourites")

      // A viewer may not order, so has no favourites to keep.
      expect((await api.post(FAVOURITES, { variant_id: world.pump_id }, paul()).catch(failure)).status).toBe(403)
      expect((await api.get(FAVOURITES, paul()).catch(failure)).status).toBe(403)

      // Staff viewing the portal as Claire: read-only, her favourites neither added to nor removed.
      const { data: mine } = await api.post(FAVOURITES, { variant_id: world.pump_id }, claire())
      const [claireMember] = await getContainer().resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listAccountMembers({ customer_id: world.acme.members[0].customer_id })
      const viewAs = await api.post(`/admin/portal/accounts/${world.acme.account_id}/members/${claireMember.id}/impersonate`, {}, { headers: world.admin.headers })
      const code = new URL(viewAs.data.impersonation.url).searchParams.get("code")
      const { data: exchanged } = await api.post("/store/portal/view-as/exchange", { code }, { headers: { "x-publishable-api-key": world.key } })
      const readOnly = { headers: { "x-publishable-api-key": world.key, authorization: `Bearer ${exchanged.token}` } }
      expect((await api.post(FAVOURITES, { variant_id: world.compressor_id }, readOnly).catch(failure)).status).toBe(403)
      expect((await api.delete(`${FAVOURITES}/${mine.favourite.id}`, readOnly).catch(failure)).status).toBe(403)
      expect((await rows()).map((r) => r.id)).toEqual([mine.favourite.id])
    })
  },
})
