import { model } from "@medusajs/framework/utils"
import { INTERVENTION_STATUSES } from "../contract"
import { Intervention } from "./intervention"

/** One step of an intervention's timeline; who made it (a member, a staff user or the system). */
export const InterventionStatusChange = model
  .define("field_intervention_status_change", {
    id: model.id({ prefix: "ihist" }).primaryKey(),
    from_status: model.enum([...INTERVENTION_STATUSES]).nullable(),
    to_status: model.enum([...INTERVENTION_STATUSES]),
    actor_type: model.enum(["member", "user", "system"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
    intervention: model.belongsTo(() => Intervention, { mappedBy: "history" }),
  })
  .indexes([{ on: ["intervention_id", "created_at"] }])
