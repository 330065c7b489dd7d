import { model } from "@medusajs/framework/utils"
import { Intervention } from "./intervention"

/** A photo taken on a visit; bytes in Medusa's file module (private), served through the portal's checked route. */
export const InterventionPhoto = model
  .define("field_intervention_photo", {
    id: model.id({ prefix: "iphoto" }).primaryKey(),
    file_id: model.text(),
    name: model.text(),
    mime_type: model.text().nullable(),
    /** What the photo shows (the portal's alt text); staff write it, may leave it empty. */
    caption: model.text().nullable(),
    intervention: model.belongsTo(() => Intervention, { mappedBy: "photos" }),
  })
  .indexes([{ on: ["intervention_id"] }])
