import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireQuotesWorkflow } from "../workflows/quote/expire-quotes"

/** Every quarter of an hour: quotes past their validity date become expired. */
export default async function expireQuotesJob(container: MedusaContainer) {
  const { result } = await expireQuotesWorkflow(container).run({ input: {} })
  if (result.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired ${result.length} quote(s)`)
}

export const config = {
  name: "portal-expire-quotes",
  schedule: "*/15 * * * *",
}
