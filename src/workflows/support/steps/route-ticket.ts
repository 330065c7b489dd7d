import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { TicketPriority } from "../../../modules/support/statuses"
import { pickAssignee, slaDueAt } from "../../../lib/support/routing"

export type RouteTicketInput = { account_id: string; category_id: string; site_id: string | null; equipment_id: string | null; priority: TicketPriority }

/**
 * Checks what a new ticket names (an active category, a site and a machine of the account, the machine on
 * that site) and answers its site, who handles it and when it is due. Reads only: nothing to undo.
 */
export const routeTicketStep = createStep("route-support-ticket", async (input: RouteTicketInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const [category] = await support.listTicketCategories({ id: input.category_id, active: true }, { relations: ["routing_rules"] })
  if (!category) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category_id: no ticket category ${input.category_id}`)
  if (input.site_id) {
    const [site] = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: input.site_id, account_id: input.account_id }, { select: ["id"] })
    if (!site) throw new MedusaError(MedusaError.Types.INVALID_DATA, `site_id: no site ${input.site_id} in your account`)
  }
  let siteId = input.site_id
  if (input.equipment_id) {
    const [machine] = await container
      .resolve<FleetModuleService>(FLEET_MODULE)
      .listEquipment({ id: input.equipment_id, account_id: input.account_id }, { select: ["id", "site_id"] })
    if (!machine) throw new MedusaError(MedusaError.Types.INVALID_DATA, `equipment_id: no machine ${input.equipment_id} in your account`)
    if (input.site_id && machine.site_id !== input.site_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `equipment_id: machine ${input.equipment_id} is not at site ${input.site_id}`)
    }
    // A ticket about a machine belongs to the machine's site, so the site's members and rules see it.
    siteId = machine.site_id
  }
  const settings = (await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()).support
  const assignee_id = pickAssignee(
    { default_assignee_id: category.default_assignee_id, routing_rules: category.routing_rules.map((r) => ({ site_id: r.site_id, priority: r.priority, assignee_id: r.assignee_id })) },
    { site_id: siteId, priority: input.priority }
  )
  return new StepResponse({ site_id: siteId, assignee_id, sla_due_at: slaDueAt(input.priority, settings, new Date()) })
})
