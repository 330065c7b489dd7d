import { z } from "@medusajs/framework/zod"
import { INTERVENTION_SORTABLE } from "../../../../lib/field-service/interventions"
import { dateField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"
import { InterventionListFilters } from "../../../store/portal/interventions/validators"

const bool = (field: string) =>
  z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ message: `${field} must be true or false` }))

export const AdminListInterventions = listQuery({
  defaultLimit: 20,
  sortable: INTERVENTION_SORTABLE,
  filters: {
    ...InterventionListFilters,
    /** The "to schedule" inbox: requested interventions, newest first. */
    inbox: bool("inbox").optional(),
    account_id: textFilter("account_id"),
    technician_id: textFilter("technician_id"),
    q: textFilter("q"),
  },
}).refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] })
export type AdminListInterventionsType = z.infer<typeof AdminListInterventions>

export const AdminScheduleIntervention = z
  .object({
    technician_id: z.string({ message: "technician_id must be text" }).trim().min(1, { message: "technician_id is required" }).max(100, { message: "technician_id is too long" }),
    starts_at: dateField("starts_at"),
    /** The type's duration from the start when absent. */
    ends_at: dateField("ends_at").nullish(),
  })
  .strict()
  .refine((b) => !b.ends_at || b.ends_at > b.starts_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type AdminScheduleInterventionType = z.infer<typeof AdminScheduleIntervention>

export const AdminCancelIntervention = z
  .object({ reason: z.string({ message: "reason must be text" }).trim().max(2000, { message: "reason is too long" }).nullish() })
  .strict()
export type AdminCancelInterventionType = z.infer<typeof AdminCancelIntervention>
