import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The region the account buys in: the one selling to the site's (else the account's) country, else the first. */
export async function regionFor(container: MedusaContainer, countryCode: string | null | undefined) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "region", fields: ["id", "currency_code", "countries.iso_2"] })
  const regions = data as { id: string; currency_code: string; countries?: { iso_2: string }[] | null }[]
  const region = regions.find((r) => countryCode && r.countries?.some((c) => c.iso_2 === countryCode.toLowerCase())) ?? regions[0]
  if (!region) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store sells in no region yet")
  return region
}
